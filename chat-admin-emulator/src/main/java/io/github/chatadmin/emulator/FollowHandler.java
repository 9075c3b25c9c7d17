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

import static io.github.chatadmin.emulator.EmulatorFields.array;
import static io.github.chatadmin.emulator.EmulatorFields.integer;
import static io.github.chatadmin.emulator.EmulatorFields.optionalInteger;
import static io.github.chatadmin.emulator.EmulatorFields.optionalText;
import static io.github.chatadmin.emulator.EmulatorFields.text;
import static io.github.chatadmin.emulator.EmulatorFields.texts;
import static io.github.chatadmin.emulator.RelationResults.from;

/**
 * The follows area: follows and unfollows (20 users per call), pages a user's followers,
 * followings and mutual follows ({@code FollowType} 1, 2, 3; {@code NextCursor} empty at
 * the end), checks relations and counts them. It keeps who follows whom and since when.
 *
 * @author chat-admin
 */
final class FollowHandler implements EmulatorArea {

	private static final JsonNodeFactory json = JsonNodeFactory.instance;

	private static final int MAX_PAGE_SIZE = 1000;

	private static final List<String> PROFILE_TAGS = List.of("Tag_Profile_IM_Nick", "Tag_Profile_IM_Image");

	private final AccountHandler accounts;

	private final Clock clock;

	private final Map<String, Map<String, Long>> following = new HashMap<>();

	FollowHandler(AccountHandler accounts, Clock clock) {
		this.accounts = accounts;
		this.clock = clock;
	}

	@Override
	public Map<String, Function<JsonNode, ObjectNode>> commands() {
		return Map.of("follow/follow_add", this::add, "follow/follow_delete", this::delete, "follow/follow_get",
				this::get, "follow/follow_check", this::check, "follow/follow_get_info", this::info);
	}

	@Override
	public void forgetAccount(String userId) {
		this.following.remove(userId);
		this.following.values().forEach((list) -> list.remove(userId));
	}

	@Override
	public void reset() {
		this.following.clear();
	}

	private boolean follows(String userId, String other) {
		return this.following.getOrDefault(userId, Map.of()).containsKey(other);
	}

	private static ObjectNode results(ArrayNode items) {
		ObjectNode result = json.objectNode();
		result.set("ResultItem", items);
		return result.put("ErrorDisplay", "");
	}

	private ObjectNode add(JsonNode body) {
		String from = from(body, this.accounts);
		List<String> targets = new ArrayList<>();
		for (JsonNode item : array(body, "FollowItem", 30001, 20, 30001)) {
			targets.add(text(item, "To_Account", 30001));
		}
		ArrayNode items = json.arrayNode();
		for (String to : targets) {
			int code = 0;
			if (!this.accounts.exists(to)) {
				code = 30003;
			}
			else if (to.equals(from)) {
				code = 30001;
			}
			else {
				this.following.computeIfAbsent(from, (k) -> new LinkedHashMap<>())
					.putIfAbsent(to, this.clock.millis() / 1000);
			}
			items.addObject()
				.put("To_Account", to)
				.put("ResultCode", code)
				.put("ResultInfo",
						(code == 0) ? "" : (code == 30003) ? "account does not exist" : "cannot follow self");
		}
		return results(items);
	}

	private ObjectNode delete(JsonNode body) {
		String from = from(body, this.accounts);
		List<String> targets = texts(body, "To_Account", 30001, 20, 30001);
		ArrayNode items = json.arrayNode();
		for (String to : targets) {
			this.following.getOrDefault(from, new HashMap<>()).remove(to);
			items.addObject().put("To_Account", to).put("ResultCode", 0).put("ResultInfo", "");
		}
		return results(items);
	}

	private List<Map.Entry<String, Long>> list(String userId, long type) {
		List<Map.Entry<String, Long>> users = new ArrayList<>();
		if (type == 2 || type == 3) {
			this.following.getOrDefault(userId, Map.of()).forEach((other, time) -> {
				if (type == 2 || follows(other, userId)) {
					users.add(Map.entry(other, time));
				}
			});
		}
		else {
			this.following.forEach((other, followed) -> {
				Long time = followed.get(userId);
				if (time != null) {
					users.add(Map.entry(other, time));
				}
			});
		}
		return users;
	}

	private ObjectNode get(JsonNode body) {
		String from = from(body, this.accounts);
		long type = integer(body, "FollowType", 1, 3, 30001);
		String cursor = optionalText(body, "StartCursor", 30001);
		long wanted = optionalInteger(body, "WantNum", 1, MAX_PAGE_SIZE, 100, 30001);
		int start = 0;
		if (cursor != null && !cursor.isEmpty()) {
			if (!cursor.chars().allMatch((c) -> c >= '0' && c <= '9') || cursor.length() > 9) {
				throw new EmulatorError(30001, "'StartCursor' is not a cursor this API returned");
			}
			start = Integer.parseInt(cursor);
		}
		List<Map.Entry<String, Long>> users = list(from, type);
		int first = Math.min(start, users.size());
		int end = (int) Math.min(users.size(), first + wanted);
		ArrayNode items = json.arrayNode();
		for (Map.Entry<String, Long> user : users.subList(first, end)) {
			ObjectNode item = items.addObject().put("To_Account", user.getKey()).put("FollowTime", user.getValue());
			Map<String, JsonNode> profile = this.accounts.profile(user.getKey());
			item.set("ProfileItem", ProfileHandler.profileItems((profile != null) ? profile : Map.of(), PROFILE_TAGS));
		}
		ObjectNode result = json.objectNode();
		result.set("FollowItem", items);
		return result.put("NextCursor", (end >= users.size()) ? "" : Integer.toString(end)).put("ErrorDisplay", "");
	}

	private ObjectNode check(JsonNode body) {
		String from = from(body, this.accounts);
		List<String> targets = texts(body, "To_Account", 30001, 100, 30001);
		ArrayNode items = json.arrayNode();
		for (String to : targets) {
			int type = (follows(to, from) ? 1 : 0) | (follows(from, to) ? 2 : 0);
			items.addObject().put("To_Account", to).put("ResultCode", 0).put("ResultInfo", "").put("FollowType", type);
		}
		return results(items);
	}

	private ObjectNode info(JsonNode body) {
		from(body, this.accounts);
		List<String> targets = texts(body, "To_Account", 30001, 20, 30001);
		ArrayNode items = json.arrayNode();
		for (String to : targets) {
			ObjectNode item = items.addObject().put("To_Account", to);
			if (!this.accounts.exists(to)) {
				item.put("ResultCode", 30003).put("ResultInfo", "account does not exist");
				continue;
			}
			item.put("ResultCode", 0)
				.put("ResultInfo", "")
				.put("FollowerCount", list(to, 1).size())
				.put("FollowingCount", list(to, 2).size())
				.put("MutualFollowingCount", list(to, 3).size());
		}
		ObjectNode result = json.objectNode();
		result.set("FollowInfo", items);
		return result.put("ErrorDisplay", "");
	}

}
