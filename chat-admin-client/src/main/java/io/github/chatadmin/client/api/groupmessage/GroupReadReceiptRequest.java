package io.github.chatadmin.client.api.groupmessage;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The request of {@code group_open_http_svc/group_msg_receipt}: read receipts for group
 * messages on behalf of a member.
 * <p>
 * No vendor page documents this command; its fields and its limit of 50 messages come
 * from a third-party SDK and are not confirmed.
 *
 * @param groupId the group ({@code GroupId})
 * @param fromAccount the member who read the messages ({@code From_Account})
 * @param msgSeqList the messages read ({@code MsgSeqList})
 * @author chat-admin
 * @since 0.1.0
 */
public record GroupReadReceiptRequest(@JsonProperty("GroupId") String groupId,
		@JsonProperty("From_Account") String fromAccount, @JsonProperty("MsgSeqList") List<MessageSeq> msgSeqList) {

	/**
	 * Return a request of receipts for messages a member read.
	 * @param groupId the group
	 * @param userId the member's UserID
	 * @param msgSeqs the messages' sequence numbers
	 * @return the request
	 */
	public static GroupReadReceiptRequest of(String groupId, String userId, List<Long> msgSeqs) {
		return new GroupReadReceiptRequest(groupId, userId, MessageSeq.of(msgSeqs));
	}

	GroupReadReceiptRequest withMessages(List<MessageSeq> messages) {
		return new GroupReadReceiptRequest(this.groupId, this.fromAccount, messages);
	}

}
