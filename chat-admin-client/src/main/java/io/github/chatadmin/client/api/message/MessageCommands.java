package io.github.chatadmin.client.api.message;

import java.util.List;

import io.github.chatadmin.client.ChatCommand;
import io.github.chatadmin.client.ChatResponse;
import io.github.chatadmin.client.api.RequestChecks;
import org.jspecify.annotations.Nullable;

/**
 * The one-to-one and streaming message commands of the REST API, each declared once with
 * its limits, quota and input checks.
 *
 * @author chat-admin
 * @since 0.1.0
 */
public final class MessageCommands {

	/**
	 * The vendor's limit of a message's lifetime for offline receivers: 7 days.
	 */
	public static final long MAX_LIFE_TIME_SECONDS = 604800;

	/**
	 * Send a message to one user. Not sent again after an unknown outcome: the vendor
	 * drops a duplicate only within a short window.
	 */
	public static final ChatCommand<SendMessageRequest, SendMessageResponse> SEND = ChatCommand
		.write("openim", "sendmsg", SendMessageRequest.class, SendMessageResponse.class)
		.withCheck((request) -> {
			RequestChecks.userId(request.toAccount(), "To_Account");
			optionalUserId(request.fromAccount(), "From_Account");
			checkBody(request.msgBody());
			RequestChecks.unsigned32(request.msgRandom(), "MsgRandom");
			RequestChecks.unsigned32(request.msgSeq(), "MsgSeq");
			checkLifeTime(request.msgLifeTime());
		});

	/**
	 * Send one message to up to 500 users.
	 */
	public static final ChatCommand<BatchSendMessageRequest, BatchSendMessageResponse> BATCH_SEND = ChatCommand
		.write("openim", "batchsendmsg", BatchSendMessageRequest.class, BatchSendMessageResponse.class)
		.withList("To_Account", 500, BatchSendMessageRequest::toAccount)
		.withCheck((request) -> {
			RequestChecks.userIds(request.toAccount(), "To_Account");
			optionalUserId(request.fromAccount(), "From_Account");
			checkBody(request.msgBody());
			RequestChecks.unsigned32(request.msgRandom(), "MsgRandom");
			RequestChecks.unsigned32(request.msgSeq(), "MsgSeq");
			checkLifeTime(request.msgLifeTime());
		});

	/**
	 * Import one historical message. Safe to send again: the request carries
	 * {@code MsgSeq}, {@code MsgRandom} and {@code MsgTimeStamp}, and the vendor keeps
	 * the first import of a message with the same three.
	 */
	public static final ChatCommand<ImportMessageRequest, ChatResponse> IMPORT = new ChatCommand<>("openim",
			"importmsg", ImportMessageRequest.class, ChatResponse.class, true, 0)
		.withCheck((request) -> {
			RequestChecks.userId(request.fromAccount(), "From_Account");
			RequestChecks.userId(request.toAccount(), "To_Account");
			if (request.syncFromOldSystem() != 2 && request.syncFromOldSystem() != 5) {
				throw new IllegalArgumentException(
						"'SyncFromOldSystem' must be 2 or 5, but was " + request.syncFromOldSystem());
			}
			RequestChecks.unsigned32(request.msgRandom(), "MsgRandom");
			RequestChecks.unsigned32(request.msgSeq(), "MsgSeq");
			RequestChecks.range(request.msgTimeStamp(), "MsgTimeStamp", 1, Long.MAX_VALUE);
			checkBody(request.msgBody());
		});

	/**
	 * Read one page of the one-to-one history between two users.
	 */
	public static final ChatCommand<HistoryRequest, HistoryResponse> HISTORY = ChatCommand
		.read("openim", "admin_getroammsg", HistoryRequest.class, HistoryResponse.class)
		.withCheck((request) -> {
			RequestChecks.userId(request.operatorAccount(), "Operator_Account");
			RequestChecks.userId(request.peerAccount(), "Peer_Account");
			RequestChecks.range(request.maxCnt(), "MaxCnt", 1, Integer.MAX_VALUE);
			RequestChecks.range(request.minTime(), "MinTime", 0, request.maxTime());
		});

	/**
	 * Recall a one-to-one message.
	 */
	public static final ChatCommand<RecallMessageRequest, ChatResponse> RECALL = ChatCommand
		.write("openim", "admin_msgwithdraw", RecallMessageRequest.class, ChatResponse.class)
		.withCheck((request) -> {
			RequestChecks.userId(request.fromAccount(), "From_Account");
			RequestChecks.userId(request.toAccount(), "To_Account");
			RequestChecks.notEmpty(request.msgKey(), "MsgKey");
		});

	/**
	 * Mark a one-to-one conversation read for a user.
	 */
	public static final ChatCommand<MarkReadRequest, ChatResponse> MARK_READ = ChatCommand
		.write("openim", "admin_set_msg_read", MarkReadRequest.class, ChatResponse.class)
		.withCheck((request) -> {
			RequestChecks.userId(request.reportAccount(), "Report_Account");
			RequestChecks.userId(request.peerAccount(), "Peer_Account");
		});

	/**
	 * Count a user's unread one-to-one messages, in total or for up to 10 peers.
	 */
	public static final ChatCommand<UnreadCountRequest, UnreadCountResponse> UNREAD_COUNT = ChatCommand
		.read("openim", "get_c2c_unread_msg_num", UnreadCountRequest.class, UnreadCountResponse.class)
		.withBatchLimit(10)
		.withCheck((request) -> {
			RequestChecks.userId(request.toAccount(), "To_Account");
			List<String> peers = request.peerAccount();
			if (peers != null) {
				if (peers.isEmpty() || peers.size() > 10) {
					throw new IllegalArgumentException("'Peer_Account' must name 1 to 10 peers, but named "
							+ peers.size() + "; the operations split longer lists");
				}
				RequestChecks.userIds(peers, "Peer_Account");
			}
		});

	/**
	 * Replace the body or custom data of a one-to-one message.
	 */
	public static final ChatCommand<ModifyMessageRequest, ChatResponse> MODIFY = ChatCommand
		.write("openim", "modify_c2c_msg", ModifyMessageRequest.class, ChatResponse.class)
		.withCheck((request) -> {
			RequestChecks.userId(request.fromAccount(), "From_Account");
			RequestChecks.userId(request.toAccount(), "To_Account");
			RequestChecks.notEmpty(request.msgKey(), "MsgKey");
			if (request.msgBody() == null && request.cloudCustomData() == null) {
				throw new IllegalArgumentException("'MsgBody' or 'CloudCustomData' must be set");
			}
			if (request.msgBody() != null) {
				checkBody(request.msgBody());
			}
		});

	/**
	 * Delete up to 30 messages from one user's side of a one-to-one history.
	 */
	public static final ChatCommand<DeleteHistoryRequest, ChatResponse> DELETE_HISTORY = ChatCommand
		.write("openim", "delete_c2c_msg_ramble", DeleteHistoryRequest.class, ChatResponse.class)
		.withList("MsgKeyList", 30, DeleteHistoryRequest::msgKeyList)
		.withCheck((request) -> {
			RequestChecks.userId(request.operatorAccount(), "Operator_Account");
			RequestChecks.userId(request.peerAccount(), "Peer_Account");
			for (int i = 0; i < request.msgKeyList().size(); i++) {
				RequestChecks.notEmpty(request.msgKeyList().get(i), "MsgKeyList[" + i + "]");
			}
		});

	/**
	 * Send read receipts for one-to-one messages on behalf of their receiver.
	 */
	public static final ChatCommand<ReadReceiptRequest, ChatResponse> READ_RECEIPT = ChatCommand
		.write("openim", "c2c_msg_read_receipt", ReadReceiptRequest.class, ChatResponse.class)
		.withCheck((request) -> {
			RequestChecks.userId(request.operatorAccount(), "Operator_Account");
			RequestChecks.userId(request.peerAccount(), "Peer_Account");
			if (request.c2cMsgInfo() == null || request.c2cMsgInfo().isEmpty()) {
				throw new IllegalArgumentException("'C2CMsgInfo' must not be empty");
			}
			for (int i = 0; i < request.c2cMsgInfo().size(); i++) {
				ReadReceiptRequest.MessageRef ref = request.c2cMsgInfo().get(i);
				RequestChecks.notNull(ref, "C2CMsgInfo[" + i + "]");
				RequestChecks.notEmpty(ref.msgKey(), "C2CMsgInfo[" + i + "].MsgKey");
			}
		});

	/**
	 * Read the extensions of a one-to-one message.
	 */
	public static final ChatCommand<GetExtensionsRequest, ExtensionsResponse> GET_EXTENSIONS = ChatCommand
		.read("openim_msg_ext_http_svc", "get_key_values", GetExtensionsRequest.class, ExtensionsResponse.class)
		.withCheck((request) -> {
			RequestChecks.userId(request.fromAccount(), "From_Account");
			RequestChecks.userId(request.toAccount(), "To_Account");
			RequestChecks.notEmpty(request.msgKey(), "MsgKey");
		});

	/**
	 * Set, delete or clear up to 20 extension pairs of a one-to-one message.
	 */
	public static final ChatCommand<SetExtensionsRequest, SetExtensionsResponse> SET_EXTENSIONS = ChatCommand
		.write("openim_msg_ext_http_svc", "set_key_values", SetExtensionsRequest.class, SetExtensionsResponse.class)
		.withBatchLimit(20)
		.withCheck((request) -> {
			RequestChecks.userId(request.fromAccount(), "From_Account");
			RequestChecks.userId(request.toAccount(), "To_Account");
			RequestChecks.notEmpty(request.msgKey(), "MsgKey");
			checkExtensions(request.operateType(), request.extensionList());
		});

	/**
	 * Start or continue a streaming one-to-one message.
	 */
	public static final ChatCommand<StreamMessageRequest, StreamMessageResponse> STREAM = ChatCommand
		.write("stream_msg", "send_c2c_stream_msg", StreamMessageRequest.class, StreamMessageResponse.class)
		.withCheck((request) -> {
			RequestChecks.userId(request.toAccount(), "To_Account");
			optionalUserId(request.fromAccount(), "From_Account");
			RequestChecks.unsigned32(request.msgRandom(), "MsgRandom");
			checkBody(request.msgBody());
		});

	/**
	 * Start or continue a streaming group message.
	 */
	public static final ChatCommand<GroupStreamMessageRequest, StreamMessageResponse> GROUP_STREAM = ChatCommand
		.write("stream_msg", "send_group_stream_msg", GroupStreamMessageRequest.class, StreamMessageResponse.class)
		.withCheck((request) -> {
			RequestChecks.notEmpty(request.groupId(), "GroupId");
			optionalUserId(request.fromAccount(), "From_Account");
			RequestChecks.unsigned32(request.msgRandom(), "MsgRandom");
			checkBody(request.msgBody());
		});

	private MessageCommands() {
	}

	static void optionalUserId(@Nullable String userId, String field) {
		if (userId != null) {
			RequestChecks.userId(userId, field);
		}
	}

	/**
	 * Check a message body: at least one element, none {@code null}.
	 * @param body the body
	 */
	public static void checkBody(@Nullable List<MessageElement> body) {
		if (body == null || body.isEmpty()) {
			throw new IllegalArgumentException("'MsgBody' must have at least one element");
		}
		for (int i = 0; i < body.size(); i++) {
			RequestChecks.notNull(body.get(i), "MsgBody[" + i + "]");
		}
	}

	/**
	 * Check the pairs of a set-extensions request: 1 set, 2 delete, 3 clear; 1 to 20
	 * pairs unless clearing; keys of at most 100 bytes, values of at most 1000.
	 * @param operateType the operation
	 * @param extensions the pairs
	 */
	public static void checkExtensions(int operateType, @Nullable List<MessageExtension> extensions) {
		RequestChecks.range(operateType, "OperateType", 1, 3);
		if (operateType == 3) {
			return;
		}
		if (extensions == null || extensions.isEmpty() || extensions.size() > 20) {
			throw new IllegalArgumentException("'ExtensionList' must have 1 to 20 pairs, but had "
					+ ((extensions != null) ? extensions.size() : 0));
		}
		for (int i = 0; i < extensions.size(); i++) {
			MessageExtension extension = extensions.get(i);
			RequestChecks.notNull(extension, "ExtensionList[" + i + "]");
			RequestChecks.notEmpty(extension.key(), "ExtensionList[" + i + "].Key");
			RequestChecks.maxBytes(extension.key(), "ExtensionList[" + i + "].Key", 100);
			RequestChecks.maxBytes(extension.value(), "ExtensionList[" + i + "].Value", 1000);
		}
	}

	private static void checkLifeTime(@Nullable Long lifeTime) {
		if (lifeTime != null) {
			RequestChecks.range(lifeTime, "MsgLifeTime", 0, MAX_LIFE_TIME_SECONDS);
		}
	}

}
