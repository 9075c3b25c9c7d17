package io.github.chatadmin.emulator;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import static io.github.chatadmin.emulator.EmulatorFields.MAX_UNSIGNED_32;
import static io.github.chatadmin.emulator.EmulatorFields.optionalInteger;
import static io.github.chatadmin.emulator.EmulatorFields.optionalText;
import static io.github.chatadmin.emulator.EmulatorFields.text;
import static io.github.chatadmin.emulator.EmulatorFields.texts;

/**
 * The friends area (relation chain): adds, lists and deletes friends. It keeps each
 * account's friends with the time they were added.
 *
 * @author chat-admin
 */
final class FriendHandler implements EmulatorArea {

	private static final JsonNodeFactory json = JsonNodeFactory.instance;

	private static final int PAGE_SIZE = 100;

	private final AccountHandler accounts;

	private final Clock clock;

	private final Map<String, Map<String, Long>> friends = new HashMap<>();

	FriendHandler(AccountHandler accounts, Clock clock) {
		this.accounts = accounts;
		this.clock = clock;
	}

	@Override
	public Map<String, Function<JsonNode, ObjectNode>> commands() {
		return Map.of("sns/friend_add", this::friendAdd, "sns/friend_get", this::friendGet, "sns/friend_delete",
				this::friendDelete);
	}

	@Override
	public void forgetAccount(String userId) {
		this.friends.remove(userId);
		this.friends.values().forEach((list) -> list.remove(userId));
	}

	@Override
	public void reset() {
		this.friends.clear();
	}

	private long now() {
		return this.clock.millis() / 1000;
	}

	private ObjectNode friendAdd(JsonNode body) {
		String from = text(body, "From_Account", 30001);
		this.accounts.require(from, 30003, "From_Account");
		JsonNode items = body.get("AddFriendItem");
		if (items == null || !items.isArray() || items.isEmpty()) {
			throw new EmulatorError(30001, "SNS_DECODE_ERR: 'AddFriendItem' must be a non-empty array");
		}
		boolean both = !"Add_Type_Single".equals(optionalText(body, "AddType", 30001));
		ArrayNode results = json.arrayNode();
		ArrayNode failed = json.arrayNode();
		for (JsonNode item : items) {
			String to = text(item, "To_Account", 30001);
			text(item, "AddSource", 30001);
			int code;
			String info;
			if (!this.accounts.exists(to)) {
				code = 30003;
				info = "Err_SNS_FriendAdd_Account_Not_Exist";
			}
			else if (this.friends.getOrDefault(from, Map.of()).containsKey(to)) {
				code = 30001;
				info = "Err_SNS_FriendAdd_Friend_Exist";
			}
			else {
				this.friends.computeIfAbsent(from, (k) -> new LinkedHashMap<>()).put(to, now());
				if (both) {
					this.friends.computeIfAbsent(to, (k) -> new LinkedHashMap<>()).putIfAbsent(from, now());
				}
				code = 0;
				info = "";
			}
			results.addObject().put("To_Account", to).put("ResultCode", code).put("ResultInfo", info);
			if (code != 0) {
				failed.add(to);
			}
		}
		ObjectNode result = json.objectNode();
		result.set("ResultItem", results);
		if (!failed.isEmpty()) {
			result.set("Fail_Account", failed);
		}
		return result.put("ErrorDisplay", "");
	}

	private ObjectNode friendGet(JsonNode body) {
		String from = text(body, "From_Account", 30001);
		this.accounts.require(from, 30003, "From_Account");
		long startIndex = optionalInteger(body, "StartIndex", 0, MAX_UNSIGNED_32, 0, 30001);
		List<Map.Entry<String, Long>> all = new ArrayList<>(this.friends.getOrDefault(from, Map.of()).entrySet());
		int start = (int) Math.min(startIndex, all.size());
		int end = (int) Math.min(all.size(), startIndex + PAGE_SIZE);
		ArrayNode items = json.arrayNode();
		for (Map.Entry<String, Long> friend : all.subList(start, end)) {
			ObjectNode item = items.addObject().put("To_Account", friend.getKey());
			ArrayNode values = item.putArray("ValueItem");
			values.addObject().put("Tag", "Tag_SNS_IM_AddTime").put("Value", friend.getValue());
		}
		ObjectNode result = json.objectNode();
		result.set("UserDataItem", items);
		return result.put("StandardSequence", 0)
			.put("CustomSequence", 0)
			.put("FriendNum", all.size())
			.put("CompleteFlag", (end >= all.size()) ? 1 : 0)
			.put("NextStartIndex", (end >= all.size()) ? 0 : end)
			.put("ErrorDisplay", "");
	}

	private ObjectNode friendDelete(JsonNode body) {
		String from = text(body, "From_Account", 30001);
		this.accounts.require(from, 30003, "From_Account");
		List<String> targets = texts(body, "To_Account", 30001, 1000, 30001);
		boolean both = "Delete_Type_Both".equals(optionalText(body, "DeleteType", 30001));
		ArrayNode results = json.arrayNode();
		for (String to : targets) {
			boolean removed = this.friends.getOrDefault(from, new HashMap<>()).remove(to) != null;
			if (removed && both) {
				this.friends.getOrDefault(to, new HashMap<>()).remove(from);
			}
			results.addObject()
				.put("To_Account", to)
				.put("ResultCode", removed ? 0 : 31704)
				.put("ResultInfo", removed ? "" : "Err_SNS_FriendDelete_Not_Friend");
		}
		ObjectNode result = json.objectNode();
		result.set("ResultItem", results);
		return result.put("ErrorDisplay", "");
	}

}
