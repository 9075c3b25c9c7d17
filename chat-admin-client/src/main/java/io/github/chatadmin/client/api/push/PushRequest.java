package io.github.chatadmin.client.api.push;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.chatadmin.client.api.message.MessageElement;
import io.github.chatadmin.client.api.message.MessageRandom;
import io.github.chatadmin.client.api.message.OfflinePushInfo;
import org.jspecify.annotations.Nullable;

/**
 * The request of {@code timpush/push}: a push to every user, or to the users a
 * {@link PushCondition} selects. The vendor documents two payloads for the command: a
 * pure notification ({@code OfflinePushInfo} only, Push service page) and a message
 * ({@code MsgBody} and {@code OnlineOnlyFlag}, Chat page). Build it with
 * {@link #builder()}.
 *
 * @param fromAccount the sender ({@code From_Account})
 * @param msgRandom the de-duplication value, unsigned 32-bit ({@code MsgRandom})
 * @param condition who receives it, or {@code null} for every user ({@code Condition})
 * @param onlineOnlyFlag {@code 0} to keep roaming and unread messages (pushed at 200
 * users/s), {@code 1} not to ({@code OnlineOnlyFlag})
 * @param msgBody the message's elements, for the message payload ({@code MsgBody})
 * @param offlinePushInfo the notification ({@code OfflinePushInfo})
 * @author chat-admin
 */
public record PushRequest(@JsonProperty("From_Account") @Nullable String fromAccount,
		@JsonProperty("MsgRandom") long msgRandom, @JsonProperty("Condition") @Nullable PushCondition condition,
		@JsonProperty("OnlineOnlyFlag") @Nullable Integer onlineOnlyFlag,
		@JsonProperty("MsgBody") @Nullable List<MessageElement> msgBody,
		@JsonProperty("OfflinePushInfo") @Nullable OfflinePushInfo offlinePushInfo) {

	/**
	 * Create a builder.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Builder of a {@link PushRequest}; {@code MsgRandom} is fresh unless set.
	 */
	public static final class Builder {

		private @Nullable String from;

		private @Nullable Long msgRandom;

		private @Nullable PushCondition condition;

		private @Nullable Integer onlineOnlyFlag;

		private @Nullable List<MessageElement> body;

		private @Nullable OfflinePushInfo offlinePushInfo;

		private Builder() {
		}

		/**
		 * Set the sender.
		 * @param from the sender's UserID
		 * @return this builder
		 */
		public Builder from(@Nullable String from) {
			this.from = from;
			return this;
		}

		/**
		 * Set the de-duplication value.
		 * @param msgRandom a value between 0 and 4294967295
		 * @return this builder
		 */
		public Builder msgRandom(long msgRandom) {
			this.msgRandom = msgRandom;
			return this;
		}

		/**
		 * Push only to the users the condition selects.
		 * @param condition the condition
		 * @return this builder
		 */
		public Builder condition(@Nullable PushCondition condition) {
			this.condition = condition;
			return this;
		}

		/**
		 * Set whether roaming and unread messages are kept ({@code 0}) or not
		 * ({@code 1}).
		 * @param onlineOnlyFlag the flag
		 * @return this builder
		 */
		public Builder onlineOnlyFlag(int onlineOnlyFlag) {
			this.onlineOnlyFlag = onlineOnlyFlag;
			return this;
		}

		/**
		 * Set the message's elements.
		 * @param elements the elements
		 * @return this builder
		 */
		public Builder body(MessageElement... elements) {
			this.body = new ArrayList<>(Arrays.asList(elements));
			return this;
		}

		/**
		 * Set the message's elements.
		 * @param elements the elements
		 * @return this builder
		 */
		public Builder body(List<? extends MessageElement> elements) {
			this.body = new ArrayList<>(elements);
			return this;
		}

		/**
		 * Set the notification.
		 * @param offlinePushInfo the notification
		 * @return this builder
		 */
		public Builder offlinePushInfo(OfflinePushInfo offlinePushInfo) {
			this.offlinePushInfo = offlinePushInfo;
			return this;
		}

		/**
		 * Build the request.
		 * @return the request
		 */
		public PushRequest build() {
			return new PushRequest(this.from, (this.msgRandom != null) ? this.msgRandom : MessageRandom.next(),
					this.condition, this.onlineOnlyFlag, (this.body != null) ? List.copyOf(this.body) : null,
					this.offlinePushInfo);
		}

	}

}
