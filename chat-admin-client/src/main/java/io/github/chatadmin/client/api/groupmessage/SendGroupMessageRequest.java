package io.github.chatadmin.client.api.groupmessage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.chatadmin.client.api.message.MessageBuilder;
import io.github.chatadmin.client.api.message.MessageElement;
import io.github.chatadmin.client.api.message.MessagePriority;
import io.github.chatadmin.client.api.message.OfflinePushInfo;
import org.jspecify.annotations.Nullable;

/**
 * The request of {@code group_open_http_svc/send_group_msg}: one message to a group.
 * Build it with {@link #builder(String)}; {@code Random} gets a fresh unsigned 32-bit
 * value unless set.
 *
 * @param groupId the group ({@code GroupId})
 * @param random the message's random number, unsigned 32-bit ({@code Random})
 * @param msgPriority the message's priority; {@code null} for the vendor's default,
 * {@link MessagePriority#NORMAL} ({@code MsgPriority})
 * @param msgBody the message's elements ({@code MsgBody})
 * @param fromAccount the sender, or {@code null} for the app admin; the account must
 * exist ({@code From_Account})
 * @param offlinePushInfo the offline push settings ({@code OfflinePushInfo})
 * @param forbidCallbackControl the callbacks not to call ({@code ForbidCallbackControl})
 * @param onlineOnlyFlag {@code 1} to deliver the message only to online members, without
 * storing it for offline members or the history; not for audio-video groups
 * ({@code OnlineOnlyFlag})
 * @param sendMsgControl the send controls, {@code NoLastMsg} and {@code NoUnread}; not
 * with {@code OnlineOnlyFlag} 1 ({@code SendMsgControl})
 * @param cloudCustomData the message's custom data ({@code CloudCustomData})
 * @param supportMessageExtension {@code 1} to let the message carry extensions
 * ({@code SupportMessageExtension})
 * @param toAccount up to 50 members who alone receive the message, which then does not
 * count as unread (paid editions; Work, Public and Meeting groups) ({@code To_Account})
 * @param topicId the topic of a topic-enabled community ({@code TopicId})
 * @param groupAtInfo the @ mentions ({@code GroupAtInfo})
 * @author chat-admin
 * @since 0.1.0
 */
public record SendGroupMessageRequest(@JsonProperty("GroupId") String groupId, @JsonProperty("Random") long random,
		@JsonProperty("MsgPriority") @Nullable MessagePriority msgPriority,
		@JsonProperty("MsgBody") List<MessageElement> msgBody,
		@JsonProperty("From_Account") @Nullable String fromAccount,
		@JsonProperty("OfflinePushInfo") @Nullable OfflinePushInfo offlinePushInfo,
		@JsonProperty("ForbidCallbackControl") @Nullable List<String> forbidCallbackControl,
		@JsonProperty("OnlineOnlyFlag") @Nullable Integer onlineOnlyFlag,
		@JsonProperty("SendMsgControl") @Nullable List<String> sendMsgControl,
		@JsonProperty("CloudCustomData") @Nullable String cloudCustomData,
		@JsonProperty("SupportMessageExtension") @Nullable Integer supportMessageExtension,
		@JsonProperty("To_Account") @Nullable List<String> toAccount, @JsonProperty("TopicId") @Nullable String topicId,
		@JsonProperty("GroupAtInfo") @Nullable List<GroupAtInfo> groupAtInfo) {

	/**
	 * Create a builder of a message to a group.
	 * @param groupId the group
	 * @return a new builder
	 */
	public static Builder builder(String groupId) {
		return new Builder(groupId);
	}

	/**
	 * Builder of a {@link SendGroupMessageRequest}.
	 */
	public static final class Builder extends MessageBuilder<Builder> {

		private final String groupId;

		private @Nullable MessagePriority priority;

		private @Nullable Integer onlineOnlyFlag;

		private @Nullable List<String> toAccount;

		private @Nullable String topicId;

		private @Nullable List<GroupAtInfo> groupAtInfo;

		private Builder(String groupId) {
			this.groupId = groupId;
		}

		/**
		 * Set the de-duplication value ({@code Random}); by default a fresh unsigned
		 * 32-bit value is used. The same as {@link #msgRandom(long)}.
		 * @param random a value between 0 and 4294967295
		 * @return this builder
		 */
		public Builder random(long random) {
			return msgRandom(random);
		}

		/**
		 * Set the message's priority; the send page lists {@code High}, {@code Normal}
		 * (the default) and {@code Low}.
		 * @param priority the priority
		 * @return this builder
		 */
		public Builder priority(MessagePriority priority) {
			this.priority = priority;
			return this;
		}

		/**
		 * Deliver the message only to online members, without storing it
		 * ({@code OnlineOnlyFlag} 1); not for audio-video groups, and not with send
		 * controls.
		 * @return this builder
		 */
		public Builder onlineOnly() {
			this.onlineOnlyFlag = 1;
			return this;
		}

		/**
		 * Send the message only to some members ({@code To_Account}, at most 50).
		 * @param members the members' UserIDs
		 * @return this builder
		 */
		public Builder toMembers(List<String> members) {
			this.toAccount = List.copyOf(members);
			return this;
		}

		/**
		 * Send the message in a topic of a topic-enabled community ({@code TopicId}).
		 * @param topicId the topic
		 * @return this builder
		 */
		public Builder topic(String topicId) {
			this.topicId = topicId;
			return this;
		}

		/**
		 * Add @ mentions ({@code GroupAtInfo}), in the order of the @ marks in the text.
		 * @param mentions the mentions
		 * @return this builder
		 */
		public Builder mention(GroupAtInfo... mentions) {
			if (this.groupAtInfo == null) {
				this.groupAtInfo = new ArrayList<>();
			}
			this.groupAtInfo.addAll(Arrays.asList(mentions));
			return this;
		}

		/**
		 * Not supported: the vendor's {@code send_group_msg} page documents no read
		 * receipt flag.
		 * @return never
		 * @throws UnsupportedOperationException always
		 * @deprecated group messages cannot ask for read receipts through this request
		 */
		@Override
		@Deprecated
		public Builder needReadReceipt() {
			throw new UnsupportedOperationException(
					"send_group_msg documents no read receipt flag; the group's receipts are a console setting");
		}

		/**
		 * Build the request.
		 * @return the request
		 */
		public SendGroupMessageRequest build() {
			return new SendGroupMessageRequest(this.groupId, msgRandomOrFresh(), this.priority, List.copyOf(this.body),
					this.from, this.offlinePushInfo, copy(this.forbidCallbackControl), this.onlineOnlyFlag,
					copy(this.sendMsgControl), this.cloudCustomData, this.supportMessageExtension, this.toAccount,
					this.topicId, copy(this.groupAtInfo));
		}

		private static <T> @Nullable List<T> copy(@Nullable List<T> list) {
			return (list != null) ? List.copyOf(list) : null;
		}

	}

}
