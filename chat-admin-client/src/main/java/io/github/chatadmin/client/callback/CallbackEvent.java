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

	/**
	 * A followed user in a callback.
	 *
	 * @param toAccount the followed user's UserID ({@code To_Account})
	 * @param extra fields this model does not name
	 */
	record FollowItem(@JsonProperty("To_Account") @Nullable String toAccount,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

	}

	/**
	 * A message extension key-value in a callback.
	 *
	 * @param key the key ({@code Key})
	 * @param value the value, empty when deleted ({@code Value})
	 * @param seq the key-value's version ({@code Seq})
	 * @param extra fields this model does not name
	 */
	record Extension(@JsonProperty("Key") @Nullable String key, @JsonProperty("Value") @Nullable String value,
			@JsonProperty("Seq") @Nullable Long seq, @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

	}

	/**
	 * A custom group attribute in a callback.
	 *
	 * @param key the attribute's name ({@code key})
	 * @param value the attribute's value ({@code value})
	 * @param extra fields this model does not name
	 */
	record GroupAttr(@JsonProperty("key") @Nullable String key, @JsonProperty("value") @Nullable String value,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

	}

	/**
	 * The read receipts of one group message in a callback.
	 *
	 * @param msgSeq the message's sequence number ({@code MsgSeq})
	 * @param readNum the members who read it ({@code ReadNum})
	 * @param unreadNum the members who did not ({@code UnreadNum})
	 * @param readReceiptMembers the members who read it ({@code ReadReceiptMembers})
	 * @param extra fields this model does not name
	 */
	record GroupMsgReceipt(@JsonProperty("MsgSeq") @Nullable Long msgSeq,
			@JsonProperty("ReadNum") @Nullable Integer readNum, @JsonProperty("UnreadNum") @Nullable Integer unreadNum,
			@JsonProperty("ReadReceiptMembers") @Nullable List<Member> readReceiptMembers,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

	}

	/**
	 * An official account subscriber in a callback.
	 *
	 * @param subscriberAccount the subscriber's UserID ({@code Subscriber_Account})
	 * @param extra fields this model does not name
	 */
	record Subscriber(@JsonProperty("Subscriber_Account") @Nullable String subscriberAccount,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

	}

	/**
	 * A message named by its key in a callback.
	 *
	 * @param msgKey the message's key ({@code MsgKey})
	 * @param extra fields this model does not name
	 */
	record MsgKeyItem(@JsonProperty("MsgKey") @Nullable String msgKey,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

	}

	/**
	 * The offline push result of one message to one recipient.
	 *
	 * @param eventType {@code 1} one-to-one, {@code 2} group ({@code EventType})
	 * @param eventTime when it happened, in Unix seconds ({@code EventTime})
	 * @param fromAccount the sender's UserID ({@code From_Account})
	 * @param toAccount the recipient's UserID ({@code To_Account})
	 * @param pushPlatform the push vendor, such as {@code 1} for APNs
	 * ({@code PushPlatform})
	 * @param pushStage {@code 1} sent, {@code 2} reached, {@code 3} clicked
	 * ({@code PushStage})
	 * @param msgKey the one-to-one message's key ({@code MsgKey})
	 * @param groupId the group of a group message ({@code GroupID})
	 * @param msgSeq the message's sequence number ({@code MsgSeq})
	 * @param msgRandom the message's random number ({@code MsgRandom})
	 * @param msgTime when the message was sent, in Unix seconds ({@code MsgTime})
	 * @param pushId the push's ID ({@code PushID})
	 * @param errCode {@code 0} on success ({@code ErrCode})
	 * @param errInfo the result's description ({@code ErrInfo})
	 * @param extra fields this model does not name
	 */
	@JsonIgnoreProperties({ "CallbackCommand" })
	record OfflinePushResult(@JsonProperty("EventType") @Nullable Integer eventType,
			@JsonProperty("EventTime") @Nullable Long eventTime,
			@JsonProperty("From_Account") @Nullable String fromAccount,
			@JsonProperty("To_Account") @Nullable String toAccount,
			@JsonProperty("PushPlatform") @Nullable Integer pushPlatform,
			@JsonProperty("PushStage") @Nullable Integer pushStage, @JsonProperty("MsgKey") @Nullable String msgKey,
			@JsonProperty("GroupID") @Nullable String groupId, @JsonProperty("MsgSeq") @Nullable Long msgSeq,
			@JsonProperty("MsgRandom") @Nullable Long msgRandom, @JsonProperty("MsgTime") @Nullable Long msgTime,
			@JsonProperty("PushID") @Nullable String pushId, @JsonProperty("ErrCode") @Nullable Integer errCode,
			@JsonProperty("ErrInfo") @Nullable String errInfo,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

	}

	/**
	 * The result of an all-member, tag or single push to one recipient.
	 *
	 * @param eventType {@code 1} offline push, {@code 2} online push ({@code EventType})
	 * @param taskId the push task ({@code TaskId})
	 * @param dataId the caller's business identifier ({@code DataId})
	 * @param taskTime when the task started, in Unix seconds ({@code TaskTime})
	 * @param eventTime when it happened, in Unix seconds ({@code EventTime})
	 * @param toAccount the recipient's UserID ({@code To_Account})
	 * @param pushPlatform the push vendor ({@code PushPlatform})
	 * @param deviceType the device's vendor ({@code DeviceType})
	 * @param pushStage {@code 1} sent, {@code 2} reached, {@code 3} clicked
	 * ({@code PushStage})
	 * @param errCode {@code 0} on success ({@code ErrCode})
	 * @param errInfo the result's description ({@code ErrInfo})
	 * @param extra fields this model does not name
	 */
	@JsonIgnoreProperties({ "CallbackCommand" })
	record AllMemberPushResult(@JsonProperty("EventType") @Nullable Integer eventType,
			@JsonProperty("TaskId") @Nullable String taskId, @JsonProperty("DataId") @Nullable String dataId,
			@JsonProperty("TaskTime") @Nullable Long taskTime, @JsonProperty("EventTime") @Nullable Long eventTime,
			@JsonProperty("To_Account") @Nullable String toAccount,
			@JsonProperty("PushPlatform") @Nullable Integer pushPlatform,
			@JsonProperty("DeviceType") @Nullable Integer deviceType,
			@JsonProperty("PushStage") @Nullable Integer pushStage, @JsonProperty("ErrCode") @Nullable Integer errCode,
			@JsonProperty("ErrInfo") @Nullable String errInfo,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

	}

	/**
	 * When the request rate of a REST API passed 80 % of its limit.
	 * ({@code Alert.RequestOverLimit})
	 *
	 * @param serviceName the service of the API, such as {@code openim}
	 * ({@code ServiceName})
	 * @param apiCommand the API's command, such as {@code batchsendmsg} ({@code Command})
	 * @param request the requests counted ({@code Request})
	 * @param limit the API's limit ({@code Limit})
	 * @param eventTime when the event happened, in Unix milliseconds ({@code EventTime})
	 * @param extra fields this model does not name
	 */
	record AlertRequestOverLimit(@JsonProperty("ServiceName") @Nullable String serviceName,
			@JsonProperty("Command") @Nullable String apiCommand, @JsonProperty("Request") @Nullable Long request,
			@JsonProperty("Limit") @Nullable Long limit, @JsonProperty("EventTime") @Nullable Long eventTime,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) implements CallbackEvent {

		/**
		 * The vendor's command.
		 */
		public static final String COMMAND = "Alert.RequestOverLimit";

		@Override
		public String command() {
			return COMMAND;
		}

	}

	/**
	 * After a user followed other users. ({@code Follow.CallbackAfterFollowAdd})
	 *
	 * @param fromAccount the follower's UserID ({@code From_Account})
	 * @param followList the users now followed ({@code FollowList})
	 * @param eventTime when the event happened, in Unix milliseconds ({@code EventTime})
	 * @param extra fields this model does not name
	 */
	record FollowAfterFollowAdd(@JsonProperty("From_Account") @Nullable String fromAccount,
			@JsonProperty("FollowList") @Nullable List<FollowItem> followList,
			@JsonProperty("EventTime") @Nullable Long eventTime,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) implements CallbackEvent {

		/**
		 * The vendor's command.
		 */
		public static final String COMMAND = "Follow.CallbackAfterFollowAdd";

		@Override
		public String command() {
			return COMMAND;
		}

	}

	/**
	 * After a user unfollowed other users. ({@code Follow.CallbackAfterFollowDelete})
	 *
	 * @param fromAccount the user who unfollowed ({@code From_Account})
	 * @param toAccount the users no longer followed ({@code To_Account})
	 * @param eventTime when the event happened, in Unix milliseconds ({@code EventTime})
	 * @param extra fields this model does not name
	 */
	record FollowAfterFollowDelete(@JsonProperty("From_Account") @Nullable String fromAccount,
			@JsonProperty("To_Account") @Nullable List<String> toAccount,
			@JsonProperty("EventTime") @Nullable Long eventTime,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) implements CallbackEvent {

		/**
		 * The vendor's command.
		 */
		public static final String COMMAND = "Follow.CallbackAfterFollowDelete";

		@Override
		public String command() {
			return COMMAND;
		}

	}

	/**
	 * After the extension key-values of a one-to-one message were set, deleted or
	 * cleared. ({@code C2C.CallbackAfterC2CMsgExtension})
	 *
	 * @param fromAccount the UserID that changed the extension ({@code From_Account})
	 * @param toAccount the peer's UserID ({@code To_Account})
	 * @param msgKey the message's key ({@code MsgKey})
	 * @param operateType {@code 1} set, {@code 2} delete, {@code 3} clear
	 * ({@code OperateType})
	 * @param extensionList the changed key-values ({@code ExtensionList})
	 * @param seq the message's extension version ({@code Seq})
	 * @param eventTime when the event happened, in Unix milliseconds ({@code EventTime})
	 * @param extra fields this model does not name
	 */
	record C2CAfterMsgExtension(@JsonProperty("From_Account") @Nullable String fromAccount,
			@JsonProperty("To_Account") @Nullable String toAccount, @JsonProperty("MsgKey") @Nullable String msgKey,
			@JsonProperty("OperateType") @Nullable Integer operateType,
			@JsonProperty("ExtensionList") @Nullable List<Extension> extensionList,
			@JsonProperty("Seq") @Nullable Long seq, @JsonProperty("EventTime") @Nullable Long eventTime,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) implements CallbackEvent {

		/**
		 * The vendor's command.
		 */
		public static final String COMMAND = "C2C.CallbackAfterC2CMsgExtension";

		@Override
		public String command() {
			return COMMAND;
		}

	}

	/**
	 * After a group message could not be delivered.
	 * ({@code Group.CallbackSendMsgException})
	 *
	 * @param groupId the group ({@code GroupId})
	 * @param type the group's type ({@code Type})
	 * @param fromAccount the sender's UserID ({@code From_Account})
	 * @param operatorAccount the UserID of the request's initiator
	 * ({@code Operator_Account})
	 * @param random the request's random number ({@code Random})
	 * @param onlineOnlyFlag {@code 1} for an online-only message ({@code OnlineOnlyFlag})
	 * @param msgBody the message's elements ({@code MsgBody})
	 * @param cloudCustomData the message's custom data ({@code CloudCustomData})
	 * @param errorCode the delivery error code ({@code ErrorCode})
	 * @param errorInfo the delivery error's description ({@code ErrorInfo})
	 * @param eventTime when the event happened, in Unix milliseconds ({@code EventTime})
	 * @param extra fields this model does not name
	 */
	record GroupSendMsgException(@JsonProperty("GroupId") @Nullable String groupId,
			@JsonProperty("Type") @Nullable String type, @JsonProperty("From_Account") @Nullable String fromAccount,
			@JsonProperty("Operator_Account") @Nullable String operatorAccount,
			@JsonProperty("Random") @Nullable Long random,
			@JsonProperty("OnlineOnlyFlag") @Nullable Integer onlineOnlyFlag,
			@JsonProperty("MsgBody") @Nullable List<MessageElement> msgBody,
			@JsonProperty("CloudCustomData") @Nullable String cloudCustomData,
			@JsonProperty("ErrorCode") @Nullable Integer errorCode,
			@JsonProperty("ErrorInfo") @Nullable String errorInfo, @JsonProperty("EventTime") @Nullable Long eventTime,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) implements CallbackEvent {

		/**
		 * The vendor's command.
		 */
		public static final String COMMAND = "Group.CallbackSendMsgException";

		@Override
		public String command() {
			return COMMAND;
		}

	}

	/**
	 * After the profile of a community topic changed.
	 * ({@code Group.CallbackAfterTopicInfoChanged})
	 *
	 * @param groupId the community group ({@code GroupId})
	 * @param topicId the topic ({@code TopicId})
	 * @param type the group's type, {@code Community} ({@code Type})
	 * @param operatorAccount the operator's UserID ({@code Operator_Account})
	 * @param name the new name ({@code Name})
	 * @param introduction the new introduction ({@code Introduction})
	 * @param notification the new notice ({@code Notification})
	 * @param faceUrl the new photo URL ({@code FaceUrl})
	 * @param eventTime when the event happened, in Unix milliseconds ({@code EventTime})
	 * @param extra fields this model does not name
	 */
	record GroupAfterTopicInfoChanged(@JsonProperty("GroupId") @Nullable String groupId,
			@JsonProperty("TopicId") @Nullable String topicId, @JsonProperty("Type") @Nullable String type,
			@JsonProperty("Operator_Account") @Nullable String operatorAccount,
			@JsonProperty("Name") @Nullable String name, @JsonProperty("Introduction") @Nullable String introduction,
			@JsonProperty("Notification") @Nullable String notification,
			@JsonProperty("FaceUrl") @Nullable String faceUrl, @JsonProperty("EventTime") @Nullable Long eventTime,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) implements CallbackEvent {

		/**
		 * The vendor's command.
		 */
		public static final String COMMAND = "Group.CallbackAfterTopicInfoChanged";

		@Override
		public String command() {
			return COMMAND;
		}

	}

	/**
	 * After a group member's role or name card changed.
	 * ({@code Group.CallbackAfterMemberFieldChanged})
	 *
	 * @param groupId the group ({@code GroupId})
	 * @param type the group's type ({@code Type})
	 * @param operatorAccount the operator's UserID ({@code Operator_Account})
	 * @param memberAccount the changed member's UserID ({@code Member_Account})
	 * @param role the member's new role, {@code Admin} or {@code Member} ({@code Role})
	 * @param nameCard the member's new name card ({@code NameCard})
	 * @param eventTime when the event happened, in Unix milliseconds ({@code EventTime})
	 * @param extra fields this model does not name
	 */
	record GroupAfterMemberFieldChanged(@JsonProperty("GroupId") @Nullable String groupId,
			@JsonProperty("Type") @Nullable String type,
			@JsonProperty("Operator_Account") @Nullable String operatorAccount,
			@JsonProperty("Member_Account") @Nullable String memberAccount, @JsonProperty("Role") @Nullable String role,
			@JsonProperty("NameCard") @Nullable String nameCard, @JsonProperty("EventTime") @Nullable Long eventTime,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) implements CallbackEvent {

		/**
		 * The vendor's command.
		 */
		public static final String COMMAND = "Group.CallbackAfterMemberFieldChanged";

		@Override
		public String command() {
			return COMMAND;
		}

	}

	/**
	 * After the custom attributes of a group were set, modified, cleared or deleted.
	 * ({@code Group.CallbackAfterGroupAttrChanged})
	 *
	 * @param groupId the group ({@code GroupId})
	 * @param type the group's type ({@code Type})
	 * @param operatorAccount the operator's UserID ({@code Operator_Account})
	 * @param optionType {@code set}, {@code modify}, {@code clear} or {@code delete}
	 * ({@code OptionType})
	 * @param groupAttr the attributes ({@code GroupAttr})
	 * @param eventTime when the event happened, in Unix milliseconds ({@code EventTime})
	 * @param extra fields this model does not name
	 */
	record GroupAfterGroupAttrChanged(@JsonProperty("GroupId") @Nullable String groupId,
			@JsonProperty("Type") @Nullable String type,
			@JsonProperty("Operator_Account") @Nullable String operatorAccount,
			@JsonProperty("OptionType") @Nullable String optionType,
			@JsonProperty("GroupAttr") @Nullable List<GroupAttr> groupAttr,
			@JsonProperty("EventTime") @Nullable Long eventTime,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) implements CallbackEvent {

		/**
		 * The vendor's command.
		 */
		public static final String COMMAND = "Group.CallbackAfterGroupAttrChanged";

		@Override
		public String command() {
			return COMMAND;
		}

	}

	/**
	 * After group messages got read receipts. ({@code Group.CallbackAfterReadReceipt})
	 *
	 * @param groupId the group ({@code GroupId})
	 * @param type the group's type ({@code Type})
	 * @param groupMsgReceiptList the receipts, per message ({@code GroupMsgReceiptList})
	 * @param eventTime when the event happened, in Unix milliseconds ({@code EventTime})
	 * @param extra fields this model does not name
	 */
	record GroupAfterReadReceipt(@JsonProperty("GroupId") @Nullable String groupId,
			@JsonProperty("Type") @Nullable String type,
			@JsonProperty("GroupMsgReceiptList") @Nullable List<GroupMsgReceipt> groupMsgReceiptList,
			@JsonProperty("EventTime") @Nullable Long eventTime,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) implements CallbackEvent {

		/**
		 * The vendor's command.
		 */
		public static final String COMMAND = "Group.CallbackAfterReadReceipt";

		@Override
		public String command() {
			return COMMAND;
		}

	}

	/**
	 * After a group's owner changed. ({@code Group.CallbackAfterChangeGroupOwner})
	 *
	 * @param groupId the group ({@code GroupId})
	 * @param type the group's type ({@code Type})
	 * @param operatorAccount the operator's UserID ({@code Operator_Account})
	 * @param oldOwnerAccount the former owner's UserID ({@code OldOwner_Account})
	 * @param newOwnerAccount the new owner's UserID ({@code NewOwner_Account})
	 * @param eventTime when the event happened, in Unix milliseconds ({@code EventTime})
	 * @param extra fields this model does not name
	 */
	record GroupAfterChangeGroupOwner(@JsonProperty("GroupId") @Nullable String groupId,
			@JsonProperty("Type") @Nullable String type,
			@JsonProperty("Operator_Account") @Nullable String operatorAccount,
			@JsonProperty("OldOwner_Account") @Nullable String oldOwnerAccount,
			@JsonProperty("NewOwner_Account") @Nullable String newOwnerAccount,
			@JsonProperty("EventTime") @Nullable Long eventTime,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) implements CallbackEvent {

		/**
		 * The vendor's command.
		 */
		public static final String COMMAND = "Group.CallbackAfterChangeGroupOwner";

		@Override
		public String command() {
			return COMMAND;
		}

	}

	/**
	 * When the groups created in a day, net of the groups destroyed, passed 70 % of the
	 * daily limit. ({@code Group.CallbackOnDailyGroupQuotaAlarm})
	 *
	 * @param quotaUsed the day's net new groups ({@code QuotaUsed})
	 * @param quota the daily limit ({@code Quota})
	 * @param eventTime when the event happened, in Unix milliseconds ({@code EventTime})
	 * @param extra fields this model does not name
	 */
	record GroupOnDailyGroupQuotaAlarm(@JsonProperty("QuotaUsed") @Nullable Long quotaUsed,
			@JsonProperty("Quota") @Nullable Long quota, @JsonProperty("EventTime") @Nullable Long eventTime,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) implements CallbackEvent {

		/**
		 * The vendor's command.
		 */
		public static final String COMMAND = "Group.CallbackOnDailyGroupQuotaAlarm";

		@Override
		public String command() {
			return COMMAND;
		}

	}

	/**
	 * After the extension key-values of a group message were set, deleted or cleared.
	 * ({@code Group.CallbackAfterGroupMsgExtension})
	 *
	 * @param groupId the group ({@code GroupId})
	 * @param msgSeq the message's sequence number ({@code MsgSeq})
	 * @param operateType {@code 1} set, {@code 2} delete, {@code 3} clear
	 * ({@code OperateType})
	 * @param extensionList the changed key-values ({@code ExtensionList})
	 * @param seq the message's extension version ({@code Seq})
	 * @param eventTime when the event happened, in Unix milliseconds ({@code EventTime})
	 * @param extra fields this model does not name
	 */
	record GroupAfterGroupMsgExtension(@JsonProperty("GroupId") @Nullable String groupId,
			@JsonProperty("MsgSeq") @Nullable Long msgSeq, @JsonProperty("OperateType") @Nullable Integer operateType,
			@JsonProperty("ExtensionList") @Nullable List<Extension> extensionList,
			@JsonProperty("Seq") @Nullable Long seq, @JsonProperty("EventTime") @Nullable Long eventTime,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) implements CallbackEvent {

		/**
		 * The vendor's command.
		 */
		public static final String COMMAND = "Group.CallbackAfterGroupMsgExtension";

		@Override
		public String command() {
			return COMMAND;
		}

	}

	/**
	 * The result of the cloud content moderation of a message or profile. The vendor's
	 * body carries no {@code CallbackCommand}. ({@code ContentCallback.ResultNotify})
	 *
	 * @param scene the moderated scene, such as {@code C2C} or {@code Group}
	 * ({@code Scene})
	 * @param sdkAppId the application ({@code SdkAppId})
	 * @param fromAccount the sender's UserID ({@code From_Account})
	 * @param contactItem the conversation, as the vendor sends it ({@code ContactItem})
	 * @param contentType the moderated content's type, such as {@code Text}
	 * ({@code ContentType})
	 * @param textContent the moderated texts ({@code TextContent})
	 * @param msgId the message's ID ({@code MsgID})
	 * @param result the moderation result ({@code CtxcbResult})
	 * @param requestId the moderation request's ID ({@code CtxcbRequestId})
	 * @param keywords the matched keywords ({@code CtxcbKeywords})
	 * @param suggestion the suggestion, such as {@code Block} or {@code Review}
	 * ({@code CtxcbSuggestion})
	 * @param label the label ({@code CtxcbLabel})
	 * @param subLabel the sub-label ({@code CtxcbSubLabel})
	 * @param subLabelDesc the sub-label's description ({@code CtxcbSubLabelDesc})
	 * @param libName the matched custom library ({@code CtxcbLibName})
	 * @param cloudCustomData the message's custom data ({@code CloudCustomData})
	 * @param eventTime when the event happened, in Unix milliseconds ({@code EventTime})
	 * @param extra fields this model does not name
	 */
	record ContentResultNotify(@JsonProperty("Scene") @Nullable String scene,
			@JsonProperty("SdkAppId") @Nullable Long sdkAppId,
			@JsonProperty("From_Account") @Nullable String fromAccount,
			@JsonProperty("ContactItem") @Nullable JsonNode contactItem,
			@JsonProperty("ContentType") @Nullable String contentType,
			@JsonProperty("TextContent") @Nullable List<String> textContent,
			@JsonProperty("MsgID") @Nullable String msgId, @JsonProperty("CtxcbResult") @Nullable Integer result,
			@JsonProperty("CtxcbRequestId") @Nullable String requestId,
			@JsonProperty("CtxcbKeywords") @Nullable List<String> keywords,
			@JsonProperty("CtxcbSuggestion") @Nullable String suggestion,
			@JsonProperty("CtxcbLabel") @Nullable String label,
			@JsonProperty("CtxcbSubLabel") @Nullable String subLabel,
			@JsonProperty("CtxcbSubLabelDesc") @Nullable String subLabelDesc,
			@JsonProperty("CtxcbLibName") @Nullable String libName,
			@JsonProperty("CloudCustomData") @Nullable String cloudCustomData,
			@JsonProperty("EventTime") @Nullable Long eventTime,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) implements CallbackEvent {

		/**
		 * The vendor's command.
		 */
		public static final String COMMAND = "ContentCallback.ResultNotify";

		@Override
		public String command() {
			return COMMAND;
		}

	}

	/**
	 * After a one-to-one message was sent to a chatbot. ({@code Bot.OnC2CMessage})
	 *
	 * @param fromAccount the sender's UserID ({@code From_Account})
	 * @param toAccount the chatbot's UserID ({@code To_Account})
	 * @param msgSeq the message's sequence number ({@code MsgSeq})
	 * @param msgRandom the message's random number ({@code MsgRandom})
	 * @param msgTime when the message was sent, in Unix seconds ({@code MsgTime})
	 * @param msgKey the message's key ({@code MsgKey})
	 * @param onlineOnlyFlag {@code 1} for an online-only message ({@code OnlineOnlyFlag})
	 * @param sendMsgResult {@code 0} when the message was sent ({@code SendMsgResult})
	 * @param errorInfo the sending result's description ({@code ErrorInfo})
	 * @param msgBody the message's elements ({@code MsgBody})
	 * @param cloudCustomData the message's custom data ({@code CloudCustomData})
	 * @param eventTime when the event happened, in Unix milliseconds ({@code EventTime})
	 * @param extra fields this model does not name
	 */
	record BotOnC2CMessage(@JsonProperty("From_Account") @Nullable String fromAccount,
			@JsonProperty("To_Account") @Nullable String toAccount, @JsonProperty("MsgSeq") @Nullable Long msgSeq,
			@JsonProperty("MsgRandom") @Nullable Long msgRandom, @JsonProperty("MsgTime") @Nullable Long msgTime,
			@JsonProperty("MsgKey") @Nullable String msgKey,
			@JsonProperty("OnlineOnlyFlag") @Nullable Integer onlineOnlyFlag,
			@JsonProperty("SendMsgResult") @Nullable Integer sendMsgResult,
			@JsonProperty("ErrorInfo") @Nullable String errorInfo,
			@JsonProperty("MsgBody") @Nullable List<MessageElement> msgBody,
			@JsonProperty("CloudCustomData") @Nullable String cloudCustomData,
			@JsonProperty("EventTime") @Nullable Long eventTime,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) implements CallbackEvent {

		/**
		 * The vendor's command.
		 */
		public static final String COMMAND = "Bot.OnC2CMessage";

		@Override
		public String command() {
			return COMMAND;
		}

	}

	/**
	 * After a chatbot was mentioned in a group message. ({@code Bot.OnGroupMessage})
	 *
	 * @param groupId the group ({@code GroupId})
	 * @param type the group's type ({@code Type})
	 * @param fromAccount the sender's UserID ({@code From_Account})
	 * @param operatorAccount the UserID of the request's initiator
	 * ({@code Operator_Account})
	 * @param random the message's random number ({@code Random})
	 * @param msgSeq the message's sequence number ({@code MsgSeq})
	 * @param msgTime when the message was sent, in Unix seconds ({@code MsgTime})
	 * @param onlineOnlyFlag {@code 1} for an online-only message ({@code OnlineOnlyFlag})
	 * @param msgBody the message's elements ({@code MsgBody})
	 * @param atRobotsAccount the mentioned chatbots ({@code AtRobots_Account})
	 * @param cloudCustomData the message's custom data ({@code CloudCustomData})
	 * @param eventTime when the event happened, in Unix milliseconds ({@code EventTime})
	 * @param extra fields this model does not name
	 */
	record BotOnGroupMessage(@JsonProperty("GroupId") @Nullable String groupId,
			@JsonProperty("Type") @Nullable String type, @JsonProperty("From_Account") @Nullable String fromAccount,
			@JsonProperty("Operator_Account") @Nullable String operatorAccount,
			@JsonProperty("Random") @Nullable Long random, @JsonProperty("MsgSeq") @Nullable Long msgSeq,
			@JsonProperty("MsgTime") @Nullable Long msgTime,
			@JsonProperty("OnlineOnlyFlag") @Nullable Integer onlineOnlyFlag,
			@JsonProperty("MsgBody") @Nullable List<MessageElement> msgBody,
			@JsonProperty("AtRobots_Account") @Nullable List<String> atRobotsAccount,
			@JsonProperty("CloudCustomData") @Nullable String cloudCustomData,
			@JsonProperty("EventTime") @Nullable Long eventTime,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) implements CallbackEvent {

		/**
		 * The vendor's command.
		 */
		public static final String COMMAND = "Bot.OnGroupMessage";

		@Override
		public String command() {
			return COMMAND;
		}

	}

	/**
	 * A custom pass-through (signal) message the app sent to a chatbot. The vendor's page
	 * shows no request example this library could check, so only the common fields are
	 * named. ({@code Chatbot.OnC2CSignalMessage})
	 *
	 * @param fromAccount the sender's UserID ({@code From_Account})
	 * @param toAccount the chatbot's UserID ({@code To_Account})
	 * @param msgBody the message's elements ({@code MsgBody})
	 * @param eventTime when the event happened, in Unix milliseconds ({@code EventTime})
	 * @param extra fields this model does not name
	 */
	record ChatbotOnC2CSignalMessage(@JsonProperty("From_Account") @Nullable String fromAccount,
			@JsonProperty("To_Account") @Nullable String toAccount,
			@JsonProperty("MsgBody") @Nullable List<MessageElement> msgBody,
			@JsonProperty("EventTime") @Nullable Long eventTime,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) implements CallbackEvent {

		/**
		 * The vendor's command.
		 */
		public static final String COMMAND = "Chatbot.OnC2CSignalMessage";

		@Override
		public String command() {
			return COMMAND;
		}

	}

	/**
	 * Before an official account is created; the reply may deny it.
	 * ({@code OfficialAccount.CallbackBeforeCreateOfficialAccount})
	 *
	 * @param operatorAccount the operator's UserID ({@code Operator_Account})
	 * @param ownerAccount the owner's UserID ({@code Owner_Account})
	 * @param name the account's name ({@code Name})
	 * @param eventTime when the event happened, in Unix milliseconds ({@code EventTime})
	 * @param extra fields this model does not name
	 */
	record OfficialAccountBeforeCreate(@JsonProperty("Operator_Account") @Nullable String operatorAccount,
			@JsonProperty("Owner_Account") @Nullable String ownerAccount, @JsonProperty("Name") @Nullable String name,
			@JsonProperty("EventTime") @Nullable Long eventTime,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) implements CallbackEvent {

		/**
		 * The vendor's command.
		 */
		public static final String COMMAND = "OfficialAccount.CallbackBeforeCreateOfficialAccount";

		@Override
		public String command() {
			return COMMAND;
		}

	}

	/**
	 * After an official account was created.
	 * ({@code OfficialAccount.CallbackAfterCreateOfficialAccount})
	 *
	 * @param officialAccount the official account ({@code Official_Account})
	 * @param operatorAccount the operator's UserID ({@code Operator_Account})
	 * @param ownerAccount the owner's UserID ({@code Owner_Account})
	 * @param name the account's name ({@code Name})
	 * @param eventTime when the event happened, in Unix milliseconds ({@code EventTime})
	 * @param extra fields this model does not name
	 */
	record OfficialAccountAfterCreate(@JsonProperty("Official_Account") @Nullable String officialAccount,
			@JsonProperty("Operator_Account") @Nullable String operatorAccount,
			@JsonProperty("Owner_Account") @Nullable String ownerAccount, @JsonProperty("Name") @Nullable String name,
			@JsonProperty("EventTime") @Nullable Long eventTime,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) implements CallbackEvent {

		/**
		 * The vendor's command.
		 */
		public static final String COMMAND = "OfficialAccount.CallbackAfterCreateOfficialAccount";

		@Override
		public String command() {
			return COMMAND;
		}

	}

	/**
	 * After an official account's profile changed.
	 * ({@code OfficialAccount.CallbackAfterOfficialAccountInfoChanged})
	 *
	 * @param officialAccount the official account ({@code Official_Account})
	 * @param operatorAccount the operator's UserID ({@code Operator_Account})
	 * @param introduction the new introduction ({@code Introduction})
	 * @param name the new name ({@code Name})
	 * @param faceUrl the new photo URL ({@code FaceUrl})
	 * @param organization the new organization ({@code Organization})
	 * @param eventTime when the event happened, in Unix milliseconds ({@code EventTime})
	 * @param extra fields this model does not name
	 */
	record OfficialAccountAfterInfoChanged(@JsonProperty("Official_Account") @Nullable String officialAccount,
			@JsonProperty("Operator_Account") @Nullable String operatorAccount,
			@JsonProperty("Introduction") @Nullable String introduction, @JsonProperty("Name") @Nullable String name,
			@JsonProperty("FaceUrl") @Nullable String faceUrl,
			@JsonProperty("Organization") @Nullable String organization,
			@JsonProperty("EventTime") @Nullable Long eventTime,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) implements CallbackEvent {

		/**
		 * The vendor's command.
		 */
		public static final String COMMAND = "OfficialAccount.CallbackAfterOfficialAccountInfoChanged";

		@Override
		public String command() {
			return COMMAND;
		}

	}

	/**
	 * After an official account was destroyed.
	 * ({@code OfficialAccount.CallbackAfterOfficialAccountDestroyed})
	 *
	 * @param officialAccount the official account ({@code Official_Account})
	 * @param ownerAccount the owner's UserID ({@code Owner_Account})
	 * @param name the account's name ({@code Name})
	 * @param eventTime when the event happened, in Unix milliseconds ({@code EventTime})
	 * @param extra fields this model does not name
	 */
	record OfficialAccountAfterDestroyed(@JsonProperty("Official_Account") @Nullable String officialAccount,
			@JsonProperty("Owner_Account") @Nullable String ownerAccount, @JsonProperty("Name") @Nullable String name,
			@JsonProperty("EventTime") @Nullable Long eventTime,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) implements CallbackEvent {

		/**
		 * The vendor's command.
		 */
		public static final String COMMAND = "OfficialAccount.CallbackAfterOfficialAccountDestroyed";

		@Override
		public String command() {
			return COMMAND;
		}

	}

	/**
	 * Before users subscribe to an official account; the reply may deny it.
	 * ({@code OfficialAccount.CallbackBeforeAddSubscriber})
	 *
	 * @param officialAccount the official account ({@code Official_Account})
	 * @param operatorAccount the operator's UserID ({@code Operator_Account})
	 * @param subscribeAccountList the subscribers ({@code SubscribeAccountList})
	 * @param eventTime when the event happened, in Unix milliseconds ({@code EventTime})
	 * @param extra fields this model does not name
	 */
	record OfficialAccountBeforeAddSubscriber(@JsonProperty("Official_Account") @Nullable String officialAccount,
			@JsonProperty("Operator_Account") @Nullable String operatorAccount,
			@JsonProperty("SubscribeAccountList") @Nullable List<Subscriber> subscribeAccountList,
			@JsonProperty("EventTime") @Nullable Long eventTime,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) implements CallbackEvent {

		/**
		 * The vendor's command.
		 */
		public static final String COMMAND = "OfficialAccount.CallbackBeforeAddSubscriber";

		@Override
		public String command() {
			return COMMAND;
		}

	}

	/**
	 * After users subscribed to an official account.
	 * ({@code OfficialAccount.CallbackAfterAddSubscriber})
	 *
	 * @param officialAccount the official account ({@code Official_Account})
	 * @param operatorAccount the operator's UserID ({@code Operator_Account})
	 * @param subscribeAccountList the subscribers ({@code SubscribeAccountList})
	 * @param eventTime when the event happened, in Unix milliseconds ({@code EventTime})
	 * @param extra fields this model does not name
	 */
	record OfficialAccountAfterAddSubscriber(@JsonProperty("Official_Account") @Nullable String officialAccount,
			@JsonProperty("Operator_Account") @Nullable String operatorAccount,
			@JsonProperty("SubscribeAccountList") @Nullable List<Subscriber> subscribeAccountList,
			@JsonProperty("EventTime") @Nullable Long eventTime,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) implements CallbackEvent {

		/**
		 * The vendor's command.
		 */
		public static final String COMMAND = "OfficialAccount.CallbackAfterAddSubscriber";

		@Override
		public String command() {
			return COMMAND;
		}

	}

	/**
	 * After an official account reached its subscriber limit.
	 * ({@code OfficialAccount.CallbackAfterOfficialAccountFull})
	 *
	 * @param officialAccount the official account ({@code Official_Account})
	 * @param eventTime when the event happened, in Unix milliseconds ({@code EventTime})
	 * @param extra fields this model does not name
	 */
	record OfficialAccountAfterFull(@JsonProperty("Official_Account") @Nullable String officialAccount,
			@JsonProperty("EventTime") @Nullable Long eventTime,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) implements CallbackEvent {

		/**
		 * The vendor's command.
		 */
		public static final String COMMAND = "OfficialAccount.CallbackAfterOfficialAccountFull";

		@Override
		public String command() {
			return COMMAND;
		}

	}

	/**
	 * After users unsubscribed from an official account.
	 * ({@code OfficialAccount.CallbackAfterDeleteSubscriber})
	 *
	 * @param officialAccount the official account ({@code Official_Account})
	 * @param operatorAccount the operator's UserID ({@code Operator_Account})
	 * @param subscribeAccountList the former subscribers ({@code SubscribeAccountList})
	 * @param eventTime when the event happened, in Unix milliseconds ({@code EventTime})
	 * @param extra fields this model does not name
	 */
	record OfficialAccountAfterDeleteSubscriber(@JsonProperty("Official_Account") @Nullable String officialAccount,
			@JsonProperty("Operator_Account") @Nullable String operatorAccount,
			@JsonProperty("SubscribeAccountList") @Nullable List<Subscriber> subscribeAccountList,
			@JsonProperty("EventTime") @Nullable Long eventTime,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) implements CallbackEvent {

		/**
		 * The vendor's command.
		 */
		public static final String COMMAND = "OfficialAccount.CallbackAfterDeleteSubscriber";

		@Override
		public String command() {
			return COMMAND;
		}

	}

	/**
	 * Before an official account message is sent; the reply may deny or rewrite it.
	 * ({@code OfficialAccount.CallbackBeforeSendMsg})
	 *
	 * @param officialAccount the official account ({@code Official_Account})
	 * @param onlineOnlyFlag {@code 1} for an online-only message ({@code OnlineOnlyFlag})
	 * @param msgBody the message's elements ({@code MsgBody})
	 * @param cloudCustomData the message's custom data ({@code CloudCustomData})
	 * @param eventTime when the event happened, in Unix milliseconds ({@code EventTime})
	 * @param extra fields this model does not name
	 */
	record OfficialAccountBeforeSendMsg(@JsonProperty("Official_Account") @Nullable String officialAccount,
			@JsonProperty("OnlineOnlyFlag") @Nullable Integer onlineOnlyFlag,
			@JsonProperty("MsgBody") @Nullable List<MessageElement> msgBody,
			@JsonProperty("CloudCustomData") @Nullable String cloudCustomData,
			@JsonProperty("EventTime") @Nullable Long eventTime,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) implements CallbackEvent {

		/**
		 * The vendor's command.
		 */
		public static final String COMMAND = "OfficialAccount.CallbackBeforeSendMsg";

		@Override
		public String command() {
			return COMMAND;
		}

	}

	/**
	 * After an official account message was sent.
	 * ({@code OfficialAccount.CallbackAfterSendMsg})
	 *
	 * @param officialAccount the official account ({@code Official_Account})
	 * @param msgKey the message's key ({@code MsgKey})
	 * @param msgTime when the message was sent, in Unix seconds ({@code MsgTime})
	 * @param onlineOnlyFlag {@code 1} for an online-only message ({@code OnlineOnlyFlag})
	 * @param msgBody the message's elements ({@code MsgBody})
	 * @param cloudCustomData the message's custom data ({@code CloudCustomData})
	 * @param eventTime when the event happened, in Unix milliseconds ({@code EventTime})
	 * @param extra fields this model does not name
	 */
	record OfficialAccountAfterSendMsg(@JsonProperty("Official_Account") @Nullable String officialAccount,
			@JsonProperty("MsgKey") @Nullable String msgKey, @JsonProperty("MsgTime") @Nullable Long msgTime,
			@JsonProperty("OnlineOnlyFlag") @Nullable Integer onlineOnlyFlag,
			@JsonProperty("MsgBody") @Nullable List<MessageElement> msgBody,
			@JsonProperty("CloudCustomData") @Nullable String cloudCustomData,
			@JsonProperty("EventTime") @Nullable Long eventTime,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) implements CallbackEvent {

		/**
		 * The vendor's command.
		 */
		public static final String COMMAND = "OfficialAccount.CallbackAfterSendMsg";

		@Override
		public String command() {
			return COMMAND;
		}

	}

	/**
	 * After official account messages were recalled.
	 * ({@code OfficialAccount.CallbackAfterMsgWithDraw})
	 *
	 * @param officialAccount the official account ({@code Official_Account})
	 * @param withdrawMsgList the recalled messages ({@code WithdrawMsgList})
	 * @param eventTime when the event happened, in Unix milliseconds ({@code EventTime})
	 * @param extra fields this model does not name
	 */
	record OfficialAccountAfterMsgWithdraw(@JsonProperty("Official_Account") @Nullable String officialAccount,
			@JsonProperty("WithdrawMsgList") @Nullable List<MsgKeyItem> withdrawMsgList,
			@JsonProperty("EventTime") @Nullable Long eventTime,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) implements CallbackEvent {

		/**
		 * The vendor's command.
		 */
		public static final String COMMAND = "OfficialAccount.CallbackAfterMsgWithDraw";

		@Override
		public String command() {
			return COMMAND;
		}

	}

	/**
	 * A batch of up to 100 offline push results of messages. ({@code Push.OfflinePush})
	 *
	 * @param events the push results ({@code Events})
	 * @param extra fields this model does not name
	 */
	record PushOfflinePush(@JsonProperty("Events") @Nullable List<OfflinePushResult> events,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) implements CallbackEvent {

		/**
		 * The vendor's command.
		 */
		public static final String COMMAND = "Push.OfflinePush";

		@Override
		public String command() {
			return COMMAND;
		}

	}

	/**
	 * A batch of up to 100 push results of all-member, tag or single pushes.
	 * ({@code Push.AllMemberPush})
	 *
	 * @param events the push results ({@code Events})
	 * @param extra fields this model does not name
	 */
	record PushAllMemberPush(@JsonProperty("Events") @Nullable List<AllMemberPushResult> events,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) implements CallbackEvent {

		/**
		 * The vendor's command.
		 */
		public static final String COMMAND = "Push.AllMemberPush";

		@Override
		public String command() {
			return COMMAND;
		}

	}

}
