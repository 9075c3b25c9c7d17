package io.github.chatadmin.client.api.conversation;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The request of {@code recentcontact/get_contact_group}: one page of a user's
 * conversation groups and marks.
 *
 * @param fromAccount the user ({@code From_Account})
 * @param startIndex where the page starts, {@code 0} first ({@code StartIndex})
 * @author chat-admin
 * @see <a href="https://trtc.io/document/53440">get_contact_group</a>
 */
public record GetContactGroupRequest(@JsonProperty("From_Account") String fromAccount,
		@JsonProperty("StartIndex") long startIndex) {

	/**
	 * Return the request of the first page.
	 * @param fromAccount the user
	 * @return the request
	 */
	public static GetContactGroupRequest first(String fromAccount) {
		return new GetContactGroupRequest(fromAccount, 0);
	}

	/**
	 * Return the request of the page after a page, or {@code null} when the page's
	 * {@code CompleteFlag} is not 0.
	 * @param page the page just read with this request
	 * @return the request of the next page, or {@code null} at the end
	 * @throws IllegalStateException if the page is not the last and carries no
	 * {@code NextStartIndex}
	 */
	public @Nullable GetContactGroupRequest next(GetContactGroupResponse page) {
		if (page.completeFlag() == null || page.completeFlag() != 0) {
			return null;
		}
		if (page.nextStartIndex() == null) {
			throw new IllegalStateException("The conversation group page of " + this.fromAccount
					+ " is not the last ('CompleteFlag' 0) but has no 'NextStartIndex'");
		}
		return new GetContactGroupRequest(this.fromAccount, page.nextStartIndex());
	}

}
