package io.github.chatadmin.emulator;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import static io.github.chatadmin.emulator.EmulatorFields.array;
import static io.github.chatadmin.emulator.EmulatorFields.integer;
import static io.github.chatadmin.emulator.EmulatorFields.messageBody;
import static io.github.chatadmin.emulator.EmulatorFields.MAX_UNSIGNED_32;
import static io.github.chatadmin.emulator.EmulatorFields.optionalInteger;
import static io.github.chatadmin.emulator.EmulatorFields.optionalText;
import static io.github.chatadmin.emulator.EmulatorFields.random;
import static io.github.chatadmin.emulator.EmulatorFields.text;
import static io.github.chatadmin.emulator.EmulatorFields.texts;
import static io.github.chatadmin.emulator.EmulatorFields.utf8Length;

/**
 * The one-to-one and streaming messages area: sends (one recipient or many), imports,
 * history, recalls, edits, one-sided deletes, read state and receipts, unread counts and
 * message extensions. It keeps every conversation's messages, ordered by
 * ({@code MsgTimeStamp}, {@code MsgSeq}), and each user's unread count per peer.
 *
 * @author chat-admin
 */
final class OneToOneMessageHandler implements EmulatorArea {

	private static final JsonNodeFactory json = JsonNodeFactory.instance;

	private final AccountHandler accounts;

	private final Clock clock;

	private final BiPredicate<String, String> blocks;

	private final Map<String, List<Message>> conversations = new HashMap<>();

	private final Map<String, Long> unread = new HashMap<>();

	private final ConversationHandler recent;

	private final GlobalMuteHandler mutes;

	private long sequence;

	OneToOneMessageHandler(AccountHandler accounts, Clock clock, ConversationHandler recent, GlobalMuteHandler mutes,
			BiPredicate<String, String> blocks) {
		this.accounts = accounts;
		this.clock = clock;
		this.recent = recent;
		this.mutes = mutes;
		this.blocks = blocks;
	}

	@Override
	public Map<String, Function<JsonNode, ObjectNode>> commands() {
		Map<String, Function<JsonNode, ObjectNode>> commands = new HashMap<>();
		commands.put("openim/sendmsg", this::sendMsg);
		commands.put("openim/batchsendmsg", this::batchSendMsg);
		commands.put("openim/importmsg", this::importMsg);
		commands.put("openim/admin_getroammsg", this::getRoamMsg);
		commands.put("openim/admin_msgwithdraw", this::msgWithdraw);
		commands.put("openim/admin_set_msg_read", this::setMsgRead);
		commands.put("openim/get_c2c_unread_msg_num", this::unreadMsgNum);
		commands.put("openim/modify_c2c_msg", this::modifyMsg);
		commands.put("openim/delete_c2c_msg_ramble", this::deleteRamble);
		commands.put("openim/c2c_msg_read_receipt", this::readReceipt);
		commands.put("openim_msg_ext_http_svc/get_key_values", this::getKeyValues);
		commands.put("openim_msg_ext_http_svc/set_key_values", this::setKeyValues);
		commands.put("stream_msg/send_c2c_stream_msg", this::streamMsg);
		return Map.copyOf(commands);
	}

	@Override
	public void reset() {
		this.conversations.clear();
		this.unread.clear();
		this.sequence = 0;
	}

	@Override
	public void forgetAccount(String userId) {
		this.conversations.keySet()
			.removeIf((key) -> key.startsWith(userId + "\u0000") || key.endsWith("\u0000" + userId));
		this.unread.keySet().removeIf((key) -> key.startsWith(userId + "\u0000") || key.endsWith("\u0000" + userId));
	}

	private long now() {
		return this.clock.millis() / 1000;
	}

	private String sender(JsonNode body) {
		String from = optionalText(body, "From_Account", 90008);
		if (from == null) {
			return "administrator";
		}
		this.accounts.require(from, 90008, "From_Account");
		return from;
	}

	private static String conversationKey(String a, String b) {
		return (a.compareTo(b) <= 0) ? a + "\u0000" + b : b + "\u0000" + a;
	}

	private static long msgSeq(JsonNode body) {
		return optionalInteger(body, "MsgSeq", 0, MAX_UNSIGNED_32, -1, 90001);
	}

	private Message store(String from, String to, long msgRandom, long msgSeq, JsonNode msgBody) {
		return store(from, to, msgRandom, msgSeq, now(), msgBody, null, false, true);
	}

	private Message store(String from, String to, long msgRandom, long msgSeq, long time, JsonNode msgBody,
			@Nullable String cloudCustomData, boolean extensions, boolean countUnread) {
		long seq = (msgSeq >= 0) ? msgSeq : ++this.sequence;
		String key = seq + "_" + msgRandom + "_" + time;
		Message message = new Message(from, to, seq, msgRandom, time, key, msgBody);
		message.cloudCustomData = cloudCustomData;
		message.extensions = extensions;
		List<Message> conversation = this.conversations.computeIfAbsent(conversationKey(from, to),
				(k) -> new ArrayList<>());
		conversation.add(message);
		conversation.sort((a, b) -> (a.time != b.time) ? Long.compare(a.time, b.time) : Long.compare(a.seq, b.seq));
		if (countUnread && !from.equals(to)) {
			this.unread.merge(to + "\u0000" + from, 1L, Long::sum);
		}
		this.recent.onMessage(from, to, time);
		return message;
	}

	private static boolean noUnread(JsonNode body) {
		JsonNode controls = body.get("SendMsgControl");
		if (controls != null && controls.isArray()) {
			for (JsonNode control : controls) {
				if (control.isString() && control.stringValue().equals("NoUnread")) {
					return true;
				}
			}
		}
		return false;
	}

	private Message find(String from, String to, String key, int code) {
		for (Message message : this.conversations.getOrDefault(conversationKey(from, to), List.of())) {
			if (message.key.equals(key) && message.from.equals(from)) {
				return message;
			}
		}
		throw new EmulatorError(code, "the message " + key + " from " + from + " to " + to + " does not exist");
	}

	private ObjectNode sendMsg(JsonNode body) {
		String from = sender(body);
		String to = text(body, "To_Account", 90003);
		this.accounts.require(to, 90003, "To_Account");
		this.mutes.refuseOneToOne(from);
		long msgRandom = random(body, "MsgRandom", 90005);
		long msgSeq = msgSeq(body);
		JsonNode msgBody = messageBody(body, 90002, 93000);
		if (body.has("From_Account") && this.blocks.test(to, from)) {
			throw new EmulatorError(20007, "the receiver " + to + " has the sender " + from + " in their blocklist");
		}
		for (Message previous : this.conversations.getOrDefault(conversationKey(from, to), List.of())) {
			if (previous.from.equals(from) && previous.random == msgRandom && msgSeq >= 0 && previous.seq == msgSeq
					&& previous.body.equals(msgBody) && now() - previous.time <= 120) {
				return json.objectNode().put("MsgTime", previous.time).put("MsgKey", previous.key);
			}
		}
		Message message = store(from, to, msgRandom, msgSeq, now(), msgBody,
				optionalText(body, "CloudCustomData", 90001),
				optionalInteger(body, "SupportMessageExtension", 0, 1, 0, 90001) == 1, !noUnread(body));
		return json.objectNode().put("MsgTime", message.time).put("MsgKey", message.key);
	}

	private ObjectNode importMsg(JsonNode body) {
		long mode = integer(body, "SyncFromOldSystem", 1, 6, 90030);
		if (mode != 2 && mode != 5) {
			throw new EmulatorError(90030, "'SyncFromOldSystem' must be 2 or 5");
		}
		String from = text(body, "From_Account", 90008);
		String to = text(body, "To_Account", 90003);
		this.accounts.require(from, 90008, "From_Account");
		this.accounts.require(to, 90003, "To_Account");
		long msgRandom = random(body, "MsgRandom", 90005);
		long msgSeq = msgSeq(body);
		long time = integer(body, "MsgTimeStamp", 1, MAX_UNSIGNED_32, 90006);
		JsonNode msgBody = messageBody(body, 90002, 93000);
		for (Message previous : this.conversations.getOrDefault(conversationKey(from, to), List.of())) {
			if (previous.random == msgRandom && previous.time == time && (msgSeq < 0 || previous.seq == msgSeq)) {
				return json.objectNode();
			}
		}
		store(from, to, msgRandom, msgSeq, time, msgBody, optionalText(body, "CloudCustomData", 90001), false,
				mode == 5);
		return json.objectNode();
	}

	private ObjectNode setMsgRead(JsonNode body) {
		String reporter = text(body, "Report_Account", 90008);
		String peer = text(body, "Peer_Account", 90003);
		this.accounts.require(reporter, 90008, "Report_Account");
		this.accounts.require(peer, 90003, "Peer_Account");
		this.unread.remove(reporter + "\u0000" + peer);
		return json.objectNode();
	}

	private ObjectNode unreadMsgNum(JsonNode body) {
		String user = text(body, "To_Account", 90008);
		this.accounts.require(user, 90008, "To_Account");
		List<String> peers = body.has("Peer_Account") ? texts(body, "Peer_Account", 90001, 10, 90001) : null;
		ObjectNode result = json.objectNode();
		if (peers == null) {
			long total = 0;
			for (Map.Entry<String, Long> entry : this.unread.entrySet()) {
				if (entry.getKey().startsWith(user + "\u0000")) {
					total += entry.getValue();
				}
			}
			return result.put("AllC2CUnreadMsgNum", total);
		}
		ArrayNode counts = result.putArray("C2CUnreadMsgNumList");
		ArrayNode errors = json.arrayNode();
		for (String peer : peers) {
			if (!this.accounts.exists(peer)) {
				errors.addObject().put("Peer_Account", peer).put("ErrorCode", 70107);
				continue;
			}
			counts.addObject()
				.put("Peer_Account", peer)
				.put("C2CUnreadMsgNum", this.unread.getOrDefault(user + "\u0000" + peer, 0L));
		}
		if (!errors.isEmpty()) {
			result.set("ErrorList", errors);
		}
		return result;
	}

	private ObjectNode modifyMsg(JsonNode body) {
		String from = text(body, "From_Account", 90008);
		String to = text(body, "To_Account", 90003);
		String key = text(body, "MsgKey", 90001);
		Message message = find(from, to, key, 20022);
		if (!body.has("MsgBody") && !body.has("CloudCustomData")) {
			throw new EmulatorError(90001, "'MsgBody' or 'CloudCustomData' must be set");
		}
		if (body.has("MsgBody")) {
			message.body = messageBody(body, 90002, 93000);
		}
		String cloudCustomData = optionalText(body, "CloudCustomData", 90001);
		if (cloudCustomData != null) {
			message.cloudCustomData = cloudCustomData;
		}
		return json.objectNode();
	}

	private ObjectNode deleteRamble(JsonNode body) {
		String operator = text(body, "Operator_Account", 90008);
		String peer = text(body, "Peer_Account", 90003);
		this.accounts.require(operator, 90008, "Operator_Account");
		List<String> keys = texts(body, "MsgKeyList", 90001, 30, 90001);
		for (Message message : this.conversations.getOrDefault(conversationKey(operator, peer), List.of())) {
			if (keys.contains(message.key)) {
				message.deletedFor.add(operator);
			}
		}
		return json.objectNode();
	}

	private ObjectNode readReceipt(JsonNode body) {
		String operator = text(body, "Operator_Account", 90008);
		String peer = text(body, "Peer_Account", 90003);
		this.accounts.require(operator, 90008, "Operator_Account");
		this.accounts.require(peer, 90003, "Peer_Account");
		JsonNode infos = array(body, "C2CMsgInfo", 90001, 100, 90001);
		for (JsonNode info : infos) {
			if (!info.isObject()) {
				throw new EmulatorError(90001, "each 'C2CMsgInfo' item must be an object");
			}
			String key = text(info, "MsgKey", 90001);
			find(text(info, "From_Account", 90001), text(info, "To_Account", 90001), key, 20022).peerRead = true;
		}
		return json.objectNode();
	}

	private ObjectNode getKeyValues(JsonNode body) {
		Message message = find(text(body, "From_Account", 90008), text(body, "To_Account", 90003),
				text(body, "MsgKey", 90001), 23004);
		long startSeq = optionalInteger(body, "StartSeq", 0, Long.MAX_VALUE, 0, 90001);
		ObjectNode result = json.objectNode()
			.put("CompleteFlag", 1)
			.put("LatestSeq", message.extensionSeq)
			.put("ClearSeq", message.clearSeq);
		ArrayNode list = result.putArray("ExtensionList");
		message.keyValues.forEach((key, value) -> {
			if (value.seq >= startSeq) {
				list.addObject().put("Key", key).put("Value", value.value).put("Seq", value.seq);
			}
		});
		return result;
	}

	private ObjectNode setKeyValues(JsonNode body) {
		Message message = find(text(body, "From_Account", 90008), text(body, "To_Account", 90003),
				text(body, "MsgKey", 90001), 23004);
		if (!message.extensions) {
			throw new EmulatorError(23002, "the message was not sent with SupportMessageExtension 1");
		}
		long operation = integer(body, "OperateType", 1, 3, 90001);
		ObjectNode result = json.objectNode();
		ArrayNode results = result.putArray("ExtensionList");
		if (operation == 3) {
			message.keyValues.clear();
			message.clearSeq = ++message.extensionSeq;
			return result;
		}
		for (JsonNode item : array(body, "ExtensionList", 90001, 20, 90001)) {
			if (!item.isObject()) {
				throw new EmulatorError(90001, "each 'ExtensionList' item must be an object");
			}
			String key = text(item, "Key", 90001);
			if (utf8Length(key) > 100) {
				throw new EmulatorError(90001, "an extension 'Key' is at most 100 bytes");
			}
			long seq = optionalInteger(item, "Seq", 0, Long.MAX_VALUE, 0, 90001);
			KeyValue current = message.keyValues.get(key);
			ObjectNode entry = results.addObject();
			if (current != null && seq != current.seq) {
				entry.put("ErrorCode", 23001);
				entry.putObject("Extension").put("Key", key).put("Value", current.value).put("Seq", current.seq);
				continue;
			}
			long next = ++message.extensionSeq;
			if (operation == 2) {
				message.keyValues.remove(key);
				entry.put("ErrorCode", 0);
				entry.putObject("Extension").put("Key", key).put("Value", "").put("Seq", next);
				continue;
			}
			String value = (item.has("Value")) ? text(item, "Value", 90001) : "";
			message.keyValues.put(key, new KeyValue(value, next));
			entry.put("ErrorCode", 0);
			entry.putObject("Extension").put("Key", key).put("Value", value).put("Seq", next);
		}
		return result;
	}

	private ObjectNode streamMsg(JsonNode body) {
		String from = sender(body);
		String to = text(body, "To_Account", 90003);
		this.accounts.require(to, 90003, "To_Account");
		long msgRandom = random(body, "MsgRandom", 90005);
		JsonNode msgBody = messageBody(body, 90002, 93000);
		String key = optionalText(body, "MsgKey", 90001);
		if (key != null) {
			Message message = find(from, to, key, 20022);
			message.body = msgBody;
			return json.objectNode().put("MsgKey", message.key).put("MsgTime", message.time);
		}
		Message message = store(from, to, msgRandom, msgSeq(body), now(), msgBody, null, false, true);
		return json.objectNode().put("MsgKey", message.key).put("MsgTime", message.time);
	}

	private ObjectNode batchSendMsg(JsonNode body) {
		String from = sender(body);
		List<String> recipients = texts(body, "To_Account", 90029, 500, 90011);
		long msgRandom = random(body, "MsgRandom", 90005);
		long msgSeq = msgSeq(body);
		JsonNode msgBody = messageBody(body, 90002, 93000);
		ArrayNode errors = json.arrayNode();
		String key = null;
		long time = now();
		for (String to : recipients) {
			if (!this.accounts.exists(to)) {
				errors.addObject().put("To_Account", to).put("ErrorCode", 70107);
				continue;
			}
			Message message = store(from, to, msgRandom, msgSeq, msgBody);
			key = (key != null) ? key : message.key;
			time = message.time;
		}
		if (key == null) {
			throw new EmulatorError(90012, "no 'To_Account' is an imported account");
		}
		ObjectNode result = json.objectNode().put("MsgKey", key).put("MsgTime", time);
		if (!errors.isEmpty()) {
			result.set("ErrorList", errors);
		}
		return result;
	}

	private ObjectNode getRoamMsg(JsonNode body) {
		String operator = body.has("Operator_Account") ? text(body, "Operator_Account", 90008)
				: text(body, "From_Account", 90008);
		String peer = body.has("Peer_Account") ? text(body, "Peer_Account", 90003) : text(body, "To_Account", 90003);
		this.accounts.require(operator, 90008, "Operator_Account");
		this.accounts.require(peer, 90003, "Peer_Account");
		long maxCount = optionalInteger(body, "MaxCnt", 0, Integer.MAX_VALUE, 100, 90001);
		long minTime = optionalInteger(body, "MinTime", 0, Long.MAX_VALUE, 0, 90001);
		long maxTime = optionalInteger(body, "MaxTime", 0, Long.MAX_VALUE, Long.MAX_VALUE, 90001);
		String lastKey = optionalText(body, "LastMsgKey", 90001);
		List<Message> inRange = new ArrayList<>();
		for (Message message : this.conversations.getOrDefault(conversationKey(operator, peer), List.of())) {
			if (message.time >= minTime && message.time <= maxTime && !message.deletedFor.contains(operator)) {
				inRange.add(message);
			}
		}
		int end = inRange.size();
		if (lastKey != null) {
			for (int i = 0; i < inRange.size(); i++) {
				if (inRange.get(i).key.equals(lastKey)) {
					end = i;
				}
			}
		}
		int start = (int) Math.max(0, end - Math.max(1, maxCount));
		ArrayNode list = json.arrayNode();
		for (Message message : inRange.subList(start, end)) {
			ObjectNode item = list.addObject()
				.put("From_Account", message.from)
				.put("To_Account", message.to)
				.put("MsgSeq", message.seq)
				.put("MsgRandom", message.random)
				.put("MsgTimeStamp", message.time)
				.put("MsgFlagBits", message.recalled ? 8 : 0)
				.put("IsPeerRead", message.peerRead ? 1 : 0)
				.put("MsgKey", message.key);
			item.set("MsgBody", message.recalled ? json.arrayNode() : message.body);
			if (message.cloudCustomData != null) {
				item.put("CloudCustomData", message.cloudCustomData);
			}
		}
		ObjectNode result = json.objectNode().put("Complete", (start == 0) ? 1 : 0).put("MsgCnt", list.size());
		if (!list.isEmpty()) {
			Message first = inRange.get(start);
			result.put("LastMsgTime", first.time).put("LastMsgKey", first.key);
		}
		else {
			result.put("LastMsgTime", 0).put("LastMsgKey", "");
		}
		result.set("MsgList", list);
		return result;
	}

	private ObjectNode msgWithdraw(JsonNode body) {
		String from = text(body, "From_Account", 90008);
		String to = text(body, "To_Account", 90003);
		String key = text(body, "MsgKey", 90054);
		this.accounts.require(from, 90008, "From_Account");
		this.accounts.require(to, 90003, "To_Account");
		for (Message message : this.conversations.getOrDefault(conversationKey(from, to), List.of())) {
			if (message.key.equals(key) && message.from.equals(from)) {
				if (message.recalled) {
					throw new EmulatorError(20023, "the message was already recalled");
				}
				message.recalled = true;
				return json.objectNode();
			}
		}
		throw new EmulatorError(20022, "the message does not exist");
	}

	private record KeyValue(String value, long seq) {

	}

	private static final class Message {

		private final String from;

		private final String to;

		private final long seq;

		private final long random;

		private final long time;

		private final String key;

		private JsonNode body;

		private boolean recalled;

		private boolean peerRead;

		private boolean extensions;

		private @Nullable String cloudCustomData;

		private final Set<String> deletedFor = new HashSet<>();

		private final Map<String, KeyValue> keyValues = new LinkedHashMap<>();

		private long extensionSeq;

		private long clearSeq;

		Message(String from, String to, long seq, long random, long time, String key, JsonNode body) {
			this.from = from;
			this.to = to;
			this.seq = seq;
			this.random = random;
			this.time = time;
			this.key = key;
			this.body = body;
		}

	}

}
