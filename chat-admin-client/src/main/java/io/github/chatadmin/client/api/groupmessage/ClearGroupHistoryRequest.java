package io.github.chatadmin.client.api.groupmessage;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The request of {@code group_open_http_svc/clear_group_msg}: mark a group's messages
 * deleted, so that clients can no longer pull them (the app admin still can, through the
 * history).
 *
 * @param groupId the group; not a community ({@code GroupId})
 * @param msgSeq clear the messages up to this sequence number, or {@code null} for every
 * message ({@code MsgSeq})
 * @author chat-admin
 * @since 0.1.0
 */
public record ClearGroupHistoryRequest(@JsonProperty("GroupId") String groupId,
		@JsonProperty("MsgSeq") @Nullable Long msgSeq) {

	/**
	 * Return a request to clear every message of a group.
	 * @param groupId the group
	 * @return the request
	 */
	public static ClearGroupHistoryRequest all(String groupId) {
		return new ClearGroupHistoryRequest(groupId, null);
	}

	/**
	 * Return a request to clear the messages of a group up to a sequence number.
	 * @param groupId the group
	 * @param msgSeq the largest sequence number to clear
	 * @return the request
	 */
	public static ClearGroupHistoryRequest upTo(String groupId, long msgSeq) {
		return new ClearGroupHistoryRequest(groupId, msgSeq);
	}

}
