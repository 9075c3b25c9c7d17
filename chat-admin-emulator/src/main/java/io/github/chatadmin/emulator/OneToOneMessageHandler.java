package io.github.chatadmin.emulator;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import static io.github.chatadmin.emulator.EmulatorFields.messageBody;
import static io.github.chatadmin.emulator.EmulatorFields.MAX_UNSIGNED_32;
import static io.github.chatadmin.emulator.EmulatorFields.optionalInteger;
import static io.github.chatadmin.emulator.EmulatorFields.optionalText;
import static io.github.chatadmin.emulator.EmulatorFields.random;
import static io.github.chatadmin.emulator.EmulatorFields.text;
import static io.github.chatadmin.emulator.EmulatorFields.texts;

/**
 * The one-to-one messages area: sends (one recipient or many), reads a conversation's
 * history and recalls messages. It keeps every conversation's messages.
 *
 * @author chat-admin
 */
final class OneToOneMessageHandler implements EmulatorArea {

	private static final JsonNodeFactory json = JsonNodeFactory.instance;

	private final AccountHandler accounts;

	private final Clock clock;

	private final Map<String, List<Message>> conversations = new HashMap<>();

	private long sequence;

	OneToOneMessageHandler(AccountHandler accounts, Clock clock) {
		this.accounts = accounts;
		this.clock = clock;
	}

	@Override
	public Map<String, Function<JsonNode, ObjectNode>> commands() {
		return Map.of("openim/sendmsg", this::sendMsg, "openim/batchsendmsg", this::batchSendMsg,
				"openim/admin_getroammsg", this::getRoamMsg, "openim/admin_msgwithdraw", this::msgWithdraw);
	}

	@Override
	public void reset() {
		this.conversations.clear();
		this.sequence = 0;
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
		long seq = (msgSeq >= 0) ? msgSeq : ++this.sequence;
		long time = now();
		String key = seq + "_" + msgRandom + "_" + time;
		Message message = new Message(from, to, seq, msgRandom, time, key, msgBody);
		this.conversations.computeIfAbsent(conversationKey(from, to), (k) -> new ArrayList<>()).add(message);
		return message;
	}

	private ObjectNode sendMsg(JsonNode body) {
		String from = sender(body);
		String to = text(body, "To_Account", 90003);
		this.accounts.require(to, 90003, "To_Account");
		long msgRandom = random(body, "MsgRandom", 90005);
		long msgSeq = msgSeq(body);
		JsonNode msgBody = messageBody(body, 90002, 93000);
		for (Message previous : this.conversations.getOrDefault(conversationKey(from, to), List.of())) {
			if (previous.from.equals(from) && previous.random == msgRandom && msgSeq >= 0 && previous.seq == msgSeq
					&& previous.body.equals(msgBody) && now() - previous.time <= 120) {
				return json.objectNode().put("MsgTime", previous.time).put("MsgKey", previous.key);
			}
		}
		Message message = store(from, to, msgRandom, msgSeq, msgBody);
		return json.objectNode().put("MsgTime", message.time).put("MsgKey", message.key);
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
			if (message.time >= minTime && message.time <= maxTime) {
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
				.put("IsPeerRead", 0)
				.put("MsgKey", message.key);
			item.set("MsgBody", message.recalled ? json.arrayNode() : message.body);
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

	private static final class Message {

		private final String from;

		private final String to;

		private final long seq;

		private final long random;

		private final long time;

		private final String key;

		private final JsonNode body;

		private boolean recalled;

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
