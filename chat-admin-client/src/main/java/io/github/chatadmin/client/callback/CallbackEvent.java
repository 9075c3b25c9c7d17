package io.github.chatadmin.client.callback;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.chatadmin.client.api.message.MessageElement;
import io.github.chatadmin.client.api.message.OfflinePushInfo;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A callback the service sent, decoded by {@link CallbackEvents#decode}: one record per
 * {@code CallbackCommand}, and {@link Unknown} for a command this library does not model.
 * Every record keeps the fields it does not name in its {@code extra} map.
 *
 * @author chat-admin
 * @since 0.1.0
 */
@JsonIgnoreProperties({ "CallbackCommand" })
public sealed interface CallbackEvent {

	/**
	 * Return the vendor's {@code CallbackCommand} of this event.
	 * @return the command, such as {@code C2C.CallbackBeforeSendMsg}
	 */
	String command();

	/**
	 * A command this library does not model, kept with its raw body.
	 *
	 * @param command the vendor's command
	 * @param body the request body
	 */
	record Unknown(String command, JsonNode body) implements CallbackEvent {

	}

	/**
	 * A group member in a callback.
	 *
	 * @param memberAccount the member's UserID ({@code Member_Account})
	 * @param extra fields this model does not name
	 */
	record Member(@JsonProperty("Member_Account") @Nullable String memberAccount,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

	}

	/**
	 * A custom group field in a callback.
	 *
	 * @param key the field's key ({@code Key})
	 * @param value the field's value ({@code Value})
	 * @param extra fields this model does not name
	 */
	record UserDefinedData(@JsonProperty("Key") @Nullable String key, @JsonProperty("Value") @Nullable String value,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

	}

	/**
	 * A pair of users in a relationship callback.
	 *
	 * @param fromAccount the user whose list changed ({@code From_Account})
	 * @param toAccount the other user ({@code To_Account})
	 * @param initiatorAccount the user who started the change, when the vendor names one
	 * ({@code Initiator_Account})
	 * @param extra fields this model does not name
	 */
	record AccountPair(@JsonProperty("From_Account") @Nullable String fromAccount,
			@JsonProperty("To_Account") @Nullable String toAccount,
			@JsonProperty("Initiator_Account") @Nullable String initiatorAccount,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

	}

	/**
	 * A profile field in a profile callback.
	 *
	 * @param tag the field's tag, such as {@code Tag_Profile_IM_Nick} ({@code Tag})
	 * @param value the field's value, a string or a number ({@code Value})
	 * @param extra fields this model does not name
	 */
	record ProfileItem(@JsonProperty("Tag") @Nullable String tag, @JsonProperty("Value") @Nullable JsonNode value,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

	}

	/**
	 * A recalled group message's sequence number.
	 *
	 * @param msgSeq the sequence number ({@code MsgSeq})
	 * @param extra fields this model does not name
	 */
	record MsgSeq(@JsonProperty("MsgSeq") @Nullable Long msgSeq,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

	}

	/**
	 * What happened in a {@link StateChange}.
	 *
	 * @param action {@code Login}, {@code Logout} or {@code Disconnect} ({@code Action})
	 * @param toAccount the user ({@code To_Account})
	 * @param reason why, such as {@code Unregister} ({@code Reason})
	 * @param extra fields this model does not name
	 */
	record StateInfo(@JsonProperty("Action") @Nullable String action,
			@JsonProperty("To_Account") @Nullable String toAccount, @JsonProperty("Reason") @Nullable String reason,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

	}

	/**
	 * Before a one-to-one message is sent; the reply may deny it or rewrite its body.
	 * ({@code C2C.CallbackBeforeSendMsg})
	 *
	 * @param fromAccount the sender's UserID ({@code From_Account})
	 * @param toAccount the receiver's UserID ({@code To_Account})
	 * @param msgSeq the message's sequence number ({@code MsgSeq})
	 * @param msgRandom the message's random number ({@code MsgRandom})
	 * @param msgTime when the message was sent, in Unix seconds ({@code MsgTime})
	 * @param msgKey the key that identifies the message ({@code MsgKey})
	 * @param onlineOnlyFlag {@code 1} when the message is only sent to online users
	 * ({@code OnlineOnlyFlag})
	 * @param msgBody the message's elements ({@code MsgBody})
	 * @param cloudCustomData the message's custom data ({@code CloudCustomData})
	 * @param offlinePushInfo the message's offline push settings
	 * ({@code OfflinePushInfo})
	 * @param eventTime when the event happened, in Unix milliseconds ({@code EventTime})
	 * @param extra fields this model does not name
	 */
	record C2CBeforeSendMsg(@JsonProperty("From_Account") @Nullable String fromAccount,
			@JsonProperty("To_Account") @Nullable String toAccount, @JsonProperty("MsgSeq") @Nullable Long msgSeq,
			@JsonProperty("MsgRandom") @Nullable Long msgRandom, @JsonProperty("MsgTime") @Nullable Long msgTime,
			@JsonProperty("MsgKey") @Nullable String msgKey,
			@JsonProperty("OnlineOnlyFlag") @Nullable Integer onlineOnlyFlag,
			@JsonProperty("MsgBody") @Nullable List<MessageElement> msgBody,
			@JsonProperty("CloudCustomData") @Nullable String cloudCustomData,
			@JsonProperty("OfflinePushInfo") @Nullable OfflinePushInfo offlinePushInfo,
			@JsonProperty("EventTime") @Nullable Long eventTime,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) implements CallbackEvent {

		/**
		 * The vendor's command.
		 */
		public static final String COMMAND = "C2C.CallbackBeforeSendMsg";

		@Override
		public String command() {
			return COMMAND;
		}

	}

	/**
	 * After a one-to-one message was sent. ({@code C2C.CallbackAfterSendMsg})
	 *
	 * @param fromAccount the sender's UserID ({@code From_Account})
	 * @param toAccount the receiver's UserID ({@code To_Account})
	 * @param msgSeq the message's sequence number ({@code MsgSeq})
	 * @param msgRandom the message's random number ({@code MsgRandom})
	 * @param msgTime when the message was sent, in Unix seconds ({@code MsgTime})
	 * @param msgKey the key that identifies the message ({@code MsgKey})
	 * @param onlineOnlyFlag {@code 1} when the message is only sent to online users
	 * ({@code OnlineOnlyFlag})
	 * @param msgBody the message's elements ({@code MsgBody})
	 * @param cloudCustomData the message's custom data ({@code CloudCustomData})
	 * @param offlinePushInfo the message's offline push settings
	 * ({@code OfflinePushInfo})
	 * @param sendMsgResult {@code 0} when the message was sent, an error code otherwise
	 * ({@code SendMsgResult})
	 * @param errorInfo the sending result's description ({@code ErrorInfo})
	 * @param unreadMsgNum the receiver's unread count ({@code UnreadMsgNum})
	 * @param eventTime when the event happened, in Unix milliseconds ({@code EventTime})
	 * @param extra fields this model does not name
	 */
	record C2CAfterSendMsg(@JsonProperty("From_Account") @Nullable String fromAccount,
			@JsonProperty("To_Account") @Nullable String toAccount, @JsonProperty("MsgSeq") @Nullable Long msgSeq,
			@JsonProperty("MsgRandom") @Nullable Long msgRandom, @JsonProperty("MsgTime") @Nullable Long msgTime,
			@JsonProperty("MsgKey") @Nullable String msgKey,
			@JsonProperty("OnlineOnlyFlag") @Nullable Integer onlineOnlyFlag,
			@JsonProperty("MsgBody") @Nullable List<MessageElement> msgBody,
			@JsonProperty("CloudCustomData") @Nullable String cloudCustomData,
			@JsonProperty("OfflinePushInfo") @Nullable OfflinePushInfo offlinePushInfo,
			@JsonProperty("SendMsgResult") @Nullable Integer sendMsgResult,
			@JsonProperty("ErrorInfo") @Nullable String errorInfo,
			@JsonProperty("UnreadMsgNum") @Nullable Integer unreadMsgNum,
			@JsonProperty("EventTime") @Nullable Long eventTime,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) implements CallbackEvent {

		/**
		 * The vendor's command.
		 */
		public static final String COMMAND = "C2C.CallbackAfterSendMsg";

		@Override
		public String command() {
			return COMMAND;
		}

	}

	/**
	 * After a user reported one-to-one messages as read.
	 * ({@code C2C.CallbackAfterMsgReport})
	 *
	 * @param reportAccount the UserID of the reader ({@code Report_Account})
	 * @param peerAccount the UserID of the peer ({@code Peer_Account})
	 * @param lastReadTime the last read time, in Unix seconds ({@code LastReadTime})
	 * @param unreadMsgNum the reader's unread count ({@code UnreadMsgNum})
	 * @param eventTime when the event happened, in Unix milliseconds ({@code EventTime})
	 * @param extra fields this model does not name
	 */
	record C2CAfterMsgReport(@JsonProperty("Report_Account") @Nullable String reportAccount,
			@JsonProperty("Peer_Account") @Nullable String peerAccount,
			@JsonProperty("LastReadTime") @Nullable Long lastReadTime,
			@JsonProperty("UnreadMsgNum") @Nullable Integer unreadMsgNum,
			@JsonProperty("EventTime") @Nullable Long eventTime,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) implements CallbackEvent {

		/**
		 * The vendor's command.
		 */
		public static final String COMMAND = "C2C.CallbackAfterMsgReport";

		@Override
		public String command() {
			return COMMAND;
		}

	}

	/**
	 * After a one-to-one message was recalled. ({@code C2C.CallbackAfterMsgWithDraw})
	 *
	 * @param fromAccount the sender's UserID ({@code From_Account})
	 * @param toAccount the receiver's UserID ({@code To_Account})
	 * @param msgKey the key of the recalled message ({@code MsgKey})
	 * @param unreadMsgNum the receiver's unread count ({@code UnreadMsgNum})
	 * @param eventTime when the event happened, in Unix milliseconds ({@code EventTime})
	 * @param extra fields this model does not name
	 */
	record C2CAfterMsgWithdraw(@JsonProperty("From_Account") @Nullable String fromAccount,
			@JsonProperty("To_Account") @Nullable String toAccount, @JsonProperty("MsgKey") @Nullable String msgKey,
			@JsonProperty("UnreadMsgNum") @Nullable Integer unreadMsgNum,
			@JsonProperty("EventTime") @Nullable Long eventTime,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) implements CallbackEvent {

		/**
		 * The vendor's command.
		 */
		public static final String COMMAND = "C2C.CallbackAfterMsgWithDraw";

		@Override
		public String command() {
			return COMMAND;
		}

	}

	/**
	 * Before a group is created; the reply may deny it.
	 * ({@code Group.CallbackBeforeCreateGroup})
	 *
	 * @param operatorAccount the UserID of the user or administrator who acted
	 * ({@code Operator_Account})
	 * @param ownerAccount the group owner's UserID ({@code Owner_Account})
	 * @param type the group's type, such as {@code Public} ({@code Type})
	 * @param name the name ({@code Name})
	 * @param createdGroupNum how many groups the operator created
	 * ({@code CreatedGroupNum})
	 * @param memberList the initial members ({@code MemberList})
	 * @param userDefinedDataList the group's custom fields ({@code UserDefinedDataList})
	 * @param eventTime when the event happened, in Unix milliseconds ({@code EventTime})
	 * @param extra fields this model does not name
	 */
	record GroupBeforeCreateGroup(@JsonProperty("Operator_Account") @Nullable String operatorAccount,
			@JsonProperty("Owner_Account") @Nullable String ownerAccount, @JsonProperty("Type") @Nullable String type,
			@JsonProperty("Name") @Nullable String name,
			@JsonProperty("CreatedGroupNum") @Nullable Integer createdGroupNum,
			@JsonProperty("MemberList") @Nullable List<Member> memberList,
			@JsonProperty("UserDefinedDataList") @Nullable List<UserDefinedData> userDefinedDataList,
			@JsonProperty("EventTime") @Nullable Long eventTime,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) implements CallbackEvent {

		/**
		 * The vendor's command.
		 */
		public static final String COMMAND = "Group.CallbackBeforeCreateGroup";

		@Override
		public String command() {
			return COMMAND;
		}

	}

	/**
	 * After a group was created. ({@code Group.CallbackAfterCreateGroup})
	 *
	 * @param groupId the group ({@code GroupId})
	 * @param operatorAccount the UserID of the user or administrator who acted
	 * ({@code Operator_Account})
	 * @param ownerAccount the group owner's UserID ({@code Owner_Account})
	 * @param type the group's type, such as {@code Public} ({@code Type})
	 * @param name the name ({@code Name})
	 * @param memberList the initial members ({@code MemberList})
	 * @param userDefinedDataList the group's custom fields ({@code UserDefinedDataList})
	 * @param eventTime when the event happened, in Unix milliseconds ({@code EventTime})
	 * @param extra fields this model does not name
	 */
	record GroupAfterCreateGroup(@JsonProperty("GroupId") @Nullable String groupId,
			@JsonProperty("Operator_Account") @Nullable String operatorAccount,
			@JsonProperty("Owner_Account") @Nullable String ownerAccount, @JsonProperty("Type") @Nullable String type,
			@JsonProperty("Name") @Nullable String name, @JsonProperty("MemberList") @Nullable List<Member> memberList,
			@JsonProperty("UserDefinedDataList") @Nullable List<UserDefinedData> userDefinedDataList,
			@JsonProperty("EventTime") @Nullable Long eventTime,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) implements CallbackEvent {

		/**
		 * The vendor's command.
		 */
		public static final String COMMAND = "Group.CallbackAfterCreateGroup";

		@Override
		public String command() {
			return COMMAND;
		}

	}

	/**
	 * Before a user's request to join a group is handled; the reply may deny it.
	 * ({@code Group.CallbackBeforeApplyJoinGroup})
	 *
	 * @param groupId the group ({@code GroupId})
	 * @param type the group's type, such as {@code Public} ({@code Type})
	 * @param requestorAccount the UserID of the user who asked to join
	 * ({@code Requestor_Account})
	 * @param eventTime when the event happened, in Unix milliseconds ({@code EventTime})
	 * @param extra fields this model does not name
	 */
	record GroupBeforeApplyJoinGroup(@JsonProperty("GroupId") @Nullable String groupId,
			@JsonProperty("Type") @Nullable String type,
			@JsonProperty("Requestor_Account") @Nullable String requestorAccount,
			@JsonProperty("EventTime") @Nullable Long eventTime,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) implements CallbackEvent {

		/**
		 * The vendor's command.
		 */
		public static final String COMMAND = "Group.CallbackBeforeApplyJoinGroup";

		@Override
		public String command() {
			return COMMAND;
		}

	}

	/**
	 * Before users are invited into a group; the reply may deny it.
	 * ({@code Group.CallbackBeforeInviteJoinGroup})
	 *
	 * @param groupId the group ({@code GroupId})
	 * @param type the group's type, such as {@code Public} ({@code Type})
	 * @param operatorAccount the UserID of the user or administrator who acted
	 * ({@code Operator_Account})
	 * @param destinationMembers the invited users ({@code DestinationMembers})
	 * @param eventTime when the event happened, in Unix milliseconds ({@code EventTime})
	 * @param extra fields this model does not name
	 */
	record GroupBeforeInviteJoinGroup(@JsonProperty("GroupId") @Nullable String groupId,
			@JsonProperty("Type") @Nullable String type,
			@JsonProperty("Operator_Account") @Nullable String operatorAccount,
			@JsonProperty("DestinationMembers") @Nullable List<Member> destinationMembers,
			@JsonProperty("EventTime") @Nullable Long eventTime,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) implements CallbackEvent {

		/**
		 * The vendor's command.
		 */
		public static final String COMMAND = "Group.CallbackBeforeInviteJoinGroup";

		@Override
		public String command() {
			return COMMAND;
		}

	}

	/**
	 * After members joined a group. ({@code Group.CallbackAfterNewMemberJoin})
	 *
	 * @param groupId the group ({@code GroupId})
	 * @param type the group's type, such as {@code Public} ({@code Type})
	 * @param joinType how they joined: {@code Apply} or {@code Invited}
	 * ({@code JoinType})
	 * @param operatorAccount the UserID of the user or administrator who acted
	 * ({@code Operator_Account})
	 * @param newMemberList the new members ({@code NewMemberList})
	 * @param eventTime when the event happened, in Unix milliseconds ({@code EventTime})
	 * @param extra fields this model does not name
	 */
	record GroupAfterNewMemberJoin(@JsonProperty("GroupId") @Nullable String groupId,
			@JsonProperty("Type") @Nullable String type, @JsonProperty("JoinType") @Nullable String joinType,
			@JsonProperty("Operator_Account") @Nullable String operatorAccount,
			@JsonProperty("NewMemberList") @Nullable List<Member> newMemberList,
			@JsonProperty("EventTime") @Nullable Long eventTime,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) implements CallbackEvent {

		/**
		 * The vendor's command.
		 */
		public static final String COMMAND = "Group.CallbackAfterNewMemberJoin";

		@Override
		public String command() {
			return COMMAND;
		}

	}

	/**
	 * After members left a group. ({@code Group.CallbackAfterMemberExit})
	 *
	 * @param groupId the group ({@code GroupId})
	 * @param type the group's type, such as {@code Public} ({@code Type})
	 * @param exitType how they left: {@code Kicked} or {@code Quit} ({@code ExitType})
	 * @param operatorAccount the UserID of the user or administrator who acted
	 * ({@code Operator_Account})
	 * @param exitMemberList the members who left ({@code ExitMemberList})
	 * @param eventTime when the event happened, in Unix milliseconds ({@code EventTime})
	 * @param extra fields this model does not name
	 */
	record GroupAfterMemberExit(@JsonProperty("GroupId") @Nullable String groupId,
			@JsonProperty("Type") @Nullable String type, @JsonProperty("ExitType") @Nullable String exitType,
			@JsonProperty("Operator_Account") @Nullable String operatorAccount,
			@JsonProperty("ExitMemberList") @Nullable List<Member> exitMemberList,
			@JsonProperty("EventTime") @Nullable Long eventTime,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) implements CallbackEvent {

		/**
		 * The vendor's command.
		 */
		public static final String COMMAND = "Group.CallbackAfterMemberExit";

		@Override
		public String command() {
			return COMMAND;
		}

	}

	/**
	 * Before a group message is sent; the reply may deny it or rewrite its body.
	 * ({@code Group.CallbackBeforeSendMsg})
	 *
	 * @param groupId the group ({@code GroupId})
	 * @param type the group's type, such as {@code Public} ({@code Type})
	 * @param fromAccount the sender's UserID ({@code From_Account})
	 * @param operatorAccount the UserID of the user or administrator who acted
	 * ({@code Operator_Account})
	 * @param random the message's random number ({@code Random})
	 * @param msgBody the message's elements ({@code MsgBody})
	 * @param cloudCustomData the message's custom data ({@code CloudCustomData})
	 * @param offlinePushInfo the message's offline push settings
	 * ({@code OfflinePushInfo})
	 * @param onlineOnlyFlag {@code 1} when the message is only sent to online members
	 * ({@code OnlineOnlyFlag})
	 * @param msgPriority the message's priority ({@code MsgPriority})
	 * @param topicId the topic, for community groups with topics ({@code TopicId})
	 * @param eventTime when the event happened, in Unix milliseconds ({@code EventTime})
	 * @param extra fields this model does not name
	 */
	record GroupBeforeSendMsg(@JsonProperty("GroupId") @Nullable String groupId,
			@JsonProperty("Type") @Nullable String type, @JsonProperty("From_Account") @Nullable String fromAccount,
			@JsonProperty("Operator_Account") @Nullable String operatorAccount,
			@JsonProperty("Random") @Nullable Long random,
			@JsonProperty("MsgBody") @Nullable List<MessageElement> msgBody,
			@JsonProperty("CloudCustomData") @Nullable String cloudCustomData,
			@JsonProperty("OfflinePushInfo") @Nullable OfflinePushInfo offlinePushInfo,
			@JsonProperty("OnlineOnlyFlag") @Nullable Integer onlineOnlyFlag,
			@JsonProperty("MsgPriority") @Nullable String msgPriority,
			@JsonProperty("TopicId") @Nullable String topicId, @JsonProperty("EventTime") @Nullable Long eventTime,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) implements CallbackEvent {

		/**
		 * The vendor's command.
		 */
		public static final String COMMAND = "Group.CallbackBeforeSendMsg";

		@Override
		public String command() {
			return COMMAND;
		}

	}

	/**
	 * After a group message was sent. ({@code Group.CallbackAfterSendMsg})
	 *
	 * @param groupId the group ({@code GroupId})
	 * @param type the group's type, such as {@code Public} ({@code Type})
	 * @param fromAccount the sender's UserID ({@code From_Account})
	 * @param operatorAccount the UserID of the user or administrator who acted
	 * ({@code Operator_Account})
	 * @param random the message's random number ({@code Random})
	 * @param msgBody the message's elements ({@code MsgBody})
	 * @param cloudCustomData the message's custom data ({@code CloudCustomData})
	 * @param offlinePushInfo the message's offline push settings
	 * ({@code OfflinePushInfo})
	 * @param onlineOnlyFlag {@code 1} when the message is only sent to online members
	 * ({@code OnlineOnlyFlag})
	 * @param msgPriority the message's priority ({@code MsgPriority})
	 * @param topicId the topic, for community groups with topics ({@code TopicId})
	 * @param msgSeq the message's sequence number ({@code MsgSeq})
	 * @param msgTime when the message was sent, in Unix seconds ({@code MsgTime})
	 * @param eventTime when the event happened, in Unix milliseconds ({@code EventTime})
	 * @param extra fields this model does not name
	 */
	record GroupAfterSendMsg(@JsonProperty("GroupId") @Nullable String groupId,
			@JsonProperty("Type") @Nullable String type, @JsonProperty("From_Account") @Nullable String fromAccount,
			@JsonProperty("Operator_Account") @Nullable String operatorAccount,
			@JsonProperty("Random") @Nullable Long random,
			@JsonProperty("MsgBody") @Nullable List<MessageElement> msgBody,
			@JsonProperty("CloudCustomData") @Nullable String cloudCustomData,
			@JsonProperty("OfflinePushInfo") @Nullable OfflinePushInfo offlinePushInfo,
			@JsonProperty("OnlineOnlyFlag") @Nullable Integer onlineOnlyFlag,
			@JsonProperty("MsgPriority") @Nullable String msgPriority,
			@JsonProperty("TopicId") @Nullable String topicId, @JsonProperty("MsgSeq") @Nullable Long msgSeq,
			@JsonProperty("MsgTime") @Nullable Long msgTime, @JsonProperty("EventTime") @Nullable Long eventTime,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) implements CallbackEvent {

		/**
		 * The vendor's command.
		 */
		public static final String COMMAND = "Group.CallbackAfterSendMsg";

		@Override
		public String command() {
			return COMMAND;
		}

	}

	/**
	 * After a group reached its member limit. ({@code Group.CallbackAfterGroupFull})
	 *
	 * @param groupId the group ({@code GroupId})
	 * @param eventTime when the event happened, in Unix milliseconds ({@code EventTime})
	 * @param extra fields this model does not name
	 */
	record GroupAfterGroupFull(@JsonProperty("GroupId") @Nullable String groupId,
			@JsonProperty("EventTime") @Nullable Long eventTime,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) implements CallbackEvent {

		/**
		 * The vendor's command.
		 */
		public static final String COMMAND = "Group.CallbackAfterGroupFull";

		@Override
		public String command() {
			return COMMAND;
		}

	}

	/**
	 * After a group was disbanded. ({@code Group.CallbackAfterGroupDestroyed})
	 *
	 * @param groupId the group ({@code GroupId})
	 * @param type the group's type, such as {@code Public} ({@code Type})
	 * @param ownerAccount the group owner's UserID ({@code Owner_Account})
	 * @param name the name ({@code Name})
	 * @param memberList the members it had ({@code MemberList})
	 * @param eventTime when the event happened, in Unix milliseconds ({@code EventTime})
	 * @param extra fields this model does not name
	 */
	record GroupAfterGroupDestroyed(@JsonProperty("GroupId") @Nullable String groupId,
			@JsonProperty("Type") @Nullable String type, @JsonProperty("Owner_Account") @Nullable String ownerAccount,
			@JsonProperty("Name") @Nullable String name, @JsonProperty("MemberList") @Nullable List<Member> memberList,
			@JsonProperty("EventTime") @Nullable Long eventTime,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) implements CallbackEvent {

		/**
		 * The vendor's command.
		 */
		public static final String COMMAND = "Group.CallbackAfterGroupDestroyed";

		@Override
		public String command() {
			return COMMAND;
		}

	}

	/**
	 * After a group's profile changed; only the changed fields are set.
	 * ({@code Group.CallbackAfterGroupInfoChanged})
	 *
	 * @param groupId the group ({@code GroupId})
	 * @param type the group's type, such as {@code Public} ({@code Type})
	 * @param operatorAccount the UserID of the user or administrator who acted
	 * ({@code Operator_Account})
	 * @param name the name ({@code Name})
	 * @param introduction the new introduction ({@code Introduction})
	 * @param notification the new notification ({@code Notification})
	 * @param faceUrl the new avatar URL ({@code FaceUrl})
	 * @param eventTime when the event happened, in Unix milliseconds ({@code EventTime})
	 * @param extra fields this model does not name
	 */
	record GroupAfterGroupInfoChanged(@JsonProperty("GroupId") @Nullable String groupId,
			@JsonProperty("Type") @Nullable String type,
			@JsonProperty("Operator_Account") @Nullable String operatorAccount,
			@JsonProperty("Name") @Nullable String name, @JsonProperty("Introduction") @Nullable String introduction,
			@JsonProperty("Notification") @Nullable String notification,
			@JsonProperty("FaceUrl") @Nullable String faceUrl, @JsonProperty("EventTime") @Nullable Long eventTime,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) implements CallbackEvent {

		/**
		 * The vendor's command.
		 */
		public static final String COMMAND = "Group.CallbackAfterGroupInfoChanged";

		@Override
		public String command() {
			return COMMAND;
		}

	}

	/**
	 * After members of an audio-video group went online or offline.
	 * ({@code Group.CallbackOnMemberStateChange})
	 *
	 * @param groupId the group ({@code GroupId})
	 * @param eventType the change, such as {@code Offline} ({@code EventType})
	 * @param memberList the members ({@code MemberList})
	 * @param eventTime when the event happened, in Unix milliseconds ({@code EventTime})
	 * @param extra fields this model does not name
	 */
	record GroupOnMemberStateChange(@JsonProperty("GroupId") @Nullable String groupId,
			@JsonProperty("EventType") @Nullable String eventType,
			@JsonProperty("MemberList") @Nullable List<Member> memberList,
			@JsonProperty("EventTime") @Nullable Long eventTime,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) implements CallbackEvent {

		/**
		 * The vendor's command.
		 */
		public static final String COMMAND = "Group.CallbackOnMemberStateChange";

		@Override
		public String command() {
			return COMMAND;
		}

	}

	/**
	 * After group messages were recalled. ({@code Group.CallbackAfterRecallMsg})
	 *
	 * @param groupId the group ({@code GroupId})
	 * @param type the group's type, such as {@code Public} ({@code Type})
	 * @param operatorAccount the UserID of the user or administrator who acted
	 * ({@code Operator_Account})
	 * @param msgSeqList the recalled messages ({@code MsgSeqList})
	 * @param topicId the topic, for community groups with topics ({@code TopicId})
	 * @param eventTime when the event happened, in Unix milliseconds ({@code EventTime})
	 * @param extra fields this model does not name
	 */
	record GroupAfterRecallMsg(@JsonProperty("GroupId") @Nullable String groupId,
			@JsonProperty("Type") @Nullable String type,
			@JsonProperty("Operator_Account") @Nullable String operatorAccount,
			@JsonProperty("MsgSeqList") @Nullable List<MsgSeq> msgSeqList,
			@JsonProperty("TopicId") @Nullable String topicId, @JsonProperty("EventTime") @Nullable Long eventTime,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) implements CallbackEvent {

		/**
		 * The vendor's command.
		 */
		public static final String COMMAND = "Group.CallbackAfterRecallMsg";

		@Override
		public String command() {
			return COMMAND;
		}

	}

	/**
	 * Before a topic is created in a community group; the reply may deny it.
	 * ({@code Group.CallbackBeforeCreateTopic})
	 *
	 * @param groupId the group ({@code GroupId})
	 * @param operatorAccount the UserID of the user or administrator who acted
	 * ({@code Operator_Account})
	 * @param type the group's type, such as {@code Public} ({@code Type})
	 * @param name the name ({@code Name})
	 * @param eventTime when the event happened, in Unix milliseconds ({@code EventTime})
	 * @param extra fields this model does not name
	 */
	record GroupBeforeCreateTopic(@JsonProperty("GroupId") @Nullable String groupId,
			@JsonProperty("Operator_Account") @Nullable String operatorAccount,
			@JsonProperty("Type") @Nullable String type, @JsonProperty("Name") @Nullable String name,
			@JsonProperty("EventTime") @Nullable Long eventTime,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) implements CallbackEvent {

		/**
		 * The vendor's command.
		 */
		public static final String COMMAND = "Group.CallbackBeforeCreateTopic";

		@Override
		public String command() {
			return COMMAND;
		}

	}

	/**
	 * After a topic was created in a community group.
	 * ({@code Group.CallbackAfterCreateTopic})
	 *
	 * @param groupId the group ({@code GroupId})
	 * @param topicId the topic, for community groups with topics ({@code TopicId})
	 * @param operatorAccount the UserID of the user or administrator who acted
	 * ({@code Operator_Account})
	 * @param ownerAccount the group owner's UserID ({@code Owner_Account})
	 * @param type the group's type, such as {@code Public} ({@code Type})
	 * @param name the name ({@code Name})
	 * @param userDefinedDataList the group's custom fields ({@code UserDefinedDataList})
	 * @param eventTime when the event happened, in Unix milliseconds ({@code EventTime})
	 * @param extra fields this model does not name
	 */
	record GroupAfterCreateTopic(@JsonProperty("GroupId") @Nullable String groupId,
			@JsonProperty("TopicId") @Nullable String topicId,
			@JsonProperty("Operator_Account") @Nullable String operatorAccount,
			@JsonProperty("Owner_Account") @Nullable String ownerAccount, @JsonProperty("Type") @Nullable String type,
			@JsonProperty("Name") @Nullable String name,
			@JsonProperty("UserDefinedDataList") @Nullable List<UserDefinedData> userDefinedDataList,
			@JsonProperty("EventTime") @Nullable Long eventTime,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) implements CallbackEvent {

		/**
		 * The vendor's command.
		 */
		public static final String COMMAND = "Group.CallbackAfterCreateTopic";

		@Override
		public String command() {
			return COMMAND;
		}

	}

	/**
	 * After topics of a community group were deleted.
	 * ({@code Group.CallbackAfterTopicDestroyed})
	 *
	 * @param groupId the group ({@code GroupId})
	 * @param type the group's type, such as {@code Public} ({@code Type})
	 * @param topicIdList the deleted topics ({@code TopicIdList})
	 * @param eventTime when the event happened, in Unix milliseconds ({@code EventTime})
	 * @param extra fields this model does not name
	 */
	record GroupAfterTopicDestroyed(@JsonProperty("GroupId") @Nullable String groupId,
			@JsonProperty("Type") @Nullable String type,
			@JsonProperty("TopicIdList") @Nullable List<String> topicIdList,
			@JsonProperty("EventTime") @Nullable Long eventTime,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) implements CallbackEvent {

		/**
		 * The vendor's command.
		 */
		public static final String COMMAND = "Group.CallbackAfterTopicDestroyed";

		@Override
		public String command() {
			return COMMAND;
		}

	}

	/**
	 * Before friends are added; the reply may deny it.
	 * ({@code Sns.CallbackPrevFriendAdd})
	 *
	 * @param requesterAccount the UserID of the requester ({@code Requester_Account})
	 * @param fromAccount the sender's UserID ({@code From_Account})
	 * @param friendItem the friends to add, as the vendor sends them ({@code FriendItem})
	 * @param addType one-way or two-way adding ({@code AddType})
	 * @param forceAddFlags {@code 1} when the friends are added without their approval
	 * ({@code ForceAddFlags})
	 * @param eventTime when the event happened, in Unix milliseconds ({@code EventTime})
	 * @param extra fields this model does not name
	 */
	record SnsPrevFriendAdd(@JsonProperty("Requester_Account") @Nullable String requesterAccount,
			@JsonProperty("From_Account") @Nullable String fromAccount,
			@JsonProperty("FriendItem") @Nullable List<JsonNode> friendItem,
			@JsonProperty("AddType") @Nullable String addType,
			@JsonProperty("ForceAddFlags") @Nullable Integer forceAddFlags,
			@JsonProperty("EventTime") @Nullable Long eventTime,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) implements CallbackEvent {

		/**
		 * The vendor's command.
		 */
		public static final String COMMAND = "Sns.CallbackPrevFriendAdd";

		@Override
		public String command() {
			return COMMAND;
		}

	}

	/**
	 * Before friend requests are answered; the reply may deny it.
	 * ({@code Sns.CallbackPrevFriendResponse})
	 *
	 * @param requesterAccount the UserID of the requester ({@code Requester_Account})
	 * @param fromAccount the sender's UserID ({@code From_Account})
	 * @param responseFriendItem the answers, as the vendor sends them
	 * ({@code ResponseFriendItem})
	 * @param eventTime when the event happened, in Unix milliseconds ({@code EventTime})
	 * @param extra fields this model does not name
	 */
	record SnsPrevFriendResponse(@JsonProperty("Requester_Account") @Nullable String requesterAccount,
			@JsonProperty("From_Account") @Nullable String fromAccount,
			@JsonProperty("ResponseFriendItem") @Nullable List<JsonNode> responseFriendItem,
			@JsonProperty("EventTime") @Nullable Long eventTime,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) implements CallbackEvent {

		/**
		 * The vendor's command.
		 */
		public static final String COMMAND = "Sns.CallbackPrevFriendResponse";

		@Override
		public String command() {
			return COMMAND;
		}

	}

	/**
	 * After friends were added. ({@code Sns.CallbackFriendAdd})
	 *
	 * @param pairList the new friendships ({@code PairList})
	 * @param clientCmd the command that added them, such as {@code friend_add}
	 * ({@code ClientCmd})
	 * @param adminAccount the administrator who added them through the REST API, empty
	 * otherwise ({@code Admin_Account})
	 * @param forceFlag {@code 1} when they were added without approval
	 * ({@code ForceFlag})
	 * @param eventTime when the event happened, in Unix milliseconds ({@code EventTime})
	 * @param extra fields this model does not name
	 */
	record SnsFriendAdd(@JsonProperty("PairList") @Nullable List<AccountPair> pairList,
			@JsonProperty("ClientCmd") @Nullable String clientCmd,
			@JsonProperty("Admin_Account") @Nullable String adminAccount,
			@JsonProperty("ForceFlag") @Nullable Integer forceFlag, @JsonProperty("EventTime") @Nullable Long eventTime,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) implements CallbackEvent {

		/**
		 * The vendor's command.
		 */
		public static final String COMMAND = "Sns.CallbackFriendAdd";

		@Override
		public String command() {
			return COMMAND;
		}

	}

	/**
	 * After friends were deleted. ({@code Sns.CallbackFriendDelete})
	 *
	 * @param pairList the deleted friendships ({@code PairList})
	 * @param eventTime when the event happened, in Unix milliseconds ({@code EventTime})
	 * @param extra fields this model does not name
	 */
	record SnsFriendDelete(@JsonProperty("PairList") @Nullable List<AccountPair> pairList,
			@JsonProperty("EventTime") @Nullable Long eventTime,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) implements CallbackEvent {

		/**
		 * The vendor's command.
		 */
		public static final String COMMAND = "Sns.CallbackFriendDelete";

		@Override
		public String command() {
			return COMMAND;
		}

	}

	/**
	 * After users were added to a blocklist. ({@code Sns.CallbackBlackListAdd})
	 *
	 * @param pairList the blocked pairs ({@code PairList})
	 * @param eventTime when the event happened, in Unix milliseconds ({@code EventTime})
	 * @param extra fields this model does not name
	 */
	record SnsBlackListAdd(@JsonProperty("PairList") @Nullable List<AccountPair> pairList,
			@JsonProperty("EventTime") @Nullable Long eventTime,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) implements CallbackEvent {

		/**
		 * The vendor's command.
		 */
		public static final String COMMAND = "Sns.CallbackBlackListAdd";

		@Override
		public String command() {
			return COMMAND;
		}

	}

	/**
	 * After users were removed from a blocklist. ({@code Sns.CallbackBlackListDelete})
	 *
	 * @param pairList the unblocked pairs ({@code PairList})
	 * @param eventTime when the event happened, in Unix milliseconds ({@code EventTime})
	 * @param extra fields this model does not name
	 */
	record SnsBlackListDelete(@JsonProperty("PairList") @Nullable List<AccountPair> pairList,
			@JsonProperty("EventTime") @Nullable Long eventTime,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) implements CallbackEvent {

		/**
		 * The vendor's command.
		 */
		public static final String COMMAND = "Sns.CallbackBlackListDelete";

		@Override
		public String command() {
			return COMMAND;
		}

	}

	/**
	 * After a user's profile was set. ({@code Profile.CallbackPortraitSet})
	 *
	 * @param operatorAccount the UserID of the user or administrator who acted
	 * ({@code Operator_Account})
	 * @param fromAccount the sender's UserID ({@code From_Account})
	 * @param profileItem the profile fields that were set ({@code ProfileItem})
	 * @param eventTime when the event happened, in Unix milliseconds ({@code EventTime})
	 * @param extra fields this model does not name
	 */
	record ProfilePortraitSet(@JsonProperty("Operator_Account") @Nullable String operatorAccount,
			@JsonProperty("From_Account") @Nullable String fromAccount,
			@JsonProperty("ProfileItem") @Nullable List<ProfileItem> profileItem,
			@JsonProperty("EventTime") @Nullable Long eventTime,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) implements CallbackEvent {

		/**
		 * The vendor's command.
		 */
		public static final String COMMAND = "Profile.CallbackPortraitSet";

		@Override
		public String command() {
			return COMMAND;
		}

	}

	/**
	 * After a user logged in, logged out or was disconnected. ({@code State.StateChange})
	 *
	 * @param info what happened ({@code Info})
	 * @param kickedDevice the devices that were logged out, as the vendor sends them
	 * ({@code KickedDevice})
	 * @param eventTime when the event happened, in Unix milliseconds ({@code EventTime})
	 * @param extra fields this model does not name
	 */
	record StateChange(@JsonProperty("Info") @Nullable StateInfo info,
			@JsonProperty("KickedDevice") @Nullable List<JsonNode> kickedDevice,
			@JsonProperty("EventTime") @Nullable Long eventTime,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) implements CallbackEvent {

		/**
		 * The vendor's command.
		 */
		public static final String COMMAND = "State.StateChange";

		@Override
		public String command() {
			return COMMAND;
		}

	}

}
