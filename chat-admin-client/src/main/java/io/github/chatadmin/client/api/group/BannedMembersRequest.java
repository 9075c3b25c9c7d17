package io.github.chatadmin.client.api.group;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The request of {@code group_open_http_svc/get_group_ban_member}: one page of up to 100
 * banned members of an audio-video group.
 *
 * @param groupId the group ({@code GroupId})
 * @param limit the page size, at most 100 ({@code Limit})
 * @param offset where the page starts: {@code 0}, then the {@code NextOffset} of the
 * previous answer ({@code Offset})
 * @author chat-admin
 */
public record BannedMembersRequest(@JsonProperty("GroupId") String groupId, @JsonProperty("Limit") int limit,
		@JsonProperty("Offset") long offset) {

	/**
	 * The vendor's maximum of {@code Limit}.
	 */
	public static final int MAX_PAGE_SIZE = 100;

	/**
	 * Return the request of the first page.
	 * @param groupId the group
	 * @param limit the page size, at most 100
	 * @return the request
	 */
	public static BannedMembersRequest first(String groupId, int limit) {
		return new BannedMembersRequest(groupId, limit, 0);
	}

	/**
	 * Return the request of the page that follows a page.
	 * @param page the page just read with this request
	 * @return the request of the next page, or {@code null} after the last
	 * ({@code NextOffset} 0)
	 * @throws IllegalStateException if the offset did not move
	 */
	public @Nullable BannedMembersRequest next(BannedMembersResponse page) {
		if (page.nextOffset() == 0) {
			return null;
		}
		if (page.nextOffset() == this.offset) {
			throw new IllegalStateException("The ban list cursor of group " + this.groupId
					+ " did not move: 'NextOffset' " + page.nextOffset() + " was returned for 'Offset' " + this.offset);
		}
		return new BannedMembersRequest(this.groupId, this.limit, page.nextOffset());
	}

}
