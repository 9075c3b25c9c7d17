package io.github.chatadmin.client.api.message;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The request of {@code openim/modify_c2c_msg}: replace the body or custom data of a
 * one-to-one message.
 *
 * @param fromAccount the sender ({@code From_Account})
 * @param toAccount the receiver ({@code To_Account})
 * @param msgKey the message's key ({@code MsgKey})
 * @param msgBody the new elements, or {@code null} to keep them ({@code MsgBody})
 * @param cloudCustomData the new custom data, or {@code null} to keep it
 * ({@code CloudCustomData})
 * @author chat-admin
 * @since 0.1.0
 */
public record ModifyMessageRequest(@JsonProperty("From_Account") String fromAccount,
		@JsonProperty("To_Account") String toAccount, @JsonProperty("MsgKey") String msgKey,
		@JsonProperty("MsgBody") @Nullable List<MessageElement> msgBody,
		@JsonProperty("CloudCustomData") @Nullable String cloudCustomData) {

}
