package io.github.chatadmin.client.api.message;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The request of {@code openim/admin_msgwithdraw}: recall a one-to-one message.
 *
 * @param fromAccount the sender ({@code From_Account})
 * @param toAccount the receiver ({@code To_Account})
 * @param msgKey the message's key ({@code MsgKey})
 * @author chat-admin
 * @since 0.1.0
 */
public record RecallMessageRequest(@JsonProperty("From_Account") String fromAccount,
		@JsonProperty("To_Account") String toAccount, @JsonProperty("MsgKey") String msgKey) {

}
