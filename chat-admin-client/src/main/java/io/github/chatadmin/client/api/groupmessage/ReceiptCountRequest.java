package io.github.chatadmin.client.api.groupmessage;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The request of {@code group_open_http_svc/get_group_msg_receipt}: how many members have
 * and have not read group messages (paid editions, with the console's group read receipts
 * on; not audio-video groups or communities).
 *
 * @param groupId the group ({@code GroupId})
 * @param msgSeqList the messages ({@code MsgSeqList})
 * @author chat-admin
 * @since 0.1.0
 */
public record ReceiptCountRequest(@JsonProperty("GroupId") String groupId,
		@JsonProperty("MsgSeqList") List<MessageSeq> msgSeqList) {

	/**
	 * Return a request for messages of a group.
	 * @param groupId the group
	 * @param msgSeqs the messages' sequence numbers
	 * @return the request
	 */
	public static ReceiptCountRequest of(String groupId, List<Long> msgSeqs) {
		return new ReceiptCountRequest(groupId, MessageSeq.of(msgSeqs));
	}

}
