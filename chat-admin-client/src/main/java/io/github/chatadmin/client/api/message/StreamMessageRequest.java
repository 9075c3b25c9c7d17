package io.github.chatadmin.client.api.message;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The request of {@code stream_msg/send_c2c_stream_msg}: start or continue a streaming
 * one-to-one message, whose body is one {@link MessageElement.Stream}.
 *
 * @param syncOtherMachine {@code 1} to sync the message to the sender's devices,
 * {@code 2} not to ({@code SyncOtherMachine})
 * @param fromAccount the sender, or {@code null} for the app admin ({@code From_Account})
 * @param toAccount the receiver ({@code To_Account})
 * @param msgSeq the message's sequence number ({@code MsgSeq})
 * @param msgRandom the message's random number ({@code MsgRandom})
 * @param msgKey the key returned by the first call, to continue the message
 * ({@code MsgKey})
 * @param msgBody the streaming element ({@code MsgBody})
 * @param cloudCustomData the message's custom data ({@code CloudCustomData})
 * @author chat-admin
 * @since 0.1.0
 */
public record StreamMessageRequest(@JsonProperty("SyncOtherMachine") @Nullable Integer syncOtherMachine,
		@JsonProperty("From_Account") @Nullable String fromAccount, @JsonProperty("To_Account") String toAccount,
		@JsonProperty("MsgSeq") @Nullable Long msgSeq, @JsonProperty("MsgRandom") long msgRandom,
		@JsonProperty("MsgKey") @Nullable String msgKey, @JsonProperty("MsgBody") List<MessageElement> msgBody,
		@JsonProperty("CloudCustomData") @Nullable String cloudCustomData) {

}
