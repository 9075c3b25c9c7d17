package io.github.chatadmin.client.api.message;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The request of {@code openim/sendmsg}: one message to one user. Build it with
 * {@link #builder(String)}; {@code MsgRandom} gets a fresh value unless set.
 *
 * @param syncOtherMachine {@code 1} to sync the message to the sender's devices,
 * {@code 2} not to ({@code SyncOtherMachine})
 * @param fromAccount the sender, or {@code null} for the app admin ({@code From_Account})
 * @param toAccount the receiver ({@code To_Account})
 * @param msgLifeTime how long the message is kept for an offline receiver, in seconds, at
 * most 604800 ({@code MsgLifeTime}); {@code 0} delivers it only to online users
 * @param msgSeq the message's sequence number ({@code MsgSeq}), filled by the service
 * when {@code null}
 * @param msgRandom the message's random number, unsigned 32-bit ({@code MsgRandom})
 * @param forbidCallbackControl the callbacks not to call ({@code ForbidCallbackControl})
 * @param sendMsgControl the send controls ({@code SendMsgControl})
 * @param msgBody the message's elements ({@code MsgBody})
 * @param cloudCustomData the message's custom data ({@code CloudCustomData})
 * @param supportMessageExtension {@code 1} to let the message carry extensions
 * @param offlinePushInfo the offline push settings ({@code OfflinePushInfo})
 * @param isNeedReadReceipt {@code 1} to ask for a read receipt
 * @author chat-admin
 * @since 0.1.0
 */
public record SendMessageRequest(@JsonProperty("SyncOtherMachine") @Nullable Integer syncOtherMachine,
		@JsonProperty("From_Account") @Nullable String fromAccount, @JsonProperty("To_Account") String toAccount,
		@JsonProperty("MsgLifeTime") @Nullable Long msgLifeTime, @JsonProperty("MsgSeq") @Nullable Long msgSeq,
		@JsonProperty("MsgRandom") long msgRandom,
		@JsonProperty("ForbidCallbackControl") @Nullable List<String> forbidCallbackControl,
		@JsonProperty("SendMsgControl") @Nullable List<String> sendMsgControl,
		@JsonProperty("MsgBody") List<MessageElement> msgBody,
		@JsonProperty("CloudCustomData") @Nullable String cloudCustomData,
		@JsonProperty("SupportMessageExtension") @Nullable Integer supportMessageExtension,
		@JsonProperty("OfflinePushInfo") @Nullable OfflinePushInfo offlinePushInfo,
		@JsonProperty("IsNeedReadReceipt") @Nullable Integer isNeedReadReceipt) {

	/**
	 * Create a builder of a message to a user.
	 * @param toAccount the receiver's UserID
	 * @return a new builder
	 */
	public static Builder builder(String toAccount) {
		return new Builder(toAccount);
	}

	/**
	 * Builder of a {@link SendMessageRequest}.
	 */
	public static final class Builder extends OneToOneMessageBuilder<Builder> {

		private final String toAccount;

		private Builder(String toAccount) {
			this.toAccount = toAccount;
		}

		/**
		 * Build the request.
		 * @return the request
		 */
		public SendMessageRequest build() {
			return new SendMessageRequest(this.syncOtherMachine, this.from, this.toAccount, this.msgLifeTime,
					this.msgSeq, msgRandomOrFresh(), this.forbidCallbackControl, this.sendMsgControl,
					List.copyOf(this.body), this.cloudCustomData, this.supportMessageExtension, this.offlinePushInfo,
					this.isNeedReadReceipt);
		}

	}

}
