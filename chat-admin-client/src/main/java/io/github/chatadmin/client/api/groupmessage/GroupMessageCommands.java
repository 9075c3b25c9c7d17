package io.github.chatadmin.client.api.groupmessage;

import java.util.List;

import io.github.chatadmin.client.ChatCommand;
import io.github.chatadmin.client.ChatResponse;
import io.github.chatadmin.client.api.RequestChecks;
import io.github.chatadmin.client.api.message.ExtensionsResponse;
import io.github.chatadmin.client.api.message.MessageCommands;
import io.github.chatadmin.client.api.message.MessageElement;
import io.github.chatadmin.client.api.message.MessagePriority;
import io.github.chatadmin.client.api.message.SetExtensionsResponse;
import org.jspecify.annotations.Nullable;

/**
 * The group message commands of the REST API, each declared once with its limits, quota
 * and input checks.
 * <p>
 * Every write is declared not idempotent: the group pages describe the {@code Random}
 * de-duplication three ways (same content and {@code Random}, same {@code Random}, same
 * sender and {@code Random}, within five minutes) and none says what a dropped duplicate
 * answers, so a call whose outcome is unknown is not sent again.
 *
 * @author chat-admin
 * @since 0.1.0
 */
public final class GroupMessageCommands {

	/**
	 * The vendor's limit of a group ID in UTF-8 bytes.
	 */
	public static final int MAX_GROUP_ID_BYTES = RequestChecks.MAX_GROUP_ID_BYTES;

	private static final String SERVICE = "group_open_http_svc";

	/**
	 * Send a message to a group, or to up to 50 of its members.
	 */
	public static final ChatCommand<SendGroupMessageRequest, SendGroupMessageResponse> SEND = ChatCommand
		.write(SERVICE, "send_group_msg", SendGroupMessageRequest.class, SendGroupMessageResponse.class)
		.withBatchLimit(50)
		.withCheck((request) -> {
			checkGroupId(request.groupId());
			optionalUserId(request.fromAccount(), "From_Account");
			RequestChecks.unsigned32(request.random(), "Random");
			checkBody(request.msgBody(), "MsgBody");
			checkSendPriority(request.msgPriority());
			List<String> receivers = request.toAccount();
			if (receivers != null) {
				if (receivers.isEmpty() || receivers.size() > 50) {
					throw new IllegalArgumentException("'To_Account' must name 1 to 50 members, but named "
							+ receivers.size() + "; a longer list cannot be split without sending several messages");
				}
				RequestChecks.userIds(receivers, "To_Account");
			}
			if (request.onlineOnlyFlag() != null) {
				RequestChecks.range(request.onlineOnlyFlag(), "OnlineOnlyFlag", 0, 1);
				if (request.onlineOnlyFlag() == 1 && request.sendMsgControl() != null
						&& !request.sendMsgControl().isEmpty()) {
					throw new IllegalArgumentException("'SendMsgControl' is not allowed when 'OnlineOnlyFlag' is 1");
				}
			}
			optionalTopic(request.topicId());
			List<GroupAtInfo> mentions = request.groupAtInfo();
			if (mentions != null) {
				for (int i = 0; i < mentions.size(); i++) {
					GroupAtInfo mention = mentions.get(i);
					RequestChecks.notNull(mention, "GroupAtInfo[" + i + "]");
					RequestChecks.range(mention.groupAtAllFlag(), "GroupAtInfo[" + i + "].GroupAtAllFlag", 0, 1);
					if (mention.groupAtAllFlag() == 0) {
						RequestChecks.userId(mention.groupAtAccount(), "GroupAtInfo[" + i + "].GroupAt_Account");
					}
				}
			}
		});

	/**
	 * Send a system notification to every member of a group or to up to 500 of them.
	 */
	public static final ChatCommand<SystemNotificationRequest, ChatResponse> SYSTEM_NOTIFICATION = ChatCommand
		.write(SERVICE, "send_group_system_notification", SystemNotificationRequest.class, ChatResponse.class)
		.withBatchLimit(500)
		.withCheck((request) -> {
			checkGroupId(request.groupId());
			List<String> members = request.toMembersAccount();
			if (members != null) {
				if (members.isEmpty() || members.size() > 500) {
					throw new IllegalArgumentException(
							"'ToMembers_Account' must name 1 to 500 members, but named " + members.size()
									+ "; leave it out to notify every member, the operations split longer lists");
				}
				RequestChecks.userIds(members, "ToMembers_Account");
			}
			RequestChecks.notEmpty(request.content(), "Content");
			optionalTopic(request.topicId());
		});

	/**
	 * Recall up to 10 messages of a group.
	 */
	public static final ChatCommand<GroupRecallRequest, GroupRecallResponse> RECALL = ChatCommand
		.write(SERVICE, "group_msg_recall", GroupRecallRequest.class, GroupRecallResponse.class)
		.withList("MsgSeqList", 10, GroupRecallRequest::msgSeqList)
		.withCheck((request) -> {
			checkGroupId(request.groupId());
			checkSeqs(request.msgSeqList());
			optionalTopic(request.topicId());
		});

	/**
	 * Import up to 7 historical messages into a group. Not sent again after an unknown
	 * outcome: the import page de-duplicates only by {@code Random} within five minutes
	 * and says nothing of a repeated import.
	 */
	public static final ChatCommand<ImportGroupMessagesRequest, ImportGroupMessagesResponse> IMPORT = ChatCommand
		.write(SERVICE, "import_group_msg", ImportGroupMessagesRequest.class, ImportGroupMessagesResponse.class)
		.withList("MsgList", 7, ImportGroupMessagesRequest::msgList)
		.withCheck((request) -> {
			checkGroupId(request.groupId());
			if (request.recentContactFlag() != null) {
				RequestChecks.range(request.recentContactFlag(), "RecentContactFlag", 0, 1);
			}
			checkImported(request.msgList());
			optionalTopic(request.topicId());
		});

	/**
	 * Silently recall the messages one member sent among the group's latest 1,000.
	 */
	public static final ChatCommand<DeleteBySenderRequest, ChatResponse> DELETE_BY_SENDER = ChatCommand
		.write(SERVICE, "delete_group_msg_by_sender", DeleteBySenderRequest.class, ChatResponse.class)
		.withCheck((request) -> {
			checkGroupId(request.groupId());
			RequestChecks.userId(request.senderAccount(), "Sender_Account");
			optionalTopic(request.topicId());
		});

	/**
	 * Read one page of up to 20 messages of a group's history.
	 */
	public static final ChatCommand<GroupHistoryRequest, GroupHistoryResponse> HISTORY = ChatCommand
		.read(SERVICE, "group_msg_get_simple", GroupHistoryRequest.class, GroupHistoryResponse.class)
		.withBatchLimit(GroupHistoryRequest.MAX_PAGE_SIZE)
		.withCheck((request) -> {
			checkGroupId(request.groupId());
			RequestChecks.range(request.reqMsgNumber(), "ReqMsgNumber", 1, GroupHistoryRequest.MAX_PAGE_SIZE);
			if (request.reqMsgSeq() != null) {
				RequestChecks.range(request.reqMsgSeq(), "ReqMsgSeq", 0, Long.MAX_VALUE);
			}
			if (request.withRecalledMsg() != null) {
				RequestChecks.range(request.withRecalledMsg(), "WithRecalledMsg", 0, 1);
			}
			optionalTopic(request.topicId());
		});

	/**
	 * Mark a group's messages deleted for clients.
	 */
	public static final ChatCommand<ClearGroupHistoryRequest, ChatResponse> CLEAR_HISTORY = ChatCommand
		.write(SERVICE, "clear_group_msg", ClearGroupHistoryRequest.class, ChatResponse.class)
		.withCheck((request) -> {
			checkGroupId(request.groupId());
			if (request.msgSeq() != null) {
				RequestChecks.range(request.msgSeq(), "MsgSeq", 0, Long.MAX_VALUE);
			}
		});

	/**
	 * Send one message to every audio-video group of the app, at most once a second.
	 */
	public static final ChatCommand<BroadcastMessageRequest, BroadcastMessageResponse> BROADCAST = ChatCommand
		.write(SERVICE, "send_broadcast_msg", BroadcastMessageRequest.class, BroadcastMessageResponse.class)
		.withQuota(1)
		.withCheck((request) -> {
			optionalUserId(request.fromAccount(), "From_Account");
			RequestChecks.unsigned32(request.random(), "Random");
			checkBody(request.msgBody(), "MsgBody");
		});

	/**
	 * Replace the body or custom data of a group message.
	 */
	public static final ChatCommand<ModifyGroupMessageRequest, ChatResponse> MODIFY = ChatCommand
		.write("openim", "modify_group_msg", ModifyGroupMessageRequest.class, ChatResponse.class)
		.withCheck((request) -> {
			checkGroupId(request.groupId());
			RequestChecks.range(request.msgSeq(), "MsgSeq", 0, Long.MAX_VALUE);
			if (request.msgBody() == null && request.cloudCustomData() == null) {
				throw new IllegalArgumentException("'MsgBody' or 'CloudCustomData' must be set");
			}
			if (request.msgBody() != null) {
				checkBody(request.msgBody(), "MsgBody");
			}
			optionalTopic(request.topicId());
		});

	/**
	 * Send read receipts for up to 50 group messages on behalf of a member (no vendor
	 * page; fields and limit from a third-party SDK).
	 */
	public static final ChatCommand<GroupReadReceiptRequest, ChatResponse> READ_RECEIPT = ChatCommand
		.write(SERVICE, "group_msg_receipt", GroupReadReceiptRequest.class, ChatResponse.class)
		.withList("MsgSeqList", 50, GroupReadReceiptRequest::msgSeqList)
		.withCheck((request) -> {
			checkGroupId(request.groupId());
			RequestChecks.userId(request.fromAccount(), "From_Account");
			checkSeqs(request.msgSeqList());
		});

	/**
	 * Count the members who have and have not read group messages.
	 */
	public static final ChatCommand<ReceiptCountRequest, ReceiptCountResponse> RECEIPT_COUNTS = ChatCommand
		.read(SERVICE, "get_group_msg_receipt", ReceiptCountRequest.class, ReceiptCountResponse.class)
		.withCheck((request) -> {
			checkGroupId(request.groupId());
			if (request.msgSeqList() == null || request.msgSeqList().isEmpty()) {
				throw new IllegalArgumentException("'MsgSeqList' must not be empty");
			}
			checkSeqs(request.msgSeqList());
		});

	/**
	 * Read one page of up to 200 members who have (or have not) read a group message.
	 */
	public static final ChatCommand<ReceiptDetailRequest, ReceiptDetailResponse> RECEIPT_DETAIL = ChatCommand
		.read(SERVICE, "get_group_msg_receipt_detail", ReceiptDetailRequest.class, ReceiptDetailResponse.class)
		.withBatchLimit(ReceiptDetailRequest.MAX_PAGE_SIZE)
		.withCheck((request) -> {
			checkGroupId(request.groupId());
			RequestChecks.range(request.msgSeq(), "MsgSeq", 0, Long.MAX_VALUE);
			RequestChecks.notNull(request.filter(), "Filter");
			RequestChecks.notNull(request.cursor(), "Cursor");
			RequestChecks.range(request.count(), "Count", 1, ReceiptDetailRequest.MAX_PAGE_SIZE);
		});

	/**
	 * Read the extensions of a group message.
	 */
	public static final ChatCommand<GroupGetExtensionsRequest, ExtensionsResponse> GET_EXTENSIONS = ChatCommand
		.read("openim_msg_ext_http_svc", "group_get_key_values", GroupGetExtensionsRequest.class,
				ExtensionsResponse.class)
		.withCheck((request) -> {
			checkGroupId(request.groupId());
			RequestChecks.range(request.msgSeq(), "MsgSeq", 0, Long.MAX_VALUE);
			if (request.startSeq() != null) {
				RequestChecks.range(request.startSeq(), "StartSeq", 0, Long.MAX_VALUE);
			}
		});

	/**
	 * Set, delete or clear up to 20 extension pairs of a group message.
	 */
	public static final ChatCommand<GroupSetExtensionsRequest, SetExtensionsResponse> SET_EXTENSIONS = ChatCommand
		.write("openim_msg_ext_http_svc", "group_set_key_values", GroupSetExtensionsRequest.class,
				SetExtensionsResponse.class)
		.withBatchLimit(20)
		.withCheck((request) -> {
			checkGroupId(request.groupId());
			RequestChecks.range(request.msgSeq(), "MsgSeq", 0, Long.MAX_VALUE);
			MessageCommands.checkExtensions(request.operateType(), request.extensionList());
		});

	private GroupMessageCommands() {
	}

	/**
	 * Check a group ID: not empty, printable ASCII, at most {@value #MAX_GROUP_ID_BYTES}
	 * bytes.
	 * @param groupId the group ID
	 * @see RequestChecks#groupId(String, String)
	 */
	public static void checkGroupId(@Nullable String groupId) {
		RequestChecks.groupId(groupId, "GroupId");
	}

	private static void optionalUserId(@Nullable String userId, String field) {
		if (userId != null) {
			RequestChecks.userId(userId, field);
		}
	}

	private static void optionalTopic(@Nullable String topicId) {
		if (topicId != null) {
			RequestChecks.notEmpty(topicId, "TopicId");
		}
	}

	private static void checkBody(@Nullable List<MessageElement> body, String field) {
		if (body == null || body.isEmpty()) {
			throw new IllegalArgumentException("'" + field + "' must have at least one element");
		}
		for (int i = 0; i < body.size(); i++) {
			RequestChecks.notNull(body.get(i), field + "[" + i + "]");
		}
	}

	private static void checkSendPriority(@Nullable MessagePriority priority) {
		if (priority != null && priority != MessagePriority.HIGH && priority != MessagePriority.NORMAL
				&& priority != MessagePriority.LOW) {
			throw new IllegalArgumentException(
					"'MsgPriority' must be High, Normal or Low, the values the send page lists, but was "
							+ priority.vendorName());
		}
	}

	private static void checkSeqs(List<MessageSeq> seqs) {
		for (int i = 0; i < seqs.size(); i++) {
			MessageSeq seq = seqs.get(i);
			RequestChecks.notNull(seq, "MsgSeqList[" + i + "]");
			RequestChecks.range(seq.msgSeq(), "MsgSeqList[" + i + "].MsgSeq", 0, Long.MAX_VALUE);
		}
	}

	static void checkImported(List<ImportedGroupMessage> messages) {
		long previous = Long.MIN_VALUE;
		for (int i = 0; i < messages.size(); i++) {
			String field = "MsgList[" + i + "]";
			ImportedGroupMessage message = messages.get(i);
			RequestChecks.notNull(message, field);
			RequestChecks.userId(message.fromAccount(), field + ".From_Account");
			RequestChecks.range(message.sendTime(), field + ".SendTime", 1, Long.MAX_VALUE);
			if (message.sendTime() < previous) {
				throw new IllegalArgumentException(
						"'" + field + ".SendTime' " + message.sendTime() + " is earlier than the message before it ("
								+ previous + "): the vendor imports messages in ascending order of time");
			}
			previous = message.sendTime();
			RequestChecks.unsigned32(message.random(), field + ".Random");
			checkBody(message.msgBody(), field + ".MsgBody");
		}
	}

}
