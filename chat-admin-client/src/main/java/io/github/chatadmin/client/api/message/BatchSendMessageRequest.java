package io.github.chatadmin.client.api.message;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The request of {@code openim/batchsendmsg}: one message to up to 500 users, without
 * callbacks. Build it with {@link #builder(List)}; the operations split longer lists.
 *
 * @param syncOtherMachine {@code 1} to sync the message to the sender's devices,
 * {@code 2} not to ({@code SyncOtherMachine})
 * @param fromAccount the sender, or {@code null} for the app admin ({@code From_Account})
 * @param toAccount the receivers ({@code To_Account})
 * @param msgLifeTime how long the message is kept for offline receivers, in seconds
 * ({@code MsgLifeTime})
 * @param msgSeq the message's sequence number ({@code MsgSeq})
 * @param msgRandom the message's random number, unsigned 32-bit ({@code MsgRandom})
 * @param sendMsgControl the send controls ({@code SendMsgControl})
 * @param msgBody the message's elements ({@code MsgBody})
 * @param cloudCustomData the message's custom data ({@code CloudCustomData})
 * @param supportMessageExtension {@code 1} to let the message carry extensions
 * @param offlinePushInfo the offline push settings ({@code OfflinePushInfo})
 * @param isNeedReadReceipt {@code 1} to ask for read receipts
 * @author chat-admin
 * @since 0.1.0
 */
public record BatchSendMessageRequest(@JsonProperty("SyncOtherMachine") @Nullable Integer syncOtherMachine,
		@JsonProperty("From_Account") @Nullable String fromAccount, @JsonProperty("To_Account") List<String> toAccount,
		@JsonProperty("MsgLifeTime") @Nullable Long msgLifeTime, @JsonProperty("MsgSeq") @Nullable Long msgSeq,
		@JsonProperty("MsgRandom") long msgRandom,
		@JsonProperty("SendMsgControl") @Nullable List<String> sendMsgControl,
		@JsonProperty("MsgBody") List<MessageElement> msgBody,
		@JsonProperty("CloudCustomData") @Nullable String cloudCustomData,
		@JsonProperty("SupportMessageExtension") @Nullable Integer supportMessageExtension,
		@JsonProperty("OfflinePushInfo") @Nullable OfflinePushInfo offlinePushInfo,
		@JsonProperty("IsNeedReadReceipt") @Nullable Integer isNeedReadReceipt) {

	/**
	 * Create a builder of a message to several users.
	 * @param toAccount the receivers' UserIDs
	 * @return a new builder
	 */
	public static Builder builder(List<String> toAccount) {
		return new Builder(toAccount);
	}

	/**
	 * Return a copy of this request to other receivers, with the same {@code MsgRandom}.
	 * @param receivers the receivers
	 * @return the request
	 */
	public BatchSendMessageRequest withReceivers(List<String> receivers) {
		return new BatchSendMessageRequest(this.syncOtherMachine, this.fromAccount, receivers, this.msgLifeTime,
				this.msgSeq, this.msgRandom, this.sendMsgControl, this.msgBody, this.cloudCustomData,
				this.supportMessageExtension, this.offlinePushInfo, this.isNeedReadReceipt);
	}

	/**
	 * Builder of a {@link BatchSendMessageRequest}.
	 */
	public static final class Builder extends OneToOneMessageBuilder<Builder> {

		private final List<String> toAccount;

		private Builder(List<String> toAccount) {
			this.toAccount = toAccount;
		}

		/**
		 * Build the request.
		 * @return the request
		 */
		public BatchSendMessageRequest build() {
			return new BatchSendMessageRequest(this.syncOtherMachine, this.from, List.copyOf(this.toAccount),
					this.msgLifeTime, this.msgSeq, msgRandomOrFresh(), this.sendMsgControl, List.copyOf(this.body),
					this.cloudCustomData, this.supportMessageExtension, this.offlinePushInfo, this.isNeedReadReceipt);
		}

	}

}
