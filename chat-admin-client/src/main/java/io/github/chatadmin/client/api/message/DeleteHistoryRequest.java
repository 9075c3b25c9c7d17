package io.github.chatadmin.client.api.message;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The request of {@code openim/delete_c2c_msg_ramble}: delete up to 30 messages from one
 * user's side of a one-to-one history.
 *
 * @param operatorAccount the user whose history is changed ({@code Operator_Account})
 * @param peerAccount the other user ({@code Peer_Account})
 * @param msgKeyList the keys of the messages ({@code MsgKeyList})
 * @author chat-admin
 * @since 0.1.0
 */
public record DeleteHistoryRequest(@JsonProperty("Operator_Account") String operatorAccount,
		@JsonProperty("Peer_Account") String peerAccount, @JsonProperty("MsgKeyList") List<String> msgKeyList) {

}
