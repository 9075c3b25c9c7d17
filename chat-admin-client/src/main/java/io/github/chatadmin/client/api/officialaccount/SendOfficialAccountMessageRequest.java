package io.github.chatadmin.client.api.officialaccount;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.chatadmin.client.api.message.MessageElement;
import io.github.chatadmin.client.api.message.MessageRandom;
import io.github.chatadmin.client.api.message.OfflinePushInfo;
import org.jspecify.annotations.Nullable;

/**
 * The request of {@code official_account_open_http_svc/send_official_account_msg}: a
 * message to every subscriber. Build it with {@link #builder(String)}.
 *
 * @param officialAccount the account ({@code Official_Account})
 * @param random the de-duplication value, unsigned 32-bit ({@code Random})
 * @param msgBody the message's elements ({@code MsgBody})
 * @param cloudCustomData the message's custom data ({@code CloudCustomData})
 * @param offlinePushInfo the offline notification ({@code OfflinePushInfo})
 * @param sendMsgControl send controls, for example {@code NoLastMsg}
 * ({@code SendMsgControl})
 * @author chat-admin
 */
public record SendOfficialAccountMessageRequest(@JsonProperty("Official_Account") String officialAccount,
		@JsonProperty("Random") long random, @JsonProperty("MsgBody") List<MessageElement> msgBody,
		@JsonProperty("CloudCustomData") @Nullable String cloudCustomData,
		@JsonProperty("OfflinePushInfo") @Nullable OfflinePushInfo offlinePushInfo,
		@JsonProperty("SendMsgControl") @Nullable List<String> sendMsgControl) {

	/**
	 * Create a builder.
	 * @param officialAccount the account
	 * @return a new builder
	 */
	public static Builder builder(String officialAccount) {
		return new Builder(officialAccount);
	}

	/**
	 * Builder of a {@link SendOfficialAccountMessageRequest}; {@code Random} is fresh
	 * unless set.
	 */
	public static final class Builder {

		private final String officialAccount;

		private final List<MessageElement> body = new ArrayList<>();

		private @Nullable Long random;

		private @Nullable String cloudCustomData;

		private @Nullable OfflinePushInfo offlinePushInfo;

		private @Nullable List<String> sendMsgControl;

		private Builder(String officialAccount) {
			this.officialAccount = officialAccount;
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
		 * Add a text element.
		 * @param text the text
		 * @return this builder
		 */
		public Builder text(String text) {
			this.body.add(MessageElement.text(text));
			return this;
		}

		/**
		 * Set the de-duplication value.
		 * @param random a value between 0 and 4294967295
		 * @return this builder
		 */
		public Builder random(long random) {
			this.random = random;
			return this;
		}

		/**
		 * Set the custom data.
		 * @param cloudCustomData the data
		 * @return this builder
		 */
		public Builder cloudCustomData(String cloudCustomData) {
			this.cloudCustomData = cloudCustomData;
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
		 * Add a send control.
		 * @param control for example {@code NoLastMsg}
		 * @return this builder
		 */
		public Builder sendControl(String control) {
			if (this.sendMsgControl == null) {
				this.sendMsgControl = new ArrayList<>();
			}
			this.sendMsgControl.add(control);
			return this;
		}

		/**
		 * Build the request.
		 * @return the request
		 */
		public SendOfficialAccountMessageRequest build() {
			return new SendOfficialAccountMessageRequest(this.officialAccount,
					(this.random != null) ? this.random : MessageRandom.next(), List.copyOf(this.body),
					this.cloudCustomData, this.offlinePushInfo,
					(this.sendMsgControl != null) ? List.copyOf(this.sendMsgControl) : null);
		}

	}

}
