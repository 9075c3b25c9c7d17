package io.github.chatadmin.client.api.relation;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The request of {@code sns/friend_get}: one page of a user's friends, from
 * {@code StartIndex}.
 *
 * @param fromAccount the user ({@code From_Account})
 * @param startIndex where the page starts, {@code 0} first ({@code StartIndex})
 * @param standardSequence the last {@code StandardSequence} seen; when it equals the
 * vendor's, standard fields are not returned; {@code 0} always returns them
 * ({@code StandardSequence})
 * @param customSequence the same for custom fields ({@code CustomSequence})
 * @author chat-admin
 * @see <a href="https://trtc.io/document/34908">friend_get</a>
 */
public record GetFriendsRequest(@JsonProperty("From_Account") String fromAccount,
		@JsonProperty("StartIndex") long startIndex, @JsonProperty("StandardSequence") @Nullable Long standardSequence,
		@JsonProperty("CustomSequence") @Nullable Long customSequence) {

	/**
	 * Return the request of the first page, every field returned (sequences 0).
	 * @param fromAccount the user
	 * @return the request
	 */
	public static GetFriendsRequest first(String fromAccount) {
		return new GetFriendsRequest(fromAccount, 0, 0L, 0L);
	}

	/**
	 * Return the request of the page after a page: {@code StartIndex} set to the page's
	 * {@code NextStartIndex}, or {@code null} when the page's {@code CompleteFlag} is not
	 * 0 (every friend read).
	 * @param page the page just read with this request
	 * @return the request of the next page, or {@code null} at the end
	 * @throws IllegalStateException if the page is not the last and carries no
	 * {@code NextStartIndex}
	 */
	public @Nullable GetFriendsRequest next(GetFriendsResponse page) {
		if (page.completeFlag() == null || page.completeFlag() != 0) {
			return null;
		}
		if (page.nextStartIndex() == null) {
			throw new IllegalStateException("The friend page of " + this.fromAccount
					+ " is not the last ('CompleteFlag' 0) but has no 'NextStartIndex'");
		}
		return new GetFriendsRequest(this.fromAccount, page.nextStartIndex(), this.standardSequence,
				this.customSequence);
	}

}
