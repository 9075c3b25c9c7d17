package io.github.chatadmin.client.api.relation;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The request of {@code follow/follow_get}: one page of a user's followers, followings or
 * mutual follows.
 *
 * @param fromAccount the user ({@code From_Account})
 * @param followType which list ({@code FollowType})
 * @param startCursor empty for the first page, then the previous page's
 * {@code NextCursor} ({@code StartCursor})
 * @param wantNum how many entries at most, 1 to 1,000 ({@code WantNum})
 * @author chat-admin
 * @see <a href="https://trtc.io/document/70347">follow_get</a>
 */
public record GetFollowsRequest(@JsonProperty("From_Account") String fromAccount,
		@JsonProperty("FollowType") FollowListType followType, @JsonProperty("StartCursor") String startCursor,
		@JsonProperty("WantNum") int wantNum) {

	/**
	 * The vendor's maximum of {@code WantNum}.
	 */
	public static final int MAX_PAGE_SIZE = 1000;

	/**
	 * Return the request of the first page.
	 * @param fromAccount the user
	 * @param followType which list
	 * @param pageSize how many entries per page, 1 to 1,000
	 * @return the request
	 */
	public static GetFollowsRequest first(String fromAccount, FollowListType followType, int pageSize) {
		return new GetFollowsRequest(fromAccount, followType, "", pageSize);
	}

	/**
	 * Return the request of the page after a page, or {@code null} when the page's
	 * {@code NextCursor} is empty or absent (everything read).
	 * @param page the page just read with this request
	 * @return the request of the next page, or {@code null} at the end
	 */
	public @Nullable GetFollowsRequest next(GetFollowsResponse page) {
		String next = page.nextCursor();
		if (next == null || next.isEmpty()) {
			return null;
		}
		return new GetFollowsRequest(this.fromAccount, this.followType, next, this.wantNum);
	}

}
