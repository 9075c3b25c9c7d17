package io.github.chatadmin.client.api.groupmessage;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.chatadmin.client.api.message.MessageElement;
import io.github.chatadmin.client.api.message.MessageRandom;
import org.jspecify.annotations.Nullable;

/**
 * The request of {@code group_open_http_svc/send_broadcast_msg}: one message to every
 * audio-video group (AVChatRoom) of the app. At most one call per second; merge messages
 * into one of up to 12,000 bytes instead of calling more often.
 *
 * @param fromAccount the sender, or {@code null} for the app admin; the account must
 * exist ({@code From_Account})
 * @param random the message's random number, unsigned 32-bit ({@code Random})
 * @param msgBody the message's elements ({@code MsgBody})
 * @param cloudCustomData the message's custom data ({@code CloudCustomData})
 * @author chat-admin
 * @since 0.1.0
 */
public record BroadcastMessageRequest(@JsonProperty("From_Account") @Nullable String fromAccount,
		@JsonProperty("Random") long random, @JsonProperty("MsgBody") List<MessageElement> msgBody,
		@JsonProperty("CloudCustomData") @Nullable String cloudCustomData) {

	/**
	 * Return a broadcast with a fresh {@code Random}.
	 * @param fromAccount the sender, or {@code null} for the app admin
	 * @param body the elements
	 * @return the request
	 */
	public static BroadcastMessageRequest of(@Nullable String fromAccount, List<MessageElement> body) {
		return new BroadcastMessageRequest(fromAccount, MessageRandom.next(), List.copyOf(body), null);
	}

	/**
	 * Return this request with custom data.
	 * @param cloudCustomData the data
	 * @return the request
	 */
	public BroadcastMessageRequest withCloudCustomData(String cloudCustomData) {
		return new BroadcastMessageRequest(this.fromAccount, this.random, this.msgBody, cloudCustomData);
	}

	/**
	 * Return this request with a given {@code Random}.
	 * @param random a value between 0 and 4294967295
	 * @return the request
	 */
	public BroadcastMessageRequest withRandom(long random) {
		return new BroadcastMessageRequest(this.fromAccount, random, this.msgBody, this.cloudCustomData);
	}

}
