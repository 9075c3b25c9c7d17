package io.github.chatadmin.emulator;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import static io.github.chatadmin.emulator.EmulatorFields.MAX_UNSIGNED_32;
import static io.github.chatadmin.emulator.EmulatorFields.array;
import static io.github.chatadmin.emulator.EmulatorFields.integer;
import static io.github.chatadmin.emulator.EmulatorFields.messageBody;
import static io.github.chatadmin.emulator.EmulatorFields.optionalArray;
import static io.github.chatadmin.emulator.EmulatorFields.optionalInteger;
import static io.github.chatadmin.emulator.EmulatorFields.optionalText;
import static io.github.chatadmin.emulator.EmulatorFields.optionalTexts;
import static io.github.chatadmin.emulator.EmulatorFields.random;
import static io.github.chatadmin.emulator.EmulatorFields.text;
import static io.github.chatadmin.emulator.EmulatorFields.utf8Length;

/**
 * The group messages area: sends (to a group or some of its members, system
 * notifications, broadcasts to every audio-video group, streaming), imports, history,
 * recalls, silent deletes by sender, clears, edits, read receipts and message extensions.
 * It keeps each group's messages by sequence number; the groups, their members and their
 * sequence numbers come from the {@link GroupHandler}.
 * <p>
 * The vendor's pages give the field names, limits and most error codes. Where they leave
 * a choice open, the emulator decides as follows; none of these is confirmed by a page:
 * <ul>
 * <li>A sender ({@code From_Account}) that is not an imported account gets 10019 (the
 * general group error "the account does not exist"), one that is not a member 10007.</li>
 * <li>A send is a duplicate, answered with the first message's {@code MsgSeq} and
 * {@code MsgTime} and not stored again, only when the same sender sent the same
 * {@code MsgBody} with the same {@code Random} within five minutes: the pages word the
 * rule three ways, and this is what all three drop. Imports follow the same rule, five
 * minutes measured between the {@code SendTime}s.</li>
 * <li>A field the command does not take in this group type ({@code To_Account} outside
 * work, public and meeting groups, @all in an audio-video group,
 * {@code ToMembers_Account} in an audio-video group) gets 10004; a command the group type
 * does not support (history, modify, read receipts and extensions in an audio-video
 * group, clear in a community, receipts and extensions in a community) gets 10007; a
 * recall in an audio-video group gets 10033.</li>
 * <li>{@code TopicId} gets 10004: the emulator does not model topics.</li>
 * <li>Recalling a message that was already recalled gives the item 10032.</li>
 * <li>{@code group_msg_receipt} has no vendor page: fields and the limit of 50 come from
 * a third-party SDK; a message that does not exist gets 10030.</li>
 * <li>{@code openim/modify_group_msg} answers the openim codes of its page (90001 for a
 * wrong field, 90002 for a wrong {@code MsgBody}), 93000 for a body over 12 KB, 10010 for
 * a group that does not exist and 20022 for a message that does not exist or was
 * recalled.</li>
 * <li>{@code stream_msg/send_group_stream_msg} (a page seen only in part) answers the
 * group codes; a continuation names the message by the {@code MsgKey} of the first
 * answer, and one for a message that does not exist gets 10030, one for a stream that
 * ended (a chunk with {@code IsLast} true, or more than 15 seconds since the last chunk)
 * 10004.</li>
 * <li>The history shows {@code CloudCustomData} when a message has it.</li>
 * </ul>
 *
 * @author chat-admin
 */
final class GroupMessageHandler implements EmulatorArea {

	private static final JsonNodeFactory json = JsonNodeFactory.instance;

	private static final String ADMIN = "administrator";

	private static final String AV_CHAT_ROOM = "AVChatRoom";

	private static final String COMMUNITY = "Community";

	/**
	 * The group types that take {@code To_Account}, read receipts and message extensions:
	 * work, public and meeting groups, under their current and former names.
	 */
	private static final Set<String> ORDINARY = Set.of("Private", "Work", "Public", "ChatRoom", "Meeting");

	private static final Map<String, Integer> PRIORITIES = Map.of("High", 1, "Normal", 2, "Low", 3);

	private static final int NORMAL_PRIORITY = 2;

	private static final long DUPLICATE_WINDOW_SECONDS = 300;

	private static final int MAX_RECEIVERS = 50;

	private static final int MAX_NOTIFIED_MEMBERS = 500;

	private static final int MAX_RECALLED = 10;

	private static final int MAX_IMPORTED = 7;

	private static final int MAX_HISTORY_PAGE = 20;

	private static final int DELETE_BY_SENDER_SCOPE = 1000;

	private static final int MAX_RECEIPTS = 50;

	private static final int MAX_RECEIPT_PAGE = 200;

	private static final int MAX_EXTENSIONS_SET = 20;

	private static final int MAX_EXTENSIONS_PULLED = 200;

	private static final int MAX_EXTENSION_KEY_BYTES = 100;

	private static final int MAX_EXTENSION_VALUE_BYTES = 1000;

	private static final int MAX_STREAM_BODY_BYTES = 128 * 1024;

	private static final long STREAM_GAP_SECONDS = 15;

	/**
	 * Where the receipt detail cursors start: 2^57, so that a cursor, like the vendor's,
	 * is a number beyond 2^53 that a client must keep as a string.
	 */
	private static final long CURSOR_BASE = 1L << 57;

	private final AccountHandler accounts;

	private final GroupHandler groups;

	private final Clock clock;

	private final Map<String, NavigableMap<Long, GroupMessage>> histories = new HashMap<>();

	private final List<GroupMessage> broadcasts = new ArrayList<>();

	private long broadcastSeq;

	private final ConversationHandler recent;

	private final GlobalMuteHandler mutes;

	GroupMessageHandler(AccountHandler accounts, GroupHandler groups, Clock clock, ConversationHandler recent,
			GlobalMuteHandler mutes) {
		this.accounts = accounts;
		this.groups = groups;
		this.clock = clock;
		this.recent = recent;
		this.mutes = mutes;
	}

	@Override
	public Map<String, Function<JsonNode, ObjectNode>> commands() {
		Map<String, Function<JsonNode, ObjectNode>> commands = new HashMap<>();
		commands.put("group_open_http_svc/send_group_msg", this::sendGroupMsg);
		commands.put("group_open_http_svc/send_group_system_notification", this::sendSystemNotification);
		commands.put("group_open_http_svc/group_msg_recall", this::recall);
		commands.put("group_open_http_svc/import_group_msg", this::importGroupMsg);
		commands.put("group_open_http_svc/delete_group_msg_by_sender", this::deleteBySender);
		commands.put("group_open_http_svc/group_msg_get_simple", this::history);
		commands.put("group_open_http_svc/clear_group_msg", this::clear);
		commands.put("group_open_http_svc/send_broadcast_msg", this::broadcast);
		commands.put("openim/modify_group_msg", this::modify);
		commands.put("group_open_http_svc/group_msg_receipt", this::readReceipt);
		commands.put("group_open_http_svc/get_group_msg_receipt", this::receiptCounts);
		commands.put("group_open_http_svc/get_group_msg_receipt_detail", this::receiptDetail);
		commands.put("openim_msg_ext_http_svc/group_get_key_values", this::getKeyValues);
		commands.put("openim_msg_ext_http_svc/group_set_key_values", this::setKeyValues);
		commands.put("stream_msg/send_group_stream_msg", this::streamMsg);
		return Map.copyOf(commands);
	}

	@Override
	public void reset() {
		this.histories.clear();
		this.broadcasts.clear();
		this.broadcastSeq = 0;
	}

	@Override
	public void forgetGroup(String groupId) {
		this.histories.remove(groupId);
	}

	@Override
	public void forgetAccount(String userId) {
		for (NavigableMap<Long, GroupMessage> history : this.histories.values()) {
			for (GroupMessage message : history.values()) {
				message.audience.remove(userId);
				message.readers.remove(userId);
			}
		}
	}

	private long now() {
		return this.clock.millis() / 1000;
	}

	private GroupHandler.Group group(JsonNode body, int code) {
		return this.groups.require(text(body, "GroupId", code));
	}

	private NavigableMap<Long, GroupMessage> history(GroupHandler.Group group) {
		return this.histories.computeIfAbsent(group.id(), (id) -> new TreeMap<>());
	}

	/**
	 * Return a message of a group's history that was not recalled.
	 */
	private @Nullable GroupMessage live(GroupHandler.Group group, long seq) {
		GroupMessage message = history(group).get(seq);
		return (message != null && message.stored && !message.recalled) ? message : null;
	}

	private static void refuseType(GroupHandler.Group group, Set<String> refused, int code, String what) {
		if (refused.contains(group.type())) {
			throw new EmulatorError(code, what + " is not supported in a " + group.type() + " group");
		}
	}

	private static void requireOrdinary(GroupHandler.Group group, String what) {
		if (!ORDINARY.contains(group.type())) {
			throw new EmulatorError(10007, what + " is supported in work, public and meeting groups only, not in a "
					+ group.type() + " group");
		}
	}

	private static void noTopic(JsonNode body, int code) {
		if (optionalText(body, "TopicId", code) != null) {
			throw new EmulatorError(code,
					"'TopicId' names a topic of a topic-enabled community; the emulator does not model topics");
		}
	}

	/**
	 * Read an optional sender: an imported account that is a member of the group.
	 * @return the sender, or {@code null} for the app admin
	 */
	private @Nullable String member(GroupHandler.Group group, JsonNode body, String field, int code) {
		String from = optionalText(body, field, code);
		if (from == null) {
			return null;
		}
		this.accounts.require(from, 10019, field);
		if (!group.isMember(from)) {
			throw new EmulatorError(10007, from + " is not a member of the group " + group.id());
		}
		return from;
	}

	private static long seqOf(JsonNode item, String field, int code) {
		if (!item.isObject()) {
			throw new EmulatorError(code, "each '" + field + "' item must be an object with a 'MsgSeq'");
		}
		return integer(item, "MsgSeq", 0, Long.MAX_VALUE, code);
	}

	private static List<Long> seqList(JsonNode body, int limit) {
		List<Long> seqs = new ArrayList<>();
		for (JsonNode item : array(body, "MsgSeqList", 10004, limit, 10004)) {
			seqs.add(seqOf(item, "MsgSeqList", 10004));
		}
		return seqs;
	}

	private static void checkChoices(JsonNode body, String field, Set<String> allowed) {
		for (String value : optionalTexts(body, field, 10004, Integer.MAX_VALUE)) {
			if (!allowed.contains(value)) {
				throw new EmulatorError(10004, "'" + field + "' holds " + value + "; it takes " + allowed);
			}
		}
	}

	private static @Nullable GroupMessage duplicate(Iterable<GroupMessage> messages, String from, long random,
			JsonNode body, long time) {
		for (GroupMessage message : messages) {
			if (message.from.equals(from) && message.random == random && message.body.equals(body)
					&& Math.abs(message.time - time) <= DUPLICATE_WINDOW_SECONDS) {
				return message;
			}
		}
		return null;
	}

	private GroupMessage store(GroupHandler.Group group, String from, long random, long time, JsonNode body,
			boolean stored) {
		long seq = group.nextSeq();
		GroupMessage message = new GroupMessage(from, seq, random, time, body, stored);
		for (String member : group.memberIds()) {
			if (!member.equals(from)) {
				message.audience.add(member);
			}
		}
		history(group).put(seq, message);
		return message;
	}

	/**
	 * Send a message to a group, or to some of its members ({@code To_Account}). An
	 * audio-video group keeps no history, and neither does a message sent with
	 * {@code OnlineOnlyFlag} 1; both still take a sequence number.
	 */
	private ObjectNode sendGroupMsg(JsonNode body) {
		GroupHandler.Group group = group(body, 10004);
		long random = random(body, "Random", 10004);
		JsonNode msgBody = messageBody(body, 10004, 80002);
		String from = member(group, body, "From_Account", 10004);
		if (from != null && group.isMuted(from, now())) {
			throw new EmulatorError(10017, from + " is muted in the group " + group.id());
		}
		if (from != null) {
			this.mutes.refuseGroup(from);
		}
		String priority = optionalText(body, "MsgPriority", 10004);
		if (priority != null && !PRIORITIES.containsKey(priority)) {
			throw new EmulatorError(10004, "'MsgPriority' must be High, Normal or Low (case-sensitive)");
		}
		String cloudCustomData = optionalText(body, "CloudCustomData", 10004);
		boolean extensions = optionalInteger(body, "SupportMessageExtension", 0, 1, 0, 10004) == 1;
		boolean onlineOnly = optionalInteger(body, "OnlineOnlyFlag", 0, 1, 0, 10004) == 1;
		checkChoices(body, "SendMsgControl", Set.of("NoLastMsg", "NoUnread"));
		if (onlineOnly && !optionalTexts(body, "SendMsgControl", 10004, Integer.MAX_VALUE).isEmpty()) {
			throw new EmulatorError(10004, "'SendMsgControl' is not allowed when 'OnlineOnlyFlag' is 1");
		}
		checkChoices(body, "ForbidCallbackControl",
				Set.of("ForbidBeforeSendMsgCallback", "ForbidAfterSendMsgCallback"));
		JsonNode push = body.get("OfflinePushInfo");
		if (push != null && !push.isNull() && !push.isObject()) {
			throw new EmulatorError(10004, "'OfflinePushInfo' must be an object");
		}
		List<String> receivers = optionalTexts(body, "To_Account", 10004, MAX_RECEIVERS);
		if (!receivers.isEmpty() && !ORDINARY.contains(group.type())) {
			throw new EmulatorError(10004, "'To_Account' is for work, public and meeting groups only");
		}
		checkMentions(body, group);
		noTopic(body, 10004);
		String sender = (from != null) ? from : ADMIN;
		long time = now();
		GroupMessage previous = duplicate(history(group).descendingMap().values(), sender, random, msgBody, time);
		if (previous != null) {
			return json.objectNode().put("MsgTime", previous.time).put("MsgSeq", previous.seq);
		}
		GroupMessage message = store(group, sender, random, time, msgBody,
				!onlineOnly && !group.type().equals(AV_CHAT_ROOM));
		message.priority = (priority != null) ? PRIORITIES.get(priority) : NORMAL_PRIORITY;
		message.cloudCustomData = cloudCustomData;
		message.extensions = extensions;
		if (!receivers.isEmpty()) {
			message.audience.retainAll(receivers);
		}
		if (!onlineOnly && !group.type().equals(AV_CHAT_ROOM)) {
			this.recent.onGroupMessage(group.id(), group.memberIds(), time);
		}
		return json.objectNode().put("MsgTime", message.time).put("MsgSeq", message.seq);
	}

	private static void checkMentions(JsonNode body, GroupHandler.Group group) {
		for (JsonNode mention : optionalArray(body, "GroupAtInfo", 10004, Integer.MAX_VALUE)) {
			if (!mention.isObject()) {
				throw new EmulatorError(10004, "each 'GroupAtInfo' item must be an object");
			}
			if (integer(mention, "GroupAtAllFlag", 0, 1, 10004) == 0) {
				text(mention, "GroupAt_Account", 10004);
			}
			else if (group.type().equals(AV_CHAT_ROOM)) {
				throw new EmulatorError(10004, "an AVChatRoom group does not support @all");
			}
		}
	}

	/**
	 * Send a system notification to every member or to some. Clients receive it as custom
	 * data: it has no sequence number and is not in the history.
	 */
	private ObjectNode sendSystemNotification(JsonNode body) {
		GroupHandler.Group group = group(body, 10004);
		List<String> members = optionalTexts(body, "ToMembers_Account", 10004, MAX_NOTIFIED_MEMBERS);
		if (!members.isEmpty() && group.type().equals(AV_CHAT_ROOM)) {
			throw new EmulatorError(10004, "an AVChatRoom group takes system notifications to all members only");
		}
		text(body, "Content", 10004);
		noTopic(body, 10004);
		return json.objectNode();
	}

	/**
	 * Recall up to 10 messages; each gets its own {@code RetCode}: 0, 10030 when it does
	 * not exist, 10032 when it was already recalled (not confirmed).
	 */
	private ObjectNode recall(JsonNode body) {
		GroupHandler.Group group = group(body, 10004);
		if (group.type().equals(AV_CHAT_ROOM)) {
			throw new EmulatorError(10033, "an AVChatRoom group does not support recalling messages");
		}
		List<Long> seqs = seqList(body, MAX_RECALLED);
		noTopic(body, 10004);
		ObjectNode result = json.objectNode();
		ArrayNode results = result.putArray("RecallRetList");
		for (long seq : seqs) {
			GroupMessage message = history(group).get(seq);
			int code;
			if (message == null || !message.stored) {
				code = 10030;
			}
			else if (message.recalled) {
				code = 10032;
			}
			else {
				message.recalled = true;
				code = 0;
			}
			results.addObject().put("MsgSeq", seq).put("RetCode", code);
		}
		return result;
	}

	/**
	 * Import up to 7 messages, each later than or as late as the group's last message and
	 * not later than now (else its {@code Result} is 10004), at most 12 KB (else 80002).
	 * The group's creation time is not checked: the emulator does not model
	 * {@code import_group}, which sets a creation time in the past.
	 */
	private ObjectNode importGroupMsg(JsonNode body) {
		GroupHandler.Group group = group(body, 10004);
		if (group.type().equals(AV_CHAT_ROOM)) {
			throw new EmulatorError(10007, "messages cannot be imported into an AVChatRoom group");
		}
		optionalInteger(body, "RecentContactFlag", 0, 1, 0, 10004);
		noTopic(body, 10004);
		List<Imported> imported = new ArrayList<>();
		for (JsonNode item : array(body, "MsgList", 10004, MAX_IMPORTED, 10004)) {
			if (!item.isObject()) {
				throw new EmulatorError(10004, "each 'MsgList' item must be an object");
			}
			String from = text(item, "From_Account", 10004);
			this.accounts.require(from, 10019, "From_Account");
			long sendTime = integer(item, "SendTime", 1, MAX_UNSIGNED_32, 10004);
			long random = optionalInteger(item, "Random", 0, MAX_UNSIGNED_32, -1, 10004);
			JsonNode msgBody;
			try {
				msgBody = messageBody(item, 10004, 80002);
			}
			catch (EmulatorError ex) {
				if (ex.code() != 80002) {
					throw ex;
				}
				msgBody = null;
			}
			imported.add(new Imported(from, sendTime, random, msgBody));
		}
		ObjectNode result = json.objectNode();
		ArrayNode results = result.putArray("ImportMsgResult");
		NavigableMap<Long, GroupMessage> history = history(group);
		for (Imported item : imported) {
			ObjectNode entry = results.addObject();
			if (item.body == null) {
				entry.put("MsgTime", item.sendTime).put("Result", 80002);
				continue;
			}
			GroupMessage previous = (item.random >= 0)
					? duplicate(history.values(), item.from, item.random, item.body, item.sendTime) : null;
			if (previous != null) {
				entry.put("MsgSeq", previous.seq).put("MsgTime", previous.time).put("Result", 0);
				continue;
			}
			long latest = history.isEmpty() ? 0 : history.lastEntry().getValue().time;
			if (item.sendTime > now() || item.sendTime < latest) {
				entry.put("MsgTime", item.sendTime).put("Result", 10004);
				continue;
			}
			long random = (item.random >= 0) ? item.random : ThreadLocalRandom.current().nextLong(MAX_UNSIGNED_32 + 1);
			GroupMessage message = store(group, item.from, random, item.sendTime, item.body, true);
			entry.put("MsgSeq", message.seq).put("MsgTime", message.time).put("Result", 0);
		}
		return result;
	}

	/**
	 * Silently recall the messages a member sent among the group's last 1,000; in an
	 * audio-video group, which keeps no history, nothing happens.
	 */
	private ObjectNode deleteBySender(JsonNode body) {
		GroupHandler.Group group = group(body, 10004);
		String sender = text(body, "Sender_Account", 10004);
		noTopic(body, 10004);
		int scanned = 0;
		for (GroupMessage message : history(group).descendingMap().values()) {
			if (!message.stored) {
				continue;
			}
			if (scanned++ == DELETE_BY_SENDER_SCOPE) {
				break;
			}
			if (message.from.equals(sender)) {
				message.recalled = true;
			}
		}
		return json.objectNode();
	}

	/**
	 * Read a page of history, newest first: the messages whose sequence numbers are in
	 * the requested range ({@code ReqMsgSeq}, the last message's by default, and the
	 * {@code ReqMsgNumber - 1} before it), at most 20. {@code IsFinished} is about the
	 * range only, as the page defines it: 1 when every message of the range was returned,
	 * 0 when not (the range is longer than 20). Recalled messages are left out unless
	 * {@code WithRecalledMsg} is 1, then they keep their place with an empty body and
	 * {@code IsPlaceMsg} 2. Cleared messages are still returned: the app admin can read
	 * them. An audio-video group keeps no history: 10007 (not confirmed).
	 */
	private ObjectNode history(JsonNode body) {
		GroupHandler.Group group = group(body, 10004);
		long count = integer(body, "ReqMsgNumber", 1, Long.MAX_VALUE, 10004);
		long top = Math.min(optionalInteger(body, "ReqMsgSeq", 0, Long.MAX_VALUE, Long.MAX_VALUE, 10004),
				group.lastSeq());
		boolean withRecalled = optionalInteger(body, "WithRecalledMsg", 0, 1, 0, 10004) == 1;
		noTopic(body, 10004);
		refuseType(group, Set.of(AV_CHAT_ROOM), 10007, "reading the history");
		long bottom = Math.max(1, top - count + 1);
		ArrayNode list = json.arrayNode();
		boolean finished = true;
		if (top >= bottom) {
			for (GroupMessage message : history(group).subMap(bottom, true, top, true).descendingMap().values()) {
				if (!message.stored || (message.recalled && !withRecalled)) {
					continue;
				}
				if (list.size() == MAX_HISTORY_PAGE) {
					finished = false;
					break;
				}
				ObjectNode item = list.addObject()
					.put("From_Account", message.from)
					.put("IsPlaceMsg", message.recalled ? 2 : 0)
					.put("MsgPriority", message.priority)
					.put("MsgRandom", message.random)
					.put("MsgSeq", message.seq)
					.put("MsgTimeStamp", message.time);
				item.set("MsgBody", message.recalled ? json.arrayNode() : message.body);
				if (message.cloudCustomData != null && !message.recalled) {
					item.put("CloudCustomData", message.cloudCustomData);
				}
			}
		}
		ObjectNode result = json.objectNode().put("GroupId", group.id()).put("IsFinished", finished ? 1 : 0);
		result.set("RspMsgList", list);
		return result;
	}

	/**
	 * Clear the history (all, or the messages up to {@code MsgSeq}) for clients. The
	 * vendor marks the messages deleted and the app admin still reads them through
	 * {@code group_msg_get_simple}, so nothing the REST API returns changes and the
	 * emulator keeps nothing for it. A community gets 10007 (not confirmed).
	 */
	private ObjectNode clear(JsonNode body) {
		GroupHandler.Group group = group(body, 10004);
		optionalInteger(body, "MsgSeq", 0, Long.MAX_VALUE, Long.MAX_VALUE, 10004);
		refuseType(group, Set.of(COMMUNITY), 10007, "clearing the history");
		return json.objectNode();
	}

	/**
	 * Send one message to every audio-video group. Each group gives it its own next
	 * sequence number (not confirmed); the answer's {@code MsgSeq} counts broadcasts.
	 */
	private ObjectNode broadcast(JsonNode body) {
		String from = optionalText(body, "From_Account", 10004);
		if (from != null) {
			this.accounts.require(from, 10019, "From_Account");
		}
		long random = random(body, "Random", 10004);
		JsonNode msgBody = messageBody(body, 10004, 80002);
		String cloudCustomData = optionalText(body, "CloudCustomData", 10004);
		String sender = (from != null) ? from : ADMIN;
		long time = now();
		GroupMessage previous = duplicate(this.broadcasts, sender, random, msgBody, time);
		if (previous != null) {
			return json.objectNode().put("MsgSeq", previous.seq);
		}
		GroupMessage sent = new GroupMessage(sender, ++this.broadcastSeq, random, time, msgBody, false);
		this.broadcasts.add(sent);
		for (GroupHandler.Group group : this.groups.ofType(AV_CHAT_ROOM)) {
			store(group, sender, random, time, msgBody, false).cloudCustomData = cloudCustomData;
		}
		return json.objectNode().put("MsgSeq", sent.seq);
	}

	/**
	 * Replace the body and/or the custom data of a message.
	 */
	private ObjectNode modify(JsonNode body) {
		GroupHandler.Group group = group(body, 90001);
		long seq = integer(body, "MsgSeq", 0, Long.MAX_VALUE, 90001);
		noTopic(body, 90001);
		refuseType(group, Set.of(AV_CHAT_ROOM), 10007, "modifying a message");
		boolean hasBody = body.has("MsgBody") && !body.get("MsgBody").isNull();
		JsonNode msgBody = hasBody ? messageBody(body, 90002, 93000) : null;
		String cloudCustomData = optionalText(body, "CloudCustomData", 90001);
		if (msgBody == null && cloudCustomData == null) {
			throw new EmulatorError(90001, "'MsgBody' or 'CloudCustomData' must be set");
		}
		GroupMessage message = live(group, seq);
		if (message == null) {
			throw new EmulatorError(20022,
					"the message " + seq + " of the group " + group.id() + " does not exist or was recalled");
		}
		if (msgBody != null) {
			message.body = msgBody;
		}
		if (cloudCustomData != null) {
			message.cloudCustomData = cloudCustomData;
		}
		return json.objectNode();
	}

	/**
	 * Mark up to 50 messages read by a member (no vendor page).
	 */
	private ObjectNode readReceipt(JsonNode body) {
		GroupHandler.Group group = group(body, 10004);
		String reader = text(body, "From_Account", 10004);
		this.accounts.require(reader, 10019, "From_Account");
		if (!group.isMember(reader)) {
			throw new EmulatorError(10007, reader + " is not a member of the group " + group.id());
		}
		List<Long> seqs = seqList(body, MAX_RECEIPTS);
		requireOrdinary(group, "read receipts");
		List<GroupMessage> messages = new ArrayList<>();
		for (long seq : seqs) {
			GroupMessage message = live(group, seq);
			if (message == null) {
				throw new EmulatorError(10030,
						"the message " + seq + " of the group " + group.id() + " does not exist or was recalled");
			}
			messages.add(message);
		}
		for (GroupMessage message : messages) {
			if (message.audience.contains(reader)) {
				message.readers.add(reader);
			}
		}
		return json.objectNode();
	}

	/**
	 * Count who has read each message and who has not, among the members it was sent to
	 * (the group's members when it was sent, without its sender); a message that does not
	 * exist gets {@code Code} 10062.
	 */
	private ObjectNode receiptCounts(JsonNode body) {
		GroupHandler.Group group = group(body, 10004);
		List<Long> seqs = seqList(body, Integer.MAX_VALUE);
		requireOrdinary(group, "read receipts");
		ObjectNode result = json.objectNode();
		ArrayNode counts = result.putArray("GroupMsgReceiptList");
		for (long seq : seqs) {
			GroupMessage message = live(group, seq);
			if (message == null) {
				counts.addObject().put("Code", 10062).put("MsgSeq", seq).put("ReadNum", 0).put("UnreadNum", 0);
				continue;
			}
			counts.addObject()
				.put("Code", 0)
				.put("MsgSeq", seq)
				.put("ReadNum", message.readers.size())
				.put("UnreadNum", message.audience.size() - message.readers.size());
		}
		return result;
	}

	/**
	 * Page the members who have read a message ({@code Filter} 0, in the order they read
	 * it) or have not ({@code Filter} 1, in the order they joined). {@code Cursor} is
	 * {@code ""} first, then the one the last page returned: a decimal string beyond
	 * 2^53. The last page has {@code IsFinish} 1 and {@code Cursor} "0", as in the page's
	 * example.
	 */
	private ObjectNode receiptDetail(JsonNode body) {
		GroupHandler.Group group = group(body, 10004);
		long seq = integer(body, "MsgSeq", 0, Long.MAX_VALUE, 10004);
		boolean read = integer(body, "Filter", 0, 1, 10004) == 0;
		long start = cursor(body);
		int count = (int) integer(body, "Count", 1, MAX_RECEIPT_PAGE, 10004);
		requireOrdinary(group, "read receipts");
		GroupMessage message = live(group, seq);
		if (message == null) {
			throw new EmulatorError(10062, "the message " + seq + " of the group " + group.id() + " has no receipt");
		}
		List<String> candidates = new ArrayList<>(read ? message.readers : message.audience);
		ArrayNode list = json.arrayNode();
		long position = start;
		while (position < candidates.size() && list.size() < count) {
			String member = candidates.get((int) position++);
			if (read) {
				list.addObject().put("Read_Account", member);
			}
			else if (!message.readers.contains(member)) {
				list.addObject().put("Unread_Account", member);
			}
		}
		boolean finished = true;
		for (long i = position; i < candidates.size() && finished; i++) {
			finished = !read && message.readers.contains(candidates.get((int) i));
		}
		ObjectNode result = json.objectNode()
			.put("Cursor", finished ? "0" : Long.toString(CURSOR_BASE + position))
			.put("IsFinish", finished ? 1 : 0)
			.put("MsgSeq", seq);
		result.set(read ? "ReadList" : "UnreadList", list);
		return result;
	}

	private static long cursor(JsonNode body) {
		JsonNode value = body.get("Cursor");
		if (value == null || !value.isString()) {
			throw new EmulatorError(10004, "'Cursor' must be a string: \"\" for the first page");
		}
		String cursor = value.stringValue();
		if (cursor.isEmpty() || cursor.equals("0")) {
			return 0;
		}
		try {
			long position = Long.parseLong(cursor);
			if (position >= CURSOR_BASE) {
				return position - CURSOR_BASE;
			}
		}
		catch (NumberFormatException ex) {
			// refused below
		}
		throw new EmulatorError(10004, "'Cursor' " + cursor + " is not a cursor this command returned");
	}

	private GroupMessage extensible(JsonNode body) {
		GroupHandler.Group group = group(body, 10004);
		long seq = integer(body, "MsgSeq", 0, Long.MAX_VALUE, 10004);
		requireOrdinary(group, "message extensions");
		GroupMessage message = live(group, seq);
		if (message == null) {
			throw new EmulatorError(23004, "the message " + seq + " of the group " + group.id() + " does not exist");
		}
		return message;
	}

	/**
	 * Read the extensions of a message whose {@code Seq} is at least {@code StartSeq}, by
	 * {@code Seq}, at most 200 ({@code CompleteFlag} 0 when there are more).
	 */
	private ObjectNode getKeyValues(JsonNode body) {
		GroupMessage message = extensible(body);
		long startSeq = optionalInteger(body, "StartSeq", 0, Long.MAX_VALUE, 0, 10004);
		List<Map.Entry<String, KeyValue>> entries = new ArrayList<>();
		for (Map.Entry<String, KeyValue> entry : message.keyValues.entrySet()) {
			if (entry.getValue().seq >= startSeq) {
				entries.add(entry);
			}
		}
		entries.sort(Comparator.comparingLong((entry) -> entry.getValue().seq));
		ObjectNode result = json.objectNode()
			.put("CompleteFlag", (entries.size() <= MAX_EXTENSIONS_PULLED) ? 1 : 0)
			.put("LatestSeq", message.extensionSeq)
			.put("ClearSeq", message.clearSeq);
		ArrayNode list = result.putArray("ExtensionList");
		for (Map.Entry<String, KeyValue> entry : entries.subList(0, Math.min(entries.size(), MAX_EXTENSIONS_PULLED))) {
			list.addObject()
				.put("Key", entry.getKey())
				.put("Value", entry.getValue().value)
				.put("Seq", entry.getValue().seq);
		}
		return result;
	}

	/**
	 * Set (1), delete (2) or clear (3) extensions, versioned as the one-to-one ones: an
	 * item whose {@code Seq} is not the key's current one gets 23001 and the current
	 * pair. The page also says that the {@code Seq} of an app admin is not checked, while
	 * its example answers 23001 to one; the emulator checks it.
	 */
	private ObjectNode setKeyValues(JsonNode body) {
		GroupMessage message = extensible(body);
		long operation = integer(body, "OperateType", 1, 3, 10004);
		if (!message.extensions) {
			throw new EmulatorError(23002, "the message was not sent with SupportMessageExtension 1");
		}
		ObjectNode result = json.objectNode();
		ArrayNode results = result.putArray("ExtensionList");
		if (operation == 3) {
			message.keyValues.clear();
			message.clearSeq = ++message.extensionSeq;
			return result;
		}
		List<Extension> items = new ArrayList<>();
		for (JsonNode item : array(body, "ExtensionList", 10004, MAX_EXTENSIONS_SET, 10004)) {
			if (!item.isObject()) {
				throw new EmulatorError(10004, "each 'ExtensionList' item must be an object");
			}
			String key = text(item, "Key", 10004);
			if (utf8Length(key) > MAX_EXTENSION_KEY_BYTES) {
				throw new EmulatorError(10004, "an extension 'Key' is at most " + MAX_EXTENSION_KEY_BYTES + " bytes");
			}
			String value = optionalText(item, "Value", 10004);
			if (operation == 1 && value == null) {
				throw new EmulatorError(10004, "setting an extension needs its 'Value'");
			}
			if (value != null && utf8Length(value) > MAX_EXTENSION_VALUE_BYTES) {
				throw new EmulatorError(10004,
						"an extension 'Value' is at most " + MAX_EXTENSION_VALUE_BYTES + " bytes");
			}
			items.add(new Extension(key, (value != null) ? value : "",
					optionalInteger(item, "Seq", 0, Long.MAX_VALUE, 0, 10004)));
		}
		for (Extension item : items) {
			KeyValue current = message.keyValues.get(item.key);
			ObjectNode entry = results.addObject();
			if (current != null && item.seq != current.seq) {
				entry.put("ErrorCode", 23001);
				entry.putObject("Extension").put("Key", item.key).put("Value", current.value).put("Seq", current.seq);
				continue;
			}
			long next = ++message.extensionSeq;
			String value = (operation == 2) ? "" : item.value;
			if (operation == 2) {
				message.keyValues.remove(item.key);
			}
			else {
				message.keyValues.put(item.key, new KeyValue(value, next));
			}
			entry.put("ErrorCode", 0);
			entry.putObject("Extension").put("Key", item.key).put("Value", value).put("Seq", next);
		}
		return result;
	}

	/**
	 * Start a streaming message, or continue one named by {@code MsgKey}: a continuation
	 * replaces the body. A streaming message may be up to 128 KB.
	 */
	private ObjectNode streamMsg(JsonNode body) {
		GroupHandler.Group group = group(body, 10004);
		String from = member(group, body, "From_Account", 10004);
		long random = random(body, "MsgRandom", 10004);
		JsonNode msgBody = messageBody(body, 10004, 80002, MAX_STREAM_BODY_BYTES);
		String cloudCustomData = optionalText(body, "CloudCustomData", 10004);
		String key = optionalText(body, "MsgKey", 10004);
		String sender = (from != null) ? from : ADMIN;
		long time = now();
		if (key == null) {
			GroupMessage message = store(group, sender, random, time, msgBody, !group.type().equals(AV_CHAT_ROOM));
			message.cloudCustomData = cloudCustomData;
			message.streamedAt = time;
			message.streamEnded = hasLastChunk(msgBody);
			return streamed(message);
		}
		GroupMessage message = null;
		for (GroupMessage candidate : history(group).values()) {
			if (candidate.key.equals(key) && candidate.from.equals(sender) && candidate.streamedAt >= 0) {
				message = candidate;
			}
		}
		if (message == null) {
			throw new EmulatorError(10030, "no streaming message " + key + " from " + sender + " in the group");
		}
		if (message.streamEnded || time - message.streamedAt > STREAM_GAP_SECONDS) {
			throw new EmulatorError(10004, "the streaming message " + key + " has ended");
		}
		message.body = msgBody;
		message.streamedAt = time;
		message.streamEnded = hasLastChunk(msgBody);
		if (cloudCustomData != null) {
			message.cloudCustomData = cloudCustomData;
		}
		return streamed(message);
	}

	private static ObjectNode streamed(GroupMessage message) {
		return json.objectNode().put("MsgKey", message.key).put("MsgTime", message.time).put("MsgSeq", message.seq);
	}

	private static boolean hasLastChunk(JsonNode msgBody) {
		for (JsonNode element : msgBody) {
			for (JsonNode chunk : element.path("MsgContent").path("Chunks")) {
				if (chunk.path("IsLast").isBoolean() && chunk.path("IsLast").booleanValue()) {
					return true;
				}
			}
		}
		return false;
	}

	private record Imported(String from, long sendTime, long random, @Nullable JsonNode body) {

	}

	private record Extension(String key, String value, long seq) {

	}

	private record KeyValue(String value, long seq) {

	}

	private static final class GroupMessage {

		private final String from;

		private final long seq;

		private final long random;

		private final long time;

		private final String key;

		/**
		 * Whether the group's history keeps it: not in an audio-video group, not when it
		 * was sent to online members only.
		 */
		private final boolean stored;

		private JsonNode body;

		private int priority = NORMAL_PRIORITY;

		private @Nullable String cloudCustomData;

		private boolean recalled;

		private boolean extensions;

		private long streamedAt = -1;

		private boolean streamEnded;

		/**
		 * The members it was sent to, in the order they joined: its read receipts count
		 * among them.
		 */
		private final Set<String> audience = new LinkedHashSet<>();

		private final Set<String> readers = new LinkedHashSet<>();

		private final Map<String, KeyValue> keyValues = new LinkedHashMap<>();

		private long extensionSeq;

		private long clearSeq;

		GroupMessage(String from, long seq, long random, long time, JsonNode body, boolean stored) {
			this.from = from;
			this.seq = seq;
			this.random = random;
			this.time = time;
			this.key = seq + "_" + random + "_" + time;
			this.body = body;
			this.stored = stored;
		}

	}

}
