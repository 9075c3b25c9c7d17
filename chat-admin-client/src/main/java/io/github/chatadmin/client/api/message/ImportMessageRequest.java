package io.github.chatadmin.client.api.message;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The request of {@code openim/importmsg}: one historical one-to-one message, imported
 * without callbacks. Build it with {@link #builder(String, String, long)}.
 * <p>
 * The service keeps the first import of a message and drops later ones whose
 * {@code MsgSeq}, {@code MsgRandom} and {@code MsgTimeStamp} are equal (and fills in a
 * missing {@code MsgSeq} itself). The builder fills {@code MsgRandom} and {@code MsgSeq}
 * with fresh values when they are not set, so that the request carries all three and the
 * same request can be sent again safely.
 *
 * @param syncFromOldSystem {@code 2} for a historical message (marked read, not pushed),
 * {@code 5} for a real-time one (counted unread, pushed to clients)
 * ({@code SyncFromOldSystem})
 * @param fromAccount the sender ({@code From_Account})
 * @param toAccount the receiver ({@code To_Account})
 * @param msgSeq the message's sequence number ({@code MsgSeq})
 * @param msgRandom the message's random number ({@code MsgRandom})
 * @param msgTimeStamp when the message was sent, in Unix seconds ({@code MsgTimeStamp})
 * @param msgBody the message's elements ({@code MsgBody})
 * @param cloudCustomData the message's custom data ({@code CloudCustomData})
 * @author chat-admin
 * @since 0.1.0
 */
public record ImportMessageRequest(@JsonProperty("SyncFromOldSystem") int syncFromOldSystem,
		@JsonProperty("From_Account") String fromAccount, @JsonProperty("To_Account") String toAccount,
		@JsonProperty("MsgSeq") long msgSeq, @JsonProperty("MsgRandom") long msgRandom,
		@JsonProperty("MsgTimeStamp") long msgTimeStamp, @JsonProperty("MsgBody") List<MessageElement> msgBody,
		@JsonProperty("CloudCustomData") @Nullable String cloudCustomData) {

	/**
	 * Create a builder of a historical message ({@code SyncFromOldSystem} 2).
	 * @param fromAccount the sender
	 * @param toAccount the receiver
	 * @param msgTimeStamp when the message was sent, in Unix seconds
	 * @return a new builder
	 */
	public static Builder builder(String fromAccount, String toAccount, long msgTimeStamp) {
		return new Builder(fromAccount, toAccount, msgTimeStamp);
	}

	/**
	 * Builder of an {@link ImportMessageRequest}.
	 */
	public static final class Builder extends MessageBuilder<Builder> {

		private final String toAccount;

		private final long msgTimeStamp;

		private int syncFromOldSystem = 2;

		private @Nullable Long msgSeq;

		private Builder(String fromAccount, String toAccount, long msgTimeStamp) {
			this.from = fromAccount;
			this.toAccount = toAccount;
			this.msgTimeStamp = msgTimeStamp;
		}

		/**
		 * Import the message as a real-time one ({@code SyncFromOldSystem} 5): counted as
		 * unread and pushed to clients, instead of a historical one (2, the default).
		 * @return this builder
		 */
		public Builder realTime() {
			this.syncFromOldSystem = 5;
			return this;
		}

		/**
		 * Set the message's sequence number; by default a fresh 32-bit value is used.
		 * @param msgSeq the sequence number
		 * @return this builder
		 */
		public Builder msgSeq(long msgSeq) {
			this.msgSeq = msgSeq;
			return this;
		}

		/**
		 * Build the request.
		 * @return the request
		 */
		public ImportMessageRequest build() {
			return new ImportMessageRequest(this.syncFromOldSystem, String.valueOf(this.from), this.toAccount,
					(this.msgSeq != null) ? this.msgSeq : MessageRandom.next(), msgRandomOrFresh(), this.msgTimeStamp,
					List.copyOf(this.body), this.cloudCustomData);
		}

	}

}
