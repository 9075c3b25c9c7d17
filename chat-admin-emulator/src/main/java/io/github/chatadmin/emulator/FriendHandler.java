package io.github.chatadmin.emulator;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
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

import static io.github.chatadmin.emulator.EmulatorFields.MAX_UNSIGNED_32;
import static io.github.chatadmin.emulator.EmulatorFields.array;
import static io.github.chatadmin.emulator.EmulatorFields.maxBytes;
import static io.github.chatadmin.emulator.EmulatorFields.optionalInteger;
import static io.github.chatadmin.emulator.EmulatorFields.optionalText;
import static io.github.chatadmin.emulator.EmulatorFields.optionalTexts;
import static io.github.chatadmin.emulator.EmulatorFields.text;
import static io.github.chatadmin.emulator.EmulatorFields.texts;
import static io.github.chatadmin.emulator.RelationResults.from;
import static io.github.chatadmin.emulator.RelationResults.item;
import static io.github.chatadmin.emulator.RelationResults.results;

/**
 * The friends area (relation chain) with its friend lists: adds, imports, updates,
 * checks, pages and deletes friends, and creates, reads and deletes friend lists. It
 * keeps each user's friends with their friend fields ({@code Tag_SNS_IM_*} and
 * {@code Tag_SNS_Custom_*}), the pending friend requests left by targets that confirm
 * requests, and each user's friend lists.
 * <p>
 * {@code friend_add} follows the vendor's rules: {@code AddType} one-way or two-way (the
 * default), the blocklists first (30515 the target is in the requester's blocklist, 30525
 * the other way round), then, unless {@code ForceAddFlags} is 1, the target's
 * {@code Tag_Profile_IM_AllowType}: {@code AllowType_Type_DenyAny} refuses (30516),
 * {@code AllowType_Type_NeedConfirm} (the default) leaves a pending request and answers
 * 30539.
 *
 * @author chat-admin
 */
final class FriendHandler implements EmulatorArea {

	private static final JsonNodeFactory json = JsonNodeFactory.instance;

	private static final int PAGE_SIZE = 100;

	private static final int MAX_FRIENDS = 3000;

	private static final int MAX_LISTS = 32;

	private static final int MAX_LIST_NAME_BYTES = 30;

	private static final int MAX_REMARK_BYTES = 96;

	private static final int MAX_WORDING_BYTES = 256;

	private static final String SNS_CUSTOM_PREFIX = "Tag_SNS_Custom_";

	private final AccountHandler accounts;

	private final Clock clock;

	private final BiPredicate<String, String> blocks;

	private final Map<String, Map<String, Friend>> friends = new HashMap<>();

	private final Map<String, Map<String, Friend>> pending = new HashMap<>();

	private final Map<String, Set<String>> lists = new HashMap<>();

	private final Map<String, long[]> sequences = new HashMap<>();

	/**
	 * Create the area.
	 * @param accounts the accounts area
	 * @param clock the clock of the add times
	 * @param blocks whether a user (first) has another (second) in their blocklist
	 */
	FriendHandler(AccountHandler accounts, Clock clock, BiPredicate<String, String> blocks) {
		this.accounts = accounts;
		this.clock = clock;
		this.blocks = blocks;
	}

	@Override
	public Map<String, Function<JsonNode, ObjectNode>> commands() {
		Map<String, Function<JsonNode, ObjectNode>> commands = new HashMap<>();
		commands.put("sns/friend_add", this::friendAdd);
		commands.put("sns/friend_import", this::friendImport);
		commands.put("sns/friend_update", this::friendUpdate);
		commands.put("sns/friend_delete", this::friendDelete);
		commands.put("sns/friend_delete_all", this::friendDeleteAll);
		commands.put("sns/friend_check", this::friendCheck);
		commands.put("sns/friend_get", this::friendGet);
		commands.put("sns/friend_get_list", this::friendGetList);
		commands.put("sns/group_add", this::groupAdd);
		commands.put("sns/group_delete", this::groupDelete);
		commands.put("sns/group_get", this::groupGet);
		return Map.copyOf(commands);
	}

	@Override
	public void forgetAccount(String userId) {
		this.friends.remove(userId);
		this.pending.remove(userId);
		this.lists.remove(userId);
		this.sequences.remove(userId);
		this.friends.values().forEach((list) -> list.remove(userId));
		this.pending.values().forEach((list) -> list.remove(userId));
	}

	@Override
	public void reset() {
		this.friends.clear();
		this.pending.clear();
		this.lists.clear();
		this.sequences.clear();
	}

	/**
	 * End the friendship of two users in both directions and drop their pending requests,
	 * as blocking does.
	 * @param userId one user
	 * @param other the other user
	 */
	void unfriend(String userId, String other) {
		if (friendsOf(userId).remove(other) != null) {
			changed(userId, true);
		}
		if (friendsOf(other).remove(userId) != null) {
			changed(other, true);
		}
		this.pending.getOrDefault(userId, new HashMap<>()).remove(other);
		this.pending.getOrDefault(other, new HashMap<>()).remove(userId);
	}

	/**
	 * Return the pending friend requests that a user received, by requester.
	 * @param userId the target of the requests
	 * @return the requesters, in the order they asked
	 */
	List<String> pendingRequests(String userId) {
		return List.copyOf(this.pending.getOrDefault(userId, Map.of()).keySet());
	}

	private long now() {
		return this.clock.millis() / 1000;
	}

	private Map<String, Friend> friendsOf(String userId) {
		return this.friends.computeIfAbsent(userId, (k) -> new LinkedHashMap<>());
	}

	private Set<String> listsOf(String userId) {
		return this.lists.computeIfAbsent(userId, (k) -> new LinkedHashSet<>());
	}

	private long[] sequences(String userId) {
		return this.sequences.computeIfAbsent(userId, (k) -> new long[3]);
	}

	private void changed(String userId, boolean standard) {
		sequences(userId)[standard ? 0 : 1]++;
	}

	private static String addSource(JsonNode item) {
		String source = text(item, "AddSource", 30001);
		String keyword = source.startsWith("AddSource_Type_") ? source.substring("AddSource_Type_".length()) : "";
		if (keyword.isEmpty() || keyword.length() > 8
				|| !keyword.chars().allMatch((c) -> (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) {
			throw new EmulatorError(30001, "'AddSource' must be AddSource_Type_ and 1 to 8 letters, was " + source);
		}
		return source;
	}

	private static String listName(String name) {
		if (name.isEmpty()) {
			throw new EmulatorError(30001, "a friend list's name must not be empty");
		}
		maxBytes(name, "GroupName", MAX_LIST_NAME_BYTES, 30001);
		return name;
	}

	private ObjectNode friendAdd(JsonNode body) {
		String from = from(body, this.accounts);
		JsonNode items = array(body, "AddFriendItem", 30001, Integer.MAX_VALUE, 30001);
		String addType = optionalText(body, "AddType", 30001);
		if (addType != null && !addType.equals("Add_Type_Single") && !addType.equals("Add_Type_Both")) {
			throw new EmulatorError(30001, "'AddType' must be Add_Type_Single or Add_Type_Both");
		}
		boolean both = !"Add_Type_Single".equals(addType);
		boolean force = optionalInteger(body, "ForceAddFlags", 0, 1, 0, 30001) == 1;
		List<Friend> requests = new ArrayList<>();
		for (JsonNode item : items) {
			Friend request = new Friend(text(item, "To_Account", 30001), addSource(item), now());
			request.remark = optionalText(item, "Remark", 30001);
			maxBytes(request.remark, "Remark", MAX_REMARK_BYTES, 30001);
			request.wording = optionalText(item, "AddWording", 30001);
			maxBytes(request.wording, "AddWording", MAX_WORDING_BYTES, 30001);
			String list = optionalText(item, "GroupName", 30001);
			if (list != null) {
				request.lists.add(listName(list));
			}
			requests.add(request);
		}
		ArrayNode results = json.arrayNode();
		ArrayNode failed = json.arrayNode();
		for (Friend request : requests) {
			String to = request.userId;
			Map<String, JsonNode> target = this.accounts.profile(to);
			if (target == null) {
				item(results, failed, to, 30003, "Err_SNS_FriendAdd_Account_Not_Exist");
			}
			else if (to.equals(from)) {
				item(results, failed, to, 30001, "Err_SNS_FriendAdd_Add_Self");
			}
			else if (friendsOf(from).containsKey(to) && (!both || friendsOf(to).containsKey(from))) {
				item(results, failed, to, 30001, "Err_SNS_FriendAdd_Friend_Exist");
			}
			else if (this.blocks.test(from, to)) {
				item(results, failed, to, 30515, "Err_SNS_FriendAdd_Peer_In_My_BlackList");
			}
			else if (this.blocks.test(to, from)) {
				item(results, failed, to, 30525, "Err_SNS_FriendAdd_I_In_Peer_BlackList");
			}
			else if (!force && ProfileHandler.allowType(target).equals("AllowType_Type_DenyAny")) {
				item(results, failed, to, 30516, "Err_SNS_FriendAdd_Peer_Deny_Any");
			}
			else if (friendsOf(from).size() >= MAX_FRIENDS) {
				item(results, failed, to, 30010, "Err_SNS_FriendAdd_My_Friend_Num_Exceed_Threshold");
			}
			else if (both && friendsOf(to).size() >= MAX_FRIENDS) {
				item(results, failed, to, 30014, "Err_SNS_FriendAdd_Peer_Friend_Num_Exceed_Threshold");
			}
			else if (!force && !ProfileHandler.allowType(target).equals("AllowType_Type_AllowAny")) {
				this.pending.computeIfAbsent(to, (k) -> new LinkedHashMap<>()).put(from, request);
				item(results, failed, to, 30539, "Err_SNS_FriendAdd_Need_Confirm");
			}
			else {
				befriend(from, request);
				if (both && !friendsOf(to).containsKey(from)) {
					befriend(to, new Friend(from, request.source, request.addTime));
				}
				this.pending.getOrDefault(to, new HashMap<>()).remove(from);
				item(results, failed, to, 0, "");
			}
		}
		return results(results, failed);
	}

	private void befriend(String userId, Friend friend) {
		friendsOf(userId).putIfAbsent(friend.userId, friend);
		if (listsOf(userId).addAll(friend.lists)) {
			sequences(userId)[2]++;
		}
		changed(userId, true);
	}

	private ObjectNode friendImport(JsonNode body) {
		String from = from(body, this.accounts);
		List<Friend> imports = new ArrayList<>();
		for (JsonNode item : array(body, "AddFriendItem", 30001, Integer.MAX_VALUE, 30001)) {
			Friend friend = new Friend(text(item, "To_Account", 30001), addSource(item),
					optionalInteger(item, "AddTime", 0, MAX_UNSIGNED_32, now(), 30001));
			friend.remark = optionalText(item, "Remark", 30001);
			maxBytes(friend.remark, "Remark", MAX_REMARK_BYTES, 30001);
			friend.remarkTime = optionalInteger(item, "RemarkTime", 0, MAX_UNSIGNED_32, 0, 30001);
			friend.wording = optionalText(item, "AddWording", 30001);
			maxBytes(friend.wording, "AddWording", MAX_WORDING_BYTES, 30001);
			for (String list : optionalTexts(item, "GroupName", 30001, MAX_LISTS)) {
				friend.lists.add(listName(list));
			}
			for (JsonNode custom : EmulatorFields.optionalArray(item, "CustomItem", 30001, Integer.MAX_VALUE)) {
				friend.custom.put(customTag(text(custom, "Tag", 30001)), customValue(custom));
			}
			imports.add(friend);
		}
		ArrayNode results = json.arrayNode();
		ArrayNode failed = json.arrayNode();
		for (Friend friend : imports) {
			if (!this.accounts.exists(friend.userId)) {
				item(results, failed, friend.userId, 30003, "Err_SNS_FriendImport_Account_Not_Exist");
			}
			else if (friend.userId.equals(from) || friendsOf(from).containsKey(friend.userId)) {
				item(results, failed, friend.userId, 30001, "Err_SNS_FriendImport_Friend_Exist");
			}
			else if (friendsOf(from).size() >= MAX_FRIENDS) {
				item(results, failed, friend.userId, 30010, "Err_SNS_FriendImport_My_Friend_Num_Exceed_Threshold");
			}
			else if (tooManyLists(from, friend.lists)) {
				item(results, failed, friend.userId, 30011, "Err_SNS_FriendImport_Group_Num_Exceed_Threshold");
			}
			else {
				befriend(from, friend);
				if (!friend.custom.isEmpty()) {
					changed(from, false);
				}
				item(results, failed, friend.userId, 0, "");
			}
		}
		return results(results, failed);
	}

	private boolean tooManyLists(String userId, Set<String> names) {
		Set<String> all = new LinkedHashSet<>(listsOf(userId));
		all.addAll(names);
		return all.size() > MAX_LISTS;
	}

	private static String customTag(String tag) {
		String keyword = tag.startsWith(SNS_CUSTOM_PREFIX) ? tag.substring(SNS_CUSTOM_PREFIX.length()) : "";
		if (keyword.isEmpty() || keyword.length() > 8
				|| !keyword.chars().allMatch((c) -> (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) {
			throw new EmulatorError(30001, "the friend field " + tag + " does not exist");
		}
		return tag;
	}

	private static JsonNode customValue(JsonNode item) {
		JsonNode value = item.get("Value");
		if (value != null && value.isString()) {
			maxBytes(value.stringValue(), "Value", 500, 30001);
			return value;
		}
		if (value != null && value.isIntegralNumber() && value.canConvertToLong() && value.longValue() >= 0) {
			return value;
		}
		throw new EmulatorError(30001, "a custom friend field's 'Value' must be a string or a number");
	}

	private ObjectNode friendUpdate(JsonNode body) {
		String from = from(body, this.accounts);
		Map<String, List<JsonNode>> updates = new LinkedHashMap<>();
		for (JsonNode item : array(body, "UpdateItem", 30001, Integer.MAX_VALUE, 30001)) {
			String to = text(item, "To_Account", 30001);
			List<JsonNode> changes = new ArrayList<>();
			for (JsonNode change : array(item, "SnsItem", 30001, Integer.MAX_VALUE, 30001)) {
				String tag = text(change, "Tag", 30001);
				if (tag.equals("Tag_SNS_IM_Remark")) {
					maxBytes(text(change, "Value", 30001), "Value", MAX_REMARK_BYTES, 30001);
				}
				else if (tag.equals("Tag_SNS_IM_Group")) {
					for (String name : texts(change, "Value", 30001, MAX_LISTS, 30011)) {
						listName(name);
					}
				}
				else {
					customTag(tag);
					customValue(change);
				}
				changes.add(change);
			}
			updates.put(to, changes);
		}
		ArrayNode results = json.arrayNode();
		ArrayNode failed = json.arrayNode();
		updates.forEach((to, changes) -> {
			Friend friend = friendsOf(from).get(to);
			if (friend == null) {
				item(results, failed, to, 30001, "Err_SNS_FriendUpdate_Friend_Not_Exist");
				return;
			}
			for (JsonNode change : changes) {
				String tag = change.get("Tag").stringValue();
				if (tag.equals("Tag_SNS_IM_Group")) {
					Set<String> names = new LinkedHashSet<>(texts(change, "Value", 30001, MAX_LISTS, 30011));
					if (tooManyLists(from, names)) {
						item(results, failed, to, 30011, "Err_SNS_FriendUpdate_Group_Num_Exceed_Threshold");
						return;
					}
				}
			}
			for (JsonNode change : changes) {
				String tag = change.get("Tag").stringValue();
				if (tag.equals("Tag_SNS_IM_Remark")) {
					friend.remark = change.get("Value").stringValue();
					friend.remarkTime = now();
					changed(from, true);
				}
				else if (tag.equals("Tag_SNS_IM_Group")) {
					friend.lists.clear();
					friend.lists.addAll(texts(change, "Value", 30001, MAX_LISTS, 30011));
					if (listsOf(from).addAll(friend.lists)) {
						sequences(from)[2]++;
					}
					changed(from, true);
				}
				else {
					friend.custom.put(tag, change.get("Value"));
					changed(from, false);
				}
			}
			item(results, failed, to, 0, "");
		});
		return results(results, failed);
	}

	private boolean deleteBoth(JsonNode body) {
		String type = optionalText(body, "DeleteType", 30001);
		if (type != null && !type.equals("Delete_Type_Single") && !type.equals("Delete_Type_Both")) {
			throw new EmulatorError(30001, "'DeleteType' must be Delete_Type_Single or Delete_Type_Both");
		}
		return "Delete_Type_Both".equals(type);
	}

	private void removeFriend(String userId, String friend, boolean both) {
		if (friendsOf(userId).remove(friend) != null) {
			changed(userId, true);
		}
		if (both && friendsOf(friend).remove(userId) != null) {
			changed(friend, true);
		}
	}

	private ObjectNode friendDelete(JsonNode body) {
		String from = from(body, this.accounts);
		List<String> targets = texts(body, "To_Account", 30001, 1000, 30001);
		boolean both = deleteBoth(body);
		ArrayNode results = json.arrayNode();
		ArrayNode failed = json.arrayNode();
		for (String to : targets) {
			if (friendsOf(from).containsKey(to)) {
				removeFriend(from, to, both);
				item(results, failed, to, 0, "");
			}
			else {
				item(results, failed, to, 31704, "Err_SNS_FriendDelete_Not_Friend");
			}
		}
		return json.objectNode().<ObjectNode>set("ResultItem", results).put("ErrorDisplay", "");
	}

	private ObjectNode friendDeleteAll(JsonNode body) {
		String from = from(body, this.accounts);
		boolean both = deleteBoth(body);
		for (String to : List.copyOf(friendsOf(from).keySet())) {
			removeFriend(from, to, both);
		}
		return json.objectNode().put("ErrorDisplay", "");
	}

	private ObjectNode friendCheck(JsonNode body) {
		String from = from(body, this.accounts);
		List<String> targets = texts(body, "To_Account", 30001, 1000, 30001);
		String type = text(body, "CheckType", 30001);
		boolean both = switch (type) {
			case "CheckResult_Type_Both" -> true;
			case "CheckResult_Type_Single" -> false;
			default -> throw new EmulatorError(30001,
					"'CheckType' must be CheckResult_Type_Single or " + "CheckResult_Type_Both");
		};
		ArrayNode items = json.arrayNode();
		for (String to : targets) {
			boolean aWithB = friendsOf(from).containsKey(to);
			boolean bWithA = both && this.friends.getOrDefault(to, Map.of()).containsKey(from);
			String relation = (aWithB && bWithA) ? "CheckResult_Type_BothWay" : aWithB ? "CheckResult_Type_AWithB"
					: bWithA ? "CheckResult_Type_BWithA" : "CheckResult_Type_NoRelation";
			items.addObject()
				.put("To_Account", to)
				.put("Relation", relation)
				.put("ResultCode", 0)
				.put("ResultInfo", "");
		}
		ObjectNode result = json.objectNode();
		result.set("InfoItem", items);
		return result.put("ErrorDisplay", "");
	}

	private ObjectNode friendGet(JsonNode body) {
		String from = from(body, this.accounts);
		long startIndex = optionalInteger(body, "StartIndex", 0, MAX_UNSIGNED_32, 0, 30001);
		long standardSequence = optionalInteger(body, "StandardSequence", 0, Long.MAX_VALUE, 0, 30001);
		long customSequence = optionalInteger(body, "CustomSequence", 0, Long.MAX_VALUE, 0, 30001);
		long[] current = sequences(from);
		boolean standard = standardSequence == 0 || standardSequence != current[0];
		boolean custom = customSequence == 0 || customSequence != current[1];
		List<Friend> all = new ArrayList<>(friendsOf(from).values());
		int start = (int) Math.min(startIndex, all.size());
		int end = (int) Math.min(all.size(), start + (long) PAGE_SIZE);
		ArrayNode items = json.arrayNode();
		for (Friend friend : all.subList(start, end)) {
			ObjectNode item = items.addObject().put("To_Account", friend.userId);
			ArrayNode values = item.putArray("ValueItem");
			List<String> tags = new ArrayList<>();
			if (standard) {
				tags.addAll(List.of("Tag_SNS_IM_AddSource", "Tag_SNS_IM_Remark", "Tag_SNS_IM_Group",
						"Tag_SNS_IM_AddWording", "Tag_SNS_IM_AddTime"));
			}
			if (custom) {
				tags.addAll(friend.custom.keySet());
			}
			for (String tag : tags) {
				JsonNode value = friend.field(tag);
				if (value != null) {
					values.addObject().put("Tag", tag).set("Value", value);
				}
			}
		}
		ObjectNode result = json.objectNode();
		result.set("UserDataItem", items);
		return result.put("StandardSequence", current[0])
			.put("CustomSequence", current[1])
			.put("FriendNum", all.size())
			.put("CompleteFlag", (end >= all.size()) ? 1 : 0)
			.put("NextStartIndex", (end >= all.size()) ? 0 : end)
			.put("ErrorDisplay", "");
	}

	private ObjectNode friendGetList(JsonNode body) {
		String from = from(body, this.accounts);
		List<String> targets = texts(body, "To_Account", 30001, Integer.MAX_VALUE, 30001);
		List<String> tags = texts(body, "TagList", 30001, Integer.MAX_VALUE, 30001);
		for (String tag : tags) {
			if (!tag.startsWith("Tag_SNS_IM_") && !tag.startsWith(SNS_CUSTOM_PREFIX)
					&& !ProfileHandler.isProfileTag(tag)) {
				throw new EmulatorError(30001, "the field " + tag + " does not exist");
			}
		}
		ArrayNode items = json.arrayNode();
		ArrayNode failed = json.arrayNode();
		for (String to : targets) {
			Friend friend = friendsOf(from).get(to);
			Map<String, JsonNode> profile = this.accounts.profile(to);
			ObjectNode item = items.addObject().put("To_Account", to);
			if (friend == null || profile == null) {
				item.put("ResultCode", 30001).put("ResultInfo", "Err_SNS_FriendGetList_Friend_Not_Exist");
				failed.add(to);
				continue;
			}
			ArrayNode fields = item.putArray("SnsProfileItem");
			for (String tag : tags) {
				JsonNode value = tag.startsWith("Tag_SNS_") ? friend.field(tag) : profile.get(tag);
				if (value != null) {
					fields.addObject().put("Tag", tag).set("Value", value);
				}
			}
			item.put("ResultCode", 0).put("ResultInfo", "");
		}
		ObjectNode result = json.objectNode();
		result.set("InfoItem", items);
		if (!failed.isEmpty()) {
			result.set("Fail_Account", failed);
		}
		return result.put("ErrorDisplay", "");
	}

	private ObjectNode groupAdd(JsonNode body) {
		String from = from(body, this.accounts);
		List<String> names = texts(body, "GroupName", 30001, MAX_LISTS, 30011);
		names.forEach(FriendHandler::listName);
		List<String> members = optionalTexts(body, "To_Account", 30001, 1000);
		Set<String> lists = listsOf(from);
		for (String name : names) {
			if (lists.contains(name)) {
				throw new EmulatorError(30001, "Err_SNS_GroupAdd_Group_Exist: the friend list " + name + " exists");
			}
		}
		if (tooManyLists(from, new LinkedHashSet<>(names))) {
			throw new EmulatorError(30011, "a user has at most " + MAX_LISTS + " friend lists");
		}
		lists.addAll(names);
		sequences(from)[2]++;
		ObjectNode result = json.objectNode();
		if (!members.isEmpty()) {
			ArrayNode items = json.arrayNode();
			ArrayNode failed = json.arrayNode();
			for (String to : members) {
				Friend friend = friendsOf(from).get(to);
				if (friend == null) {
					item(items, failed, to, 32216, "Err_SNS_GroupAdd_ToTinyId_Not_Friend");
					continue;
				}
				friend.lists.addAll(names);
				changed(from, true);
				item(items, failed, to, 0, "");
			}
			result.set("ResultItem", items);
			if (!failed.isEmpty()) {
				result.set("Fail_Account", failed);
			}
		}
		return result.put("CurrentSequence", sequences(from)[2]).put("ErrorDisplay", "");
	}

	private ObjectNode groupDelete(JsonNode body) {
		String from = from(body, this.accounts);
		List<String> names = texts(body, "GroupName", 30001, MAX_LISTS, 30001);
		Set<String> lists = listsOf(from);
		for (String name : names) {
			if (!lists.contains(name)) {
				throw new EmulatorError(30001, "Err_SNS_GroupDel_Group_Not_Exist: no friend list " + name);
			}
		}
		names.forEach(lists::remove);
		for (Friend friend : friendsOf(from).values()) {
			if (friend.lists.removeAll(names)) {
				changed(from, true);
			}
		}
		sequences(from)[2]++;
		return json.objectNode().put("CurrentSequence", sequences(from)[2]).put("ErrorDisplay", "");
	}

	private ObjectNode groupGet(JsonNode body) {
		String from = from(body, this.accounts);
		String needFriend = optionalText(body, "NeedFriend", 30001);
		if (needFriend != null && !needFriend.equals("Need_Friend_Type_Yes")) {
			throw new EmulatorError(30001, "'NeedFriend' must be Need_Friend_Type_Yes when present");
		}
		optionalInteger(body, "LastSequence", 0, Long.MAX_VALUE, 0, 30001);
		List<String> wanted = optionalTexts(body, "GroupName", 30001, MAX_LISTS);
		ArrayNode items = json.arrayNode();
		for (String name : listsOf(from)) {
			if (!wanted.isEmpty() && !wanted.contains(name)) {
				continue;
			}
			List<String> members = new ArrayList<>();
			for (Friend friend : friendsOf(from).values()) {
				if (friend.lists.contains(name)) {
					members.add(friend.userId);
				}
			}
			ObjectNode item = items.addObject().put("GroupName", name).put("FriendNumber", members.size());
			if (needFriend != null) {
				ArrayNode accounts = item.putArray("To_Account");
				members.forEach(accounts::add);
			}
		}
		ObjectNode result = json.objectNode();
		result.set("ResultItem", items);
		return result.put("CurrentSequence", sequences(from)[2]).put("ErrorDisplay", "");
	}

	private static final class Friend {

		private final String userId;

		private final String source;

		private final long addTime;

		private @Nullable String remark;

		private long remarkTime;

		private @Nullable String wording;

		private final Set<String> lists = new LinkedHashSet<>();

		private final Map<String, JsonNode> custom = new LinkedHashMap<>();

		Friend(String userId, String source, long addTime) {
			this.userId = userId;
			this.source = source;
			this.addTime = addTime;
		}

		@Nullable JsonNode field(String tag) {
			return switch (tag) {
				case "Tag_SNS_IM_AddSource" -> json.stringNode(this.source);
				case "Tag_SNS_IM_Remark" -> (this.remark != null) ? json.stringNode(this.remark) : null;
				case "Tag_SNS_IM_RemarkTime" -> (this.remarkTime != 0) ? json.numberNode(this.remarkTime) : null;
				case "Tag_SNS_IM_AddWording" -> (this.wording != null) ? json.stringNode(this.wording) : null;
				case "Tag_SNS_IM_AddTime" -> json.numberNode(this.addTime);
				case "Tag_SNS_IM_Group" -> {
					if (this.lists.isEmpty()) {
						yield null;
					}
					ArrayNode names = json.arrayNode();
					this.lists.forEach(names::add);
					yield names;
				}
				default -> this.custom.get(tag);
			};
		}

	}

}
