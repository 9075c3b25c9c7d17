package io.github.chatadmin.client.api.group;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The request of {@code group_open_avchatroom_http_svc/get_members}: one page of the
 * online members of an audio-video group (the latest 1,000; 30 outside the Ultimate
 * edition).
 *
 * @param groupId the group ({@code GroupId})
 * @param timestamp where the page starts: {@code 0}, then the {@code NextTimestamp} of
 * the previous answer ({@code Timestamp})
 * @param mark only members with this mark ({@code Mark})
 * @author chat-admin
 */
public record OnlineMembersRequest(@JsonProperty("GroupId") String groupId, @JsonProperty("Timestamp") long timestamp,
		@JsonProperty("Mark") @Nullable Long mark) {

	/**
	 * Return the request of the first page.
	 * @param groupId the group
	 * @return the request
	 */
	public static OnlineMembersRequest first(String groupId) {
		return new OnlineMembersRequest(groupId, 0, null);
	}

	/**
	 * Return the request of the first page of the members with a mark.
	 * @param groupId the group
	 * @param mark the mark
	 * @return the request
	 */
	public static OnlineMembersRequest marked(String groupId, long mark) {
		return new OnlineMembersRequest(groupId, 0, mark);
	}

	/**
	 * Return the request of the page that follows a page.
	 * @param page the page just read with this request
	 * @return the request of the next page, or {@code null} after the last
	 * ({@code NextTimestamp} 0)
	 * @throws IllegalStateException if the cursor did not move
	 */
	public @Nullable OnlineMembersRequest next(OnlineMembersResponse page) {
		if (page.nextTimestamp() == 0) {
			return null;
		}
		if (page.nextTimestamp() == this.timestamp) {
			throw new IllegalStateException(
					"The online member cursor of group " + this.groupId + " did not move: 'NextTimestamp' "
							+ page.nextTimestamp() + " was returned for 'Timestamp' " + this.timestamp);
		}
		return new OnlineMembersRequest(this.groupId, page.nextTimestamp(), this.mark);
	}

}
