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
 * The request of the legacy {@code all_member_push/im_push}: a message to every user or
 * to the users a {@link PushCondition} selects (no {@code TagsNot}), kept offline for
 * {@code MsgLifeTime} seconds and without roaming. Build it with {@link #builder()}.
 *
 * @param fromAccount the sender shown to receivers ({@code From_Account})
 * @param msgRandom the de-duplication value, unsigned 32-bit ({@code MsgRandom})
 * @param msgLifeTime how long the message is kept for offline users, in seconds, at most
 * 604,800; {@code 0} or absent for online users only ({@code MsgLifeTime})
 * @param condition who receives it, or {@code null} for every user ({@code Condition})
 * @param msgBody the message's elements ({@code MsgBody})
 * @param offlinePushInfo the offline notification ({@code OfflinePushInfo})
 * @author chat-admin
 */
public record LegacyPushRequest(@JsonProperty("From_Account") @Nullable String fromAccount,
		@JsonProperty("MsgRandom") long msgRandom, @JsonProperty("MsgLifeTime") @Nullable Long msgLifeTime,
		@JsonProperty("Condition") @Nullable PushCondition condition,
		@JsonProperty("MsgBody") List<MessageElement> msgBody,
		@JsonProperty("OfflinePushInfo") @Nullable OfflinePushInfo offlinePushInfo) {

	/**
	 * The vendor's limit of {@code MsgLifeTime}: seven days.
	 */
	public static final long MAX_LIFE_TIME = 604_800;

	/**
	 * Create a builder.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Builder of a {@link LegacyPushRequest}; {@code MsgRandom} is fresh unless set.
	 */
	public static final class Builder {

		private @Nullable String from;

		private @Nullable Long msgRandom;

		private @Nullable Long msgLifeTime;

		private @Nullable PushCondition condition;

		private final List<MessageElement> body = new ArrayList<>();

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
		 * Keep the message for offline users.
		 * @param seconds at most {@value LegacyPushRequest#MAX_LIFE_TIME}
		 * @return this builder
		 */
		public Builder msgLifeTime(long seconds) {
			this.msgLifeTime = seconds;
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
		 * Add elements to the message.
		 * @param elements the elements
		 * @return this builder
		 */
		public Builder body(MessageElement... elements) {
			this.body.addAll(Arrays.asList(elements));
			return this;
		}

		/**
		 * Add a text element to the message.
		 * @param text the text
		 * @return this builder
		 */
		public Builder text(String text) {
			this.body.add(MessageElement.text(text));
			return this;
		}

		/**
		 * Set the offline notification.
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
		public LegacyPushRequest build() {
			return new LegacyPushRequest(this.from, (this.msgRandom != null) ? this.msgRandom : MessageRandom.next(),
					this.msgLifeTime, this.condition, List.copyOf(this.body), this.offlinePushInfo);
		}

	}

}
