package io.github.chatadmin.client.api.message;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The request of {@code openim/c2c_msg_read_receipt}: send read receipts for one-to-one
 * messages on behalf of their receiver.
 *
 * @param operatorAccount the user who read ({@code Operator_Account})
 * @param peerAccount the other user ({@code Peer_Account})
 * @param c2cMsgInfo the messages read ({@code C2CMsgInfo})
 * @author chat-admin
 * @since 0.1.0
 */
public record ReadReceiptRequest(@JsonProperty("Operator_Account") String operatorAccount,
		@JsonProperty("Peer_Account") String peerAccount, @JsonProperty("C2CMsgInfo") List<MessageRef> c2cMsgInfo) {

	/**
	 * One message that was read.
	 *
	 * @param fromAccount the sender ({@code From_Account})
	 * @param toAccount the receiver ({@code To_Account})
	 * @param msgKey the message's key ({@code MsgKey})
	 */
	public record MessageRef(@JsonProperty("From_Account") String fromAccount,
			@JsonProperty("To_Account") String toAccount, @JsonProperty("MsgKey") String msgKey) {

	}

}
