package io.github.chatadmin.emulator;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import static io.github.chatadmin.emulator.EmulatorFields.array;
import static io.github.chatadmin.emulator.EmulatorFields.integer;
import static io.github.chatadmin.emulator.EmulatorFields.maxBytes;
import static io.github.chatadmin.emulator.EmulatorFields.optionalArray;
import static io.github.chatadmin.emulator.EmulatorFields.optionalInteger;
import static io.github.chatadmin.emulator.EmulatorFields.optionalText;
import static io.github.chatadmin.emulator.EmulatorFields.text;
import static io.github.chatadmin.emulator.EmulatorFields.texts;

/**
 * The conversations area ({@code recentcontact/*}): each user's recent conversations,
 * created by one-to-one and group sends and listed pinned first (the emulator pins none),
 * then newest first; and each user's conversation groups and marks. Invalid requests get
 * the vendor's 50002, unknown users its 50001; a broken limit the vendor gives no code
 * for (more than 20 groups, more than 1,000 grouped or marked conversations) gets 51008.
 *
 * @author chat-admin
 */
final class ConversationHandler implements EmulatorArea {

	static final int PAGE_SIZE = 100;

	private static final int INVALID = 50002;

	private static final int NO_USER = 50001;

	private static final int LIMIT = 51008;

	private static final int MAX_GROUPS = 20;

	private static final int MAX_MARKED = 1000;

	private static final int MAX_NAME_BYTES = 64;

	private static final JsonNodeFactory json = JsonNodeFactory.instance;

	private final AccountHandler accounts;

	private final Clock clock;

	private final Map<String, Map<String, Recent>> recent = new HashMap<>();

	private final Map<String, UserGroups> groups = new HashMap<>();

	private long touches;

	ConversationHandler(AccountHandler accounts, Clock clock) {
		this.accounts = accounts;
		this.clock = clock;
	}

	@Override
	public Map<String, Function<JsonNode, ObjectNode>> commands() {
		Map<String, Function<JsonNode, ObjectNode>> commands = new HashMap<>();
		commands.put("recentcontact/get_list", this::getList);
		commands.put("recentcontact/delete", this::delete);
		commands.put("recentcontact/create_contact_group", this::createGroup);
		commands.put("recentcontact/update_contact_group", this::updateGroup);
		commands.put("recentcontact/del_contact_group", this::deleteGroup);
		commands.put("recentcontact/mark_contact", this::mark);
		commands.put("recentcontact/search_contact_group", this::search);
		commands.put("recentcontact/get_contact_group", this::getGroups);
		return Map.copyOf(commands);
	}

	@Override
	public void reset() {
		this.recent.clear();
		this.groups.clear();
		this.touches = 0;
	}

	@Override
	public void forgetAccount(String userId) {
		this.recent.remove(userId);
		this.groups.remove(userId);
		String key = c2cKey(userId);
		this.recent.values().forEach((conversations) -> conversations.remove(key));
		this.groups.values().forEach((user) -> user.marks.remove(key));
	}

	@Override
	public void forgetGroup(String groupId) {
		String key = groupKey(groupId);
		this.recent.values().forEach((conversations) -> conversations.remove(key));
		this.groups.values().forEach((user) -> user.marks.remove(key));
	}

	/**
	 * Record a one-to-one message: both users get (or move up) the conversation.
	 * @param from the sender, {@code administrator} for the app admin
	 * @param to the recipient
	 * @param time the message's time, in seconds
	 */
	void onMessage(String from, String to, long time) {
		if (this.accounts.exists(from)) {
			touch(from, new Recent(1, to, time));
		}
		if (this.accounts.exists(to) && !to.equals(from)) {
			touch(to, new Recent(1, from, time));
		}
	}

	/**
	 * Record a group message: every member gets (or moves up) the group's conversation.
	 * @param groupId the group
	 * @param members the group's members
	 * @param time the message's time, in seconds
	 */
	void onGroupMessage(String groupId, List<String> members, long time) {
		for (String member : members) {
			touch(member, new Recent(2, groupId, time));
		}
	}

	private void touch(String userId, Recent conversation) {
		Map<String, Recent> conversations = this.recent.computeIfAbsent(userId, (k) -> new LinkedHashMap<>());
		Recent previous = conversations.get(conversation.key());
		if (previous != null && previous.time > conversation.time) {
			return;
		}
		conversation.order = ++this.touches;
		conversations.put(conversation.key(), conversation);
	}

	private long now() {
		return this.clock.millis() / 1000;
	}

	private String user(JsonNode body) {
		String userId = text(body, "From_Account", INVALID);
		this.accounts.require(userId, NO_USER, "From_Account");
		return userId;
	}

	private static String c2cKey(String userId) {
		return "1\u0000" + userId;
	}

	private static String groupKey(String groupId) {
		return "2\u0000" + groupId;
	}

	private ObjectNode getList(JsonNode body) {
		String userId = user(body);
		for (String field : List.of("TimeStamp", "TopTimeStamp", "TopStartIndex", "AssistFlags")) {
			integer(body, field, 0, Long.MAX_VALUE, INVALID);
		}
		long start = integer(body, "StartIndex", 0, Long.MAX_VALUE, INVALID);
		List<Recent> all = new ArrayList<>(this.recent.getOrDefault(userId, Map.of()).values());
		all.sort(Comparator.comparingLong((Recent conversation) -> conversation.time)
			.thenComparingLong((conversation) -> conversation.order)
			.reversed());
		int from = (int) Math.min(start, all.size());
		int to = Math.min(from + PAGE_SIZE, all.size());
		ObjectNode result = json.objectNode();
		ArrayNode items = result.putArray("SessionItem");
		UserGroups user = this.groups.get(userId);
		for (Recent conversation : all.subList(from, to)) {
			ObjectNode item = items.addObject().put("Type", conversation.type);
			item.put((conversation.type == 1) ? "To_Account" : "GroupId", conversation.peer);
			item.put("MsgTime", conversation.time).put("TopFlag", 0);
			Marks marks = (user != null) ? user.marks.get(conversation.key()) : null;
			if (marks != null) {
				marks.writeTo(item);
			}
		}
		boolean complete = to >= all.size();
		return result.put("CompleteFlag", complete ? 1 : 0)
			.put("TimeStamp", now())
			.put("StartIndex", complete ? 0 : to)
			.put("TopTimeStamp", now())
			.put("TopStartIndex", 0);
	}

	private ObjectNode delete(JsonNode body) {
		String userId = user(body);
		long type = integer(body, "Type", 1, 2, INVALID);
		String key = (type == 1) ? c2cKey(text(body, "To_Account", INVALID))
				: groupKey(text(body, "ToGroupid", INVALID));
		optionalInteger(body, "ClearRamble", 0, 1, 0, INVALID);
		Map<String, Recent> conversations = this.recent.get(userId);
		if (conversations != null) {
			conversations.remove(key);
		}
		return json.objectNode().put("ErrorDisplay", "");
	}

	private static Contact contact(JsonNode item, String field) {
		if (item == null || !item.isObject()) {
			throw new EmulatorError(INVALID, "'" + field + "' must be an object");
		}
		long type = integer(item, "Type", 1, 2, INVALID);
		return (type == 1) ? new Contact(1, text(item, "To_Account", INVALID))
				: new Contact(2, text(item, "ToGroupId", INVALID));
	}

	private UserGroups groupsOf(String userId) {
		return this.groups.computeIfAbsent(userId, (k) -> new UserGroups());
	}

	private static String groupName(JsonNode body, String field) {
		String name = text(body, field, INVALID);
		maxBytes(name, field, MAX_NAME_BYTES, INVALID);
		return name;
	}

	private ObjectNode createGroup(JsonNode body) {
		String userId = user(body);
		JsonNode item = array(body, "GroupContactItem", INVALID, 1, INVALID).get(0);
		String name = groupName(item, "GroupName");
		List<JsonNode> contacts = optionalArray(item, "ContactItem", INVALID, 100);
		UserGroups user = groupsOf(userId);
		if (user.byName(name) != null) {
			throw new EmulatorError(INVALID, "the conversation group " + name + " already exists");
		}
		if (user.names.size() >= MAX_GROUPS) {
			throw new EmulatorError(LIMIT, "a user has at most " + MAX_GROUPS + " conversation groups");
		}
		List<Contact> parsed = new ArrayList<>();
		for (JsonNode contact : contacts) {
			parsed.add(contact(contact, "ContactItem"));
		}
		long id = ++user.lastId;
		user.names.put(id, name);
		ObjectNode result = json.objectNode();
		ObjectNode group = result.putArray("GroupResultItem").addObject();
		group.putObject("GroupItem").put("GroupName", name).put("GroupId", id);
		ArrayNode results = group.putArray("ResultItem");
		for (Contact contact : parsed) {
			int code = user.marks(contact, now()) ? 0 : LIMIT;
			if (code == 0) {
				user.marks.get(contact.key()).groupIds.add(id);
			}
			ObjectNode entry = results.addObject();
			contact.writeTo(entry.putObject("ContactItem"));
			entry.put("ResultCode", code).put("ResultInfo", (code == 0) ? "" : "too many conversations");
		}
		return result.put("ErrorDisplay", "");
	}

	private ObjectNode updateGroup(JsonNode body) {
		String userId = user(body);
		integer(body, "UpdateType", 1, 1, INVALID);
		JsonNode update = body.get("UpdateGroup");
		if (update == null || !update.isObject()) {
			throw new EmulatorError(INVALID, "'UpdateGroup' is missing or not an object");
		}
		long updateType = integer(update, "UpdateGroupType", 1, 2, INVALID);
		String oldName = groupName(update, "OldGroupName");
		UserGroups user = groupsOf(userId);
		Long id = user.byName(oldName);
		if (id == null) {
			throw new EmulatorError(INVALID, "the conversation group " + oldName + " does not exist");
		}
		ObjectNode result = json.objectNode().put("UpdateType", 1);
		ObjectNode groupResult = result.putObject("UpdateGroupResult").put("UpdateGroupType", updateType);
		if (updateType == 1) {
			String newName = groupName(update, "NewGroupName");
			if (!newName.equals(oldName) && user.byName(newName) != null) {
				throw new EmulatorError(INVALID, "the conversation group " + newName + " already exists");
			}
			user.names.put(id, newName);
			return groupResult.put("GroupName", newName).put("GroupId", id).put("OldGroupName", oldName);
		}
		JsonNode items = array(update, "ContactUpdateItem", INVALID, Integer.MAX_VALUE, INVALID);
		List<Long> ops = new ArrayList<>();
		List<Contact> contacts = new ArrayList<>();
		for (JsonNode item : items) {
			ops.add(integer(item, "ContactOptType", 1, 2, INVALID));
			contacts.add(contact(item.get("ContactItem"), "ContactItem"));
		}
		groupResult.put("GroupName", oldName).put("GroupId", id).put("OldGroupName", oldName);
		ArrayNode results = groupResult.putArray("ContactResultItem");
		for (int i = 0; i < contacts.size(); i++) {
			Contact contact = contacts.get(i);
			int code = 0;
			if (ops.get(i) == 1) {
				code = user.marks(contact, now()) ? 0 : LIMIT;
				if (code == 0) {
					user.marks.get(contact.key()).groupIds.add(id);
				}
			}
			else {
				Marks marks = user.marks.get(contact.key());
				if (marks != null) {
					marks.groupIds.remove(id);
					marks.timestamp = now();
					user.dropIfEmpty(contact.key());
				}
			}
			ObjectNode entry = results.addObject().put("ContactOptType", ops.get(i));
			contact.writeTo(entry.putObject("ContactItem"));
			entry.put("ResultCode", code).put("ResultInfo", (code == 0) ? "" : "too many conversations");
		}
		return result;
	}

	private ObjectNode deleteGroup(JsonNode body) {
		String userId = user(body);
		String name = texts(body, "GroupName", INVALID, 1, INVALID).get(0);
		UserGroups user = groupsOf(userId);
		Long id = user.byName(name);
		if (id == null) {
			throw new EmulatorError(INVALID, "the conversation group " + name + " does not exist");
		}
		user.names.remove(id);
		for (String key : new ArrayList<>(user.marks.keySet())) {
			user.marks.get(key).groupIds.remove(id);
			user.dropIfEmpty(key);
		}
		ObjectNode result = json.objectNode();
		result.putArray("GroupItem").addObject().put("GroupName", name).put("GroupId", id);
		return result;
	}

	private ObjectNode mark(JsonNode body) {
		String userId = user(body);
		JsonNode items = array(body, "MarkItem", INVALID, 100, INVALID);
		UserGroups user = groupsOf(userId);
		record Change(long optType, Contact contact, List<Long> set, List<Long> clear, @Nullable String custom) {
		}
		List<Change> changes = new ArrayList<>();
		for (JsonNode item : items) {
			long optType = integer(item, "OptType", 1, 3, INVALID);
			Contact contact = contact(item.get("ContactItem"), "ContactItem");
			List<Long> set = bits(item, "SetMark");
			List<Long> clear = bits(item, "ClearMark");
			String custom = optionalText(item, "CustomMark", INVALID);
			maxBytes(custom, "CustomMark", 256, INVALID);
			changes.add(new Change(optType, contact, set, clear, custom));
		}
		ObjectNode result = json.objectNode();
		ArrayNode results = result.putArray("ResultItem");
		for (Change change : changes) {
			int code = user.marks(change.contact(), now()) ? 0 : LIMIT;
			if (code == 0) {
				Marks marks = user.marks.get(change.contact().key());
				if (change.optType() != 2) {
					change.set().forEach((bit) -> marks.standard |= (1L << bit));
					change.clear().forEach((bit) -> marks.standard &= ~(1L << bit));
				}
				if (change.optType() != 1 && change.custom() != null) {
					marks.custom = change.custom();
				}
				user.dropIfEmpty(change.contact().key());
			}
			ObjectNode entry = results.addObject().put("OptType", change.optType());
			change.contact().writeTo(entry.putObject("ContactItem"));
			entry.put("ResultCode", code).put("ResultInfo", (code == 0) ? "" : "too many conversations");
		}
		return result;
	}

	private static List<Long> bits(JsonNode item, String field) {
		List<Long> bits = new ArrayList<>();
		for (JsonNode bit : optionalArray(item, field, INVALID, 64)) {
			if (!bit.isIntegralNumber() || !bit.canConvertToLong() || bit.asLong() < 0 || bit.asLong() > 63) {
				throw new EmulatorError(INVALID, "'" + field + "' must hold bit numbers 0 to 63");
			}
			bits.add(bit.asLong());
		}
		return bits;
	}

	private ObjectNode search(JsonNode body) {
		String userId = user(body);
		JsonNode items = array(body, "ContactItem", INVALID, 300, INVALID);
		List<Contact> contacts = new ArrayList<>();
		for (JsonNode item : items) {
			contacts.add(contact(item, "ContactItem"));
		}
		UserGroups user = this.groups.getOrDefault(userId, new UserGroups());
		ObjectNode result = json.objectNode();
		ArrayNode found = result.putArray("ContactResultItem");
		TreeSet<Long> used = new TreeSet<>();
		for (Contact contact : contacts) {
			Marks marks = user.marks.get(contact.key());
			if (marks != null) {
				ObjectNode entry = found.addObject();
				contact.writeTo(entry);
				marks.writeTo(entry);
				entry.put("Timestamp", marks.timestamp);
				used.addAll(marks.groupIds);
			}
		}
		ArrayNode groupItems = result.putArray("GroupItem");
		for (Long id : used) {
			groupItems.addObject().put("GroupName", user.names.get(id)).put("GroupId", id);
		}
		return result.put("ErrorDisplay", "");
	}

	private ObjectNode getGroups(JsonNode body) {
		String userId = user(body);
		long start = integer(body, "StartIndex", 0, Long.MAX_VALUE, INVALID);
		UserGroups user = this.groups.getOrDefault(userId, new UserGroups());
		List<Map.Entry<String, Marks>> all = new ArrayList<>(user.marks.entrySet());
		int from = (int) Math.min(start, all.size());
		int to = Math.min(from + PAGE_SIZE, all.size());
		ObjectNode result = json.objectNode();
		ArrayNode items = result.putArray("ContactItem");
		for (Map.Entry<String, Marks> entry : all.subList(from, to)) {
			ObjectNode item = items.addObject();
			Contact.of(entry.getKey()).writeTo(item);
			entry.getValue().writeTo(item);
			item.put("Timestamp", entry.getValue().timestamp);
		}
		ArrayNode groupItems = result.putArray("GroupItem");
		user.names.forEach((id, name) -> groupItems.addObject().put("GroupName", name).put("GroupId", id));
		boolean complete = to >= all.size();
		return result.put("CompleteFlag", complete ? 1 : 0).put("NextStartIndex", complete ? 0 : to);
	}

	private static final class Recent {

		private final int type;

		private final String peer;

		private final long time;

		private long order;

		Recent(int type, String peer, long time) {
			this.type = type;
			this.peer = peer;
			this.time = time;
		}

		String key() {
			return (this.type == 1) ? c2cKey(this.peer) : groupKey(this.peer);
		}

	}

	private record Contact(int type, String peer) {

		static Contact of(String key) {
			return new Contact(key.charAt(0) - '0', key.substring(2));
		}

		String key() {
			return (this.type == 1) ? c2cKey(this.peer) : groupKey(this.peer);
		}

		void writeTo(ObjectNode node) {
			node.put("Type", this.type).put((this.type == 1) ? "To_Account" : "ToGroupId", this.peer);
		}

	}

	private static final class Marks {

		private long standard;

		private @Nullable String custom;

		private final TreeSet<Long> groupIds = new TreeSet<>();

		private long timestamp;

		boolean isEmpty() {
			return this.standard == 0 && (this.custom == null || this.custom.isEmpty()) && this.groupIds.isEmpty();
		}

		void writeTo(ObjectNode node) {
			node.put("StandardMark", (this.standard != 0) ? Long.toBinaryString(this.standard) : "");
			if (this.custom != null) {
				node.put("CustomMark", this.custom);
			}
			if (!this.groupIds.isEmpty()) {
				ArrayNode ids = node.putArray("ContactGroupId");
				this.groupIds.forEach(ids::add);
			}
		}

	}

	private static final class UserGroups {

		private final Map<Long, String> names = new LinkedHashMap<>();

		private final Map<String, Marks> marks = new LinkedHashMap<>();

		private long lastId;

		@Nullable Long byName(String name) {
			for (Map.Entry<Long, String> entry : this.names.entrySet()) {
				if (entry.getValue().equals(name)) {
					return entry.getKey();
				}
			}
			return null;
		}

		/**
		 * Make sure the conversation has marks to change, within the vendor's cap.
		 * @return whether it has, {@code false} when the cap is reached
		 */
		boolean marks(Contact contact, long now) {
			Marks marks = this.marks.get(contact.key());
			if (marks == null) {
				if (this.marks.size() >= MAX_MARKED) {
					return false;
				}
				marks = new Marks();
				this.marks.put(contact.key(), marks);
			}
			marks.timestamp = now;
			return true;
		}

		void dropIfEmpty(String key) {
			Marks marks = this.marks.get(key);
			if (marks != null && marks.isEmpty()) {
				this.marks.remove(key);
			}
		}

	}

}
