package io.github.chatadmin.emulator;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import static io.github.chatadmin.emulator.EmulatorFields.MAX_UNSIGNED_32;
import static io.github.chatadmin.emulator.EmulatorFields.integer;
import static io.github.chatadmin.emulator.EmulatorFields.optionalInteger;
import static io.github.chatadmin.emulator.EmulatorFields.text;
import static io.github.chatadmin.emulator.EmulatorFields.texts;
import static io.github.chatadmin.emulator.RelationResults.from;
import static io.github.chatadmin.emulator.RelationResults.item;
import static io.github.chatadmin.emulator.RelationResults.results;

/**
 * The blocklist area: blocks, unblocks, pages and checks each user's blocklist (at most
 * 1,000 users). Blocking ends the friendship in both directions; the friends area refuses
 * friend requests across a blocklist (30515, 30525) and the one-to-one messages area
 * refuses a user's messages to someone who blocked them (20007).
 *
 * @author chat-admin
 */
final class BlocklistHandler implements EmulatorArea {

	private static final JsonNodeFactory json = JsonNodeFactory.instance;

	private static final int MAX_BLOCKED = 1000;

	private static final int MAX_USERS = 1000;

	private final AccountHandler accounts;

	private final Clock clock;

	private final BiConsumer<String, String> onBlock;

	private final Map<String, Map<String, Long>> blocked = new HashMap<>();

	private final Map<String, Long> sequences = new HashMap<>();

	/**
	 * Create the area.
	 * @param accounts the accounts area
	 * @param clock the clock of the block times
	 * @param onBlock called with (user, blocked user) when a block is added, to end their
	 * friendship
	 */
	BlocklistHandler(AccountHandler accounts, Clock clock, BiConsumer<String, String> onBlock) {
		this.accounts = accounts;
		this.clock = clock;
		this.onBlock = onBlock;
	}

	@Override
	public Map<String, Function<JsonNode, ObjectNode>> commands() {
		return Map.of("sns/black_list_add", this::add, "sns/black_list_delete", this::delete, "sns/black_list_get",
				this::get, "sns/black_list_check", this::check);
	}

	@Override
	public void forgetAccount(String userId) {
		this.blocked.remove(userId);
		this.sequences.remove(userId);
		this.blocked.values().forEach((list) -> list.remove(userId));
	}

	@Override
	public void reset() {
		this.blocked.clear();
		this.sequences.clear();
	}

	/**
	 * Return whether a user has another in their blocklist.
	 * @param userId the user
	 * @param other the other user
	 * @return whether {@code userId} blocked {@code other}
	 */
	boolean blocks(String userId, String other) {
		return this.blocked.getOrDefault(userId, Map.of()).containsKey(other);
	}

	private ObjectNode add(JsonNode body) {
		String from = from(body, this.accounts);
		List<String> targets = texts(body, "To_Account", 30001, MAX_USERS, 30001);
		Map<String, Long> list = this.blocked.computeIfAbsent(from, (k) -> new LinkedHashMap<>());
		ArrayNode items = json.arrayNode();
		ArrayNode failed = json.arrayNode();
		for (String to : targets) {
			if (!this.accounts.exists(to)) {
				item(items, failed, to, 30003, "Err_SNS_BlackListAdd_Account_Not_Exist");
			}
			else if (to.equals(from)) {
				item(items, failed, to, 30001, "Err_SNS_BlackListAdd_Self");
			}
			else if (list.containsKey(to)) {
				item(items, failed, to, 30001, "Err_SNS_BlackListAdd_Already_Exist");
			}
			else if (list.size() >= MAX_BLOCKED) {
				item(items, failed, to, 30013, "Err_SNS_BlackListAdd_BlackList_Num_Exceed_Threshold");
			}
			else {
				list.put(to, this.clock.millis() / 1000);
				this.sequences.merge(from, 1L, Long::sum);
				this.onBlock.accept(from, to);
				item(items, failed, to, 0, "");
			}
		}
		return results(items, failed);
	}

	private ObjectNode delete(JsonNode body) {
		String from = from(body, this.accounts);
		List<String> targets = texts(body, "To_Account", 30001, MAX_USERS, 30001);
		Map<String, Long> list = this.blocked.getOrDefault(from, new HashMap<>());
		ArrayNode items = json.arrayNode();
		ArrayNode failed = json.arrayNode();
		for (String to : targets) {
			if (list.remove(to) != null) {
				this.sequences.merge(from, 1L, Long::sum);
				item(items, failed, to, 0, "");
			}
			else {
				item(items, failed, to, 30001, "Err_SNS_BlackListDelete_Not_Exist");
			}
		}
		return results(items, failed);
	}

	private ObjectNode get(JsonNode body) {
		String from = from(body, this.accounts);
		long startIndex = integer(body, "StartIndex", 0, MAX_UNSIGNED_32, 30001);
		long maxLimited = integer(body, "MaxLimited", 1, MAX_BLOCKED, 30001);
		optionalInteger(body, "LastSequence", 0, Long.MAX_VALUE, 0, 30001);
		List<Map.Entry<String, Long>> all = new ArrayList<>(this.blocked.getOrDefault(from, Map.of()).entrySet());
		int start = (int) Math.min(startIndex, all.size());
		int end = (int) Math.min(all.size(), start + maxLimited);
		ArrayNode items = json.arrayNode();
		for (Map.Entry<String, Long> entry : all.subList(start, end)) {
			items.addObject().put("To_Account", entry.getKey()).put("AddBlackTimeStamp", entry.getValue());
		}
		ObjectNode result = json.objectNode();
		result.set("BlackListItem", items);
		return result.put("StartIndex", (end >= all.size()) ? 0 : end)
			.put("CurruentSequence", this.sequences.getOrDefault(from, 0L))
			.put("ErrorDisplay", "");
	}

	private ObjectNode check(JsonNode body) {
		String from = from(body, this.accounts);
		List<String> targets = texts(body, "To_Account", 30001, MAX_USERS, 30001);
		String type = text(body, "CheckType", 30001);
		boolean both = switch (type) {
			case "BlackCheckResult_Type_Both" -> true;
			case "BlackCheckResult_Type_Single" -> false;
			default -> throw new EmulatorError(30001,
					"'CheckType' must be BlackCheckResult_Type_Single or BlackCheckResult_Type_Both");
		};
		ArrayNode items = json.arrayNode();
		for (String to : targets) {
			boolean aWithB = blocks(from, to);
			boolean bWithA = both && blocks(to, from);
			String relation = (aWithB && bWithA) ? "BlackCheckResult_Type_BothWay"
					: aWithB ? "BlackCheckResult_Type_AWithB"
							: bWithA ? "BlackCheckResult_Type_BWithA" : "BlackCheckResult_Type_NO";
			items.addObject()
				.put("To_Account", to)
				.put("Relation", relation)
				.put("ResultCode", 0)
				.put("ResultInfo", "");
		}
		ObjectNode result = json.objectNode();
		result.set("BlackListCheckItem", items);
		return result.put("ErrorDisplay", "");
	}

}
