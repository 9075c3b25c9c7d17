package io.github.chatadmin.client.api.relation;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The request of {@code sns/black_list_get}: one page of a user's blocklist.
 *
 * @param fromAccount the user ({@code From_Account})
 * @param startIndex where the page starts, {@code 0} first ({@code StartIndex})
 * @param maxLimited how many entries at most, 1 to 1,000 ({@code MaxLimited})
 * @param lastSequence {@code 0} for a REST call ({@code LastSequence})
 * @author chat-admin
 * @see <a href="https://trtc.io/document/34914">black_list_get</a>
 */
public record GetBlocklistRequest(@JsonProperty("From_Account") String fromAccount,
		@JsonProperty("StartIndex") long startIndex, @JsonProperty("MaxLimited") int maxLimited,
		@JsonProperty("LastSequence") long lastSequence) {

	/**
	 * The vendor's maximum of {@code MaxLimited}.
	 */
	public static final int MAX_PAGE_SIZE = 1000;

	/**
	 * Return the request of the first page.
	 * @param fromAccount the user
	 * @param pageSize how many entries per page, 1 to 1,000
	 * @return the request
	 */
	public static GetBlocklistRequest first(String fromAccount, int pageSize) {
		return new GetBlocklistRequest(fromAccount, 0, pageSize, 0);
	}

	/**
	 * Return the request of the page after a page: the vendor returns the next page's
	 * start in the answer's {@code StartIndex}, {@code 0} when the whole blocklist was
	 * read (there is no {@code NextStartIndex} or {@code CompleteFlag}).
	 * @param page the page just read with this request
	 * @return the request of the next page, or {@code null} at the end
	 */
	public @Nullable GetBlocklistRequest next(GetBlocklistResponse page) {
		Long next = page.startIndex();
		if (next == null || next == 0) {
			return null;
		}
		return new GetBlocklistRequest(this.fromAccount, next, this.maxLimited, this.lastSequence);
	}

}
