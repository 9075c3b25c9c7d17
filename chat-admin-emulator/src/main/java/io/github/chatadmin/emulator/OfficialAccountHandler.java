package io.github.chatadmin.emulator;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import static io.github.chatadmin.emulator.EmulatorFields.array;
import static io.github.chatadmin.emulator.EmulatorFields.maxBytes;
import static io.github.chatadmin.emulator.EmulatorFields.optionalInteger;
import static io.github.chatadmin.emulator.EmulatorFields.optionalText;
import static io.github.chatadmin.emulator.EmulatorFields.random;
import static io.github.chatadmin.emulator.EmulatorFields.text;
import static io.github.chatadmin.emulator.EmulatorFields.texts;
import static io.github.chatadmin.emulator.EmulatorFields.utf8Length;

/**
 * The official-accounts area ({@code official_account_open_http_svc}): official accounts,
 * their subscribers and the messages sent to them, kept in memory.
 * <p>
 * Error codes follow the vendor's pages: 6017 for an invalid request, 130004 for an
 * official account that does not exist (or was destroyed), 130007 for an ID without the
 * {@code @TOA#_} prefix and 130008 for an ID already used. Subscriber pages use an opaque
 * {@code Next} cursor, {@code ""} on the first and after the last page.
 *
 * @author chat-admin
 */
final class OfficialAccountHandler implements EmulatorArea {

	private static final JsonNodeFactory json = JsonNodeFactory.instance;

	private static final String SERVICE = "official_account_open_http_svc/";

	private static final String PREFIX = "@TOA#_";

	private static final int INVALID = 6017;

	private static final int NOT_FOUND = 130004;

	private static final int MAX_PAGE = 200;

	private final AccountHandler accounts;

	private final Clock clock;

	private final Map<String, OfficialAccount> officialAccounts = new LinkedHashMap<>();

	private long generated;

	OfficialAccountHandler(AccountHandler accounts, Clock clock) {
		this.accounts = accounts;
		this.clock = clock;
	}

	@Override
	public Map<String, Function<JsonNode, ObjectNode>> commands() {
		Map<String, Function<JsonNode, ObjectNode>> commands = new LinkedHashMap<>();
		commands.put(SERVICE + "create_official_account", this::create);
		commands.put(SERVICE + "destroy_official_account", this::destroy);
		commands.put(SERVICE + "modify_official_account_base_info", this::modify);
		commands.put(SERVICE + "get_official_account_info", this::info);
		commands.put(SERVICE + "add_subscriber", this::addSubscribers);
		commands.put(SERVICE + "delete_subscriber", this::deleteSubscribers);
		commands.put(SERVICE + "modify_subscriber_info", this::modifySubscriber);
		commands.put(SERVICE + "get_subscriber_info", this::subscribers);
		commands.put(SERVICE + "get_subscribed_official_account_list", this::subscribed);
		commands.put(SERVICE + "send_official_account_msg", this::send);
		commands.put(SERVICE + "official_account_msg_get_simple", this::history);
		commands.put(SERVICE + "official_account_msg_recall", this::recall);
		return commands;
	}

	@Override
	public void forgetAccount(String userId) {
		this.officialAccounts.values().forEach((account) -> account.subscribers.remove(userId));
		this.officialAccounts.values().removeIf((account) -> account.owner.equals(userId));
	}

	@Override
	public void reset() {
		this.officialAccounts.clear();
		this.generated = 0;
	}

	private long now() {
		return this.clock.millis() / 1000;
	}

	private OfficialAccount require(JsonNode body) {
		String id = text(body, "Official_Account", INVALID);
		OfficialAccount account = this.officialAccounts.get(id);
		if (account == null) {
			throw new EmulatorError(NOT_FOUND, "the official account " + id + " does not exist or was destroyed");
		}
		return account;
	}

	private static @Nullable String limited(JsonNode body, String field, int maxBytes) {
		String value = optionalText(body, field, INVALID);
		maxBytes(value, field, maxBytes, INVALID);
		return value;
	}

	private ObjectNode create(JsonNode body) {
		String owner = text(body, "Owner_Account", INVALID);
		if (!this.accounts.exists(owner)) {
			throw new EmulatorError(INVALID, "'Owner_Account' " + owner + " is not an imported account");
		}
		String id = optionalText(body, "OfficialAccountUserID", INVALID);
		if (id != null) {
			if (!id.startsWith(PREFIX) || id.length() == PREFIX.length() || utf8Length(id) > 48) {
				throw new EmulatorError(130007,
						"'OfficialAccountUserID' must start with " + PREFIX + " and be at most 48 bytes long");
			}
			if (this.officialAccounts.containsKey(id)) {
				throw new EmulatorError(130008, "the official account ID " + id + " is already used");
			}
		}
		else {
			do {
				id = PREFIX + "@TOA#" + Long.toString(++this.generated, 36).toUpperCase();
			}
			while (this.officialAccounts.containsKey(id));
		}
		String name = text(body, "Name", INVALID);
		limited(body, "Name", 150);
		OfficialAccount account = new OfficialAccount(id, owner, name, now());
		account.introduction = limited(body, "Introduction", 400);
		account.faceUrl = limited(body, "FaceUrl", 500);
		account.organization = limited(body, "Organization", 500);
		account.customString = limited(body, "CustomString", 3000);
		account.maxSubscriberNum = optionalInteger(body, "MaxSubscriberNum", 1, Long.MAX_VALUE, 100_000, INVALID);
		this.officialAccounts.put(id, account);
		return json.objectNode().put("OfficialAccountUserID", id);
	}

	private ObjectNode destroy(JsonNode body) {
		OfficialAccount account = require(body);
		this.officialAccounts.remove(account.id);
		return json.objectNode();
	}

	private ObjectNode modify(JsonNode body) {
		OfficialAccount account = require(body);
		String name = limited(body, "Name", 150);
		String introduction = limited(body, "Introduction", 400);
		String faceUrl = limited(body, "FaceUrl", 500);
		String organization = limited(body, "Organization", 500);
		String customString = limited(body, "CustomString", 3000);
		long max = optionalInteger(body, "MaxSubscriberNum", 1, Long.MAX_VALUE, account.maxSubscriberNum, INVALID);
		if (name != null) {
			if (name.isEmpty()) {
				throw new EmulatorError(INVALID, "'Name' must not be empty");
			}
			account.name = name;
		}
		account.introduction = (introduction != null) ? introduction : account.introduction;
		account.faceUrl = (faceUrl != null) ? faceUrl : account.faceUrl;
		account.organization = (organization != null) ? organization : account.organization;
		account.customString = (customString != null) ? customString : account.customString;
		account.maxSubscriberNum = max;
		return json.objectNode();
	}

	private ObjectNode info(JsonNode body) {
		JsonNode ids = array(body, "OfficialAccountIdList", INVALID, 50, INVALID);
		List<OfficialAccount> found = new ArrayList<>();
		for (JsonNode item : ids) {
			found.add(require(item));
		}
		ArrayNode list = json.arrayNode();
		found.forEach((account) -> list.add(account.toJson()));
		ObjectNode result = json.objectNode();
		result.set("OfficialAccountInfoList", list);
		return result;
	}

	private ObjectNode addSubscribers(JsonNode body) {
		OfficialAccount account = require(body);
		JsonNode list = array(body, "SubscriberList", INVALID, 100, INVALID);
		List<String> users = new ArrayList<>();
		for (JsonNode item : list) {
			users.add(text(item, "Subscriber_Account", INVALID));
		}
		ArrayNode results = json.arrayNode();
		for (String user : users) {
			int result;
			if (account.subscribers.containsKey(user)) {
				result = 2;
			}
			else if (!this.accounts.exists(user) || account.subscribers.size() >= account.maxSubscriberNum) {
				result = 0;
			}
			else {
				account.subscribers.put(user, new Subscription(now()));
				result = 1;
			}
			results.addObject().put("Subscriber_Account", user).put("Result", result);
		}
		ObjectNode answer = json.objectNode();
		answer.set("SubscriberList", results);
		return answer;
	}

	private ObjectNode deleteSubscribers(JsonNode body) {
		OfficialAccount account = require(body);
		List<String> users = texts(body, "SubscriberToDel_Account", INVALID, Integer.MAX_VALUE, INVALID);
		ArrayNode results = json.arrayNode();
		for (String user : users) {
			int result = (account.subscribers.remove(user) != null) ? 1 : 2;
			results.addObject().put("Subscriber_Account", user).put("Result", result);
		}
		ObjectNode answer = json.objectNode();
		answer.set("SubscriberList", results);
		return answer;
	}

	private ObjectNode modifySubscriber(JsonNode body) {
		OfficialAccount account = require(body);
		String user = text(body, "Subscriber_Account", INVALID);
		String customString = limited(body, "CustomString", 3000);
		Subscription subscription = account.subscribers.get(user);
		if (subscription == null) {
			throw new EmulatorError(INVALID, user + " is not a subscriber of " + account.id);
		}
		subscription.customString = (customString != null) ? customString : "";
		return json.objectNode();
	}

	private ObjectNode subscribers(JsonNode body) {
		OfficialAccount account = require(body);
		long limit = optionalInteger(body, "Limit", 1, MAX_PAGE, MAX_PAGE, INVALID);
		String next = optionalText(body, "Next", INVALID);
		int start = decodeCursor(next);
		List<Map.Entry<String, Subscription>> all = new ArrayList<>(account.subscribers.entrySet());
		int end = (int) Math.min(all.size(), start + limit);
		ArrayNode list = json.arrayNode();
		for (int i = Math.min(start, all.size()); i < end; i++) {
			Map.Entry<String, Subscription> entry = all.get(i);
			list.addObject()
				.put("Subscriber_Account", entry.getKey())
				.put("SubscribeTime", entry.getValue().subscribeTime)
				.put("CustomString", entry.getValue().customString)
				.put("MsgFlag", "AcceptAndNotify")
				.put("LastSendMsgTime", 0);
		}
		ObjectNode answer = json.objectNode()
			.put("Next", (end < all.size()) ? encodeCursor(end) : "")
			.put("SubscriberNum", (long) all.size());
		answer.set("SubscriberList", list);
		return answer;
	}

	private static String encodeCursor(int index) {
		return Base64.getEncoder().encodeToString(("sub:" + index).getBytes(StandardCharsets.UTF_8));
	}

	private static int decodeCursor(@Nullable String cursor) {
		if (cursor == null || cursor.isEmpty()) {
			return 0;
		}
		try {
			String decoded = new String(Base64.getDecoder().decode(cursor), StandardCharsets.UTF_8);
			if (decoded.startsWith("sub:")) {
				int index = Integer.parseInt(decoded.substring(4));
				if (index >= 0) {
					return index;
				}
			}
		}
		catch (IllegalArgumentException ex) {
			// falls through to the error below
		}
		throw new EmulatorError(INVALID, "'Next' is not a cursor this command returned");
	}

	private ObjectNode subscribed(JsonNode body) {
		String user = text(body, "Subscriber_Account", INVALID);
		long limit = optionalInteger(body, "Limit", 1, MAX_PAGE, MAX_PAGE, INVALID);
		long offset = optionalInteger(body, "Offset", 0, Long.MAX_VALUE, 0, INVALID);
		List<OfficialAccount> all = this.officialAccounts.values()
			.stream()
			.filter((account) -> account.subscribers.containsKey(user))
			.toList();
		ArrayNode list = json.arrayNode();
		long end = Math.min(all.size(), offset + limit);
		for (long i = Math.min(offset, all.size()); i < end; i++) {
			OfficialAccount account = all.get((int) i);
			ObjectNode item = account.toJson();
			Subscription subscription = account.subscribers.get(user);
			item.putObject("SelfInfo")
				.put("SubscribeTime", subscription.subscribeTime)
				.put("CustomString", subscription.customString);
			list.add(item);
		}
		ObjectNode answer = json.objectNode();
		answer.set("OfficialAccountInfoList", list);
		return answer.put("TotalCount", (long) all.size()).put("CompleteFlag", (end >= all.size()) ? 1 : 0);
	}

	private ObjectNode send(JsonNode body) {
		OfficialAccount account = require(body);
		long random = random(body, "Random", INVALID);
		JsonNode msgBody = EmulatorFields.messageBody(body, INVALID, INVALID);
		String cloudCustomData = optionalText(body, "CloudCustomData", INVALID);
		JsonNode offlinePushInfo = body.get("OfflinePushInfo");
		if (offlinePushInfo != null && !offlinePushInfo.isObject() && !offlinePushInfo.isNull()) {
			throw new EmulatorError(INVALID, "'OfflinePushInfo' must be an object");
		}
		long time = now();
		long seq = ++account.lastSeq;
		String key = seq + "_" + random + "_" + time;
		account.messages.add(new Message(seq, random, key, time, msgBody.deepCopy(), cloudCustomData));
		account.lastMsgTime = time;
		return json.objectNode().put("MsgKey", key).put("MsgTime", time);
	}

	private ObjectNode history(JsonNode body) {
		OfficialAccount account = require(body);
		long wanted = optionalInteger(body, "ReqMsgNumber", 1, Long.MAX_VALUE, 20, INVALID);
		String lastKey = optionalText(body, "LastMsgKey", INVALID);
		boolean withRecalled = optionalInteger(body, "WithRecalledMsg", 0, 1, 0, INVALID) == 1;
		int from = account.messages.size() - 1;
		if (lastKey != null && !lastKey.isEmpty()) {
			from = -1;
			for (int i = 0; i < account.messages.size(); i++) {
				if (account.messages.get(i).key.equals(lastKey)) {
					from = i - 1;
				}
			}
		}
		ArrayNode list = json.arrayNode();
		String oldest = "";
		int i = from;
		for (; i >= 0 && list.size() < Math.min(wanted, 20); i--) {
			Message message = account.messages.get(i);
			if (message.recalled && !withRecalled) {
				continue;
			}
			ObjectNode item = list.addObject()
				.put("From_Account", account.id)
				.put("IsPlaceMsg", message.recalled ? 1 : 0)
				.put("MsgSeq", message.seq)
				.put("MsgRandom", message.random)
				.put("MsgKey", message.key)
				.put("MsgTimeStamp", message.time);
			item.set("MsgBody", message.recalled ? json.arrayNode() : message.body.deepCopy());
			if (message.cloudCustomData != null) {
				item.put("CloudCustomData", message.cloudCustomData);
			}
			oldest = message.key;
		}
		boolean finished = true;
		for (; i >= 0; i--) {
			if (!account.messages.get(i).recalled || withRecalled) {
				finished = false;
				break;
			}
		}
		ObjectNode answer = json.objectNode()
			.put("Official_Account", account.id)
			.put("IsFinished", finished ? 1 : 0)
			.put("LastMsgKey", oldest);
		answer.set("RspMsgList", list);
		return answer;
	}

	private ObjectNode recall(JsonNode body) {
		OfficialAccount account = require(body);
		List<String> keys = texts(body, "MsgKeyList", INVALID, 10, INVALID);
		limited(body, "Reason", 100);
		ArrayNode results = json.arrayNode();
		for (String key : keys) {
			Message message = account.messages.stream().filter((m) -> m.key.equals(key)).findFirst().orElse(null);
			int code;
			if (message == null) {
				code = 10030;
			}
			else if (message.recalled) {
				code = 10032;
			}
			else {
				message.recalled = true;
				code = 0;
			}
			results.addObject().put("MsgKey", key).put("RetCode", code);
		}
		ObjectNode answer = json.objectNode();
		answer.set("RecallRetList", results);
		return answer;
	}

	private static final class OfficialAccount {

		private final String id;

		private final String owner;

		private final long createTime;

		private final Map<String, Subscription> subscribers = new LinkedHashMap<>();

		private final List<Message> messages = new ArrayList<>();

		private String name;

		private @Nullable String introduction;

		private @Nullable String faceUrl;

		private @Nullable String organization;

		private @Nullable String customString;

		private long maxSubscriberNum;

		private long lastMsgTime;

		private long lastSeq;

		OfficialAccount(String id, String owner, String name, long createTime) {
			this.id = id;
			this.owner = owner;
			this.name = name;
			this.createTime = createTime;
		}

		ObjectNode toJson() {
			return json.objectNode()
				.put("Official_Account", this.id)
				.put("Name", this.name)
				.put("Owner_Account", this.owner)
				.put("CreateTime", this.createTime)
				.put("LastMsgTime", this.lastMsgTime)
				.put("SubscriberNum", (long) this.subscribers.size())
				.put("MaxSubscriberNum", this.maxSubscriberNum)
				.put("Introduction", (this.introduction != null) ? this.introduction : "")
				.put("FaceUrl", (this.faceUrl != null) ? this.faceUrl : "")
				.put("Organization", (this.organization != null) ? this.organization : "")
				.put("CustomString", (this.customString != null) ? this.customString : "");
		}

	}

	private static final class Subscription {

		private final long subscribeTime;

		private String customString = "";

		Subscription(long subscribeTime) {
			this.subscribeTime = subscribeTime;
		}

	}

	private static final class Message {

		private final long seq;

		private final long random;

		private final String key;

		private final long time;

		private final JsonNode body;

		private final @Nullable String cloudCustomData;

		private boolean recalled;

		Message(long seq, long random, String key, long time, JsonNode body, @Nullable String cloudCustomData) {
			this.seq = seq;
			this.random = random;
			this.key = key;
			this.time = time;
			this.body = body;
			this.cloudCustomData = cloudCustomData;
		}

	}

}
