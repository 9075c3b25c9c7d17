package io.github.chatadmin.emulator;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import static io.github.chatadmin.emulator.EmulatorFields.optionalArray;
import static io.github.chatadmin.emulator.EmulatorFields.optionalInteger;
import static io.github.chatadmin.emulator.EmulatorFields.optionalText;
import static io.github.chatadmin.emulator.EmulatorFields.text;
import static io.github.chatadmin.emulator.EmulatorFields.texts;

/**
 * The groups area: creates, lists, describes and dismisses groups and manages their
 * members. It keeps the groups with their members and their message sequence numbers,
 * which the {@link GroupMessageHandler} shares.
 *
 * @author chat-admin
 */
final class GroupHandler implements EmulatorArea {

	private static final JsonNodeFactory json = JsonNodeFactory.instance;

	private static final Set<String> TYPES = Set.of("Private", "Work", "Public", "ChatRoom", "Meeting", "AVChatRoom",
			"Community");

	private final AccountHandler accounts;

	private final Clock clock;

	private final Consumer<String> onDestroy;

	private final Map<String, Group> groups = new LinkedHashMap<>();

	private long groupCounter;

	GroupHandler(AccountHandler accounts, Clock clock, Consumer<String> onDestroy) {
		this.accounts = accounts;
		this.clock = clock;
		this.onDestroy = onDestroy;
	}

	@Override
	public Map<String, Function<JsonNode, ObjectNode>> commands() {
		return Map.of("group_open_http_svc/create_group", this::createGroup, "group_open_http_svc/destroy_group",
				this::destroyGroup, "group_open_http_svc/get_appid_group_list", this::groupList,
				"group_open_http_svc/get_group_info", this::groupInfo, "group_open_http_svc/add_group_member",
				this::addGroupMember, "group_open_http_svc/delete_group_member", this::deleteGroupMember,
				"group_open_http_svc/get_group_member_info", this::groupMemberInfo);
	}

	@Override
	public void forgetAccount(String userId) {
		this.groups.values().forEach((group) -> group.members.remove(userId));
	}

	@Override
	public void reset() {
		this.groups.clear();
		this.groupCounter = 0;
	}

	private long now() {
		return this.clock.millis() / 1000;
	}

	/**
	 * Return a group, failing with 10010 when it does not exist.
	 * @param groupId the group ID
	 * @return the group
	 */
	Group require(String groupId) {
		Group group = this.groups.get(groupId);
		if (group == null) {
			throw new EmulatorError(10010, "the group " + groupId + " does not exist or was dismissed");
		}
		return group;
	}

	/**
	 * Return a group's type.
	 * @param groupId the group ID
	 * @return the type, or {@code null} when the group does not exist
	 */
	@Nullable String typeOf(String groupId) {
		Group group = this.groups.get(groupId);
		return (group != null) ? group.type : null;
	}

	/**
	 * Return a group's members.
	 * @param groupId the group ID
	 * @return a copy of the members' UserIDs, empty when the group does not exist
	 */
	Set<String> membersOf(String groupId) {
		Group group = this.groups.get(groupId);
		return (group != null) ? Set.copyOf(group.members.keySet()) : Set.of();
	}

	/**
	 * Return the groups of a type, in the order they were created.
	 * @param type the group type
	 * @return the groups
	 */
	List<Group> ofType(String type) {
		List<Group> matching = new ArrayList<>();
		for (Group group : this.groups.values()) {
			if (group.type.equals(type)) {
				matching.add(group);
			}
		}
		return matching;
	}

	private Group group(JsonNode body) {
		return require(text(body, "GroupId", 10004));
	}

	private ObjectNode createGroup(JsonNode body) {
		String type = text(body, "Type", 10004);
		if (!TYPES.contains(type)) {
			throw new EmulatorError(10004, "'Type' " + type + " is not a group type");
		}
		String name = text(body, "Name", 10004);
		if (name.getBytes(StandardCharsets.UTF_8).length > 30) {
			throw new EmulatorError(10004, "'Name' is longer than 30 bytes");
		}
		String owner = optionalText(body, "Owner_Account", 10004);
		if (owner != null) {
			this.accounts.require(owner, 10019, "Owner_Account");
		}
		String groupId = optionalText(body, "GroupId", 10004);
		if (groupId != null && this.groups.containsKey(groupId)) {
			throw new EmulatorError(10021, "the group ID " + groupId + " is in use");
		}
		List<JsonNode> members = optionalArray(body, "MemberList", 10004, 100);
		for (JsonNode member : members) {
			this.accounts.require(text(member, "Member_Account", 10004), 10019, "Member_Account");
		}
		long number = ++this.groupCounter;
		if (groupId == null) {
			groupId = "@TGS#" + number + "EMU";
		}
		Group group = new Group(groupId, type, name, owner, now(), number);
		if (owner != null) {
			group.members.put(owner, new Member("Owner", now()));
		}
		for (JsonNode member : members) {
			group.members.putIfAbsent(member.get("Member_Account").stringValue(), new Member("Member", now()));
		}
		this.groups.put(groupId, group);
		return json.objectNode().put("GroupId", groupId);
	}

	private ObjectNode destroyGroup(JsonNode body) {
		String groupId = group(body).id;
		this.groups.remove(groupId);
		this.onDestroy.accept(groupId);
		return json.objectNode();
	}

	private ObjectNode groupList(JsonNode body) {
		long limit = optionalInteger(body, "Limit", 1, 10000, 10000, 10004);
		long next = optionalInteger(body, "Next", 0, Long.MAX_VALUE, 0, 10004);
		String type = optionalText(body, "GroupType", 10004);
		List<Group> matching = new ArrayList<>();
		for (Group group : this.groups.values()) {
			if (type == null || type.equals(group.type)) {
				matching.add(group);
			}
		}
		ArrayNode ids = json.arrayNode();
		long nextCursor = 0;
		for (Group group : matching) {
			if (group.cursor <= next) {
				continue;
			}
			if (ids.size() == limit) {
				break;
			}
			ids.addObject().put("GroupId", group.id);
			nextCursor = group.cursor;
		}
		boolean more = !matching.isEmpty() && matching.get(matching.size() - 1).cursor > nextCursor && !ids.isEmpty();
		ObjectNode result = json.objectNode().put("TotalCount", matching.size());
		result.set("GroupIdList", ids);
		return result.put("Next", more ? nextCursor : 0);
	}

	private ObjectNode groupInfo(JsonNode body) {
		List<String> ids = texts(body, "GroupIdList", 10004, 50, 10004);
		ArrayNode infos = json.arrayNode();
		for (String id : ids) {
			Group group = this.groups.get(id);
			ObjectNode info = infos.addObject().put("GroupId", id);
			if (group == null) {
				info.put("ErrorCode", 10015).put("ErrorInfo", "the group does not exist");
				continue;
			}
			info.put("ErrorCode", 0)
				.put("ErrorInfo", "")
				.put("Type", group.type)
				.put("Name", group.name)
				.put("Owner_Account", (group.owner != null) ? group.owner : "")
				.put("CreateTime", group.createTime)
				.put("MemberNum", group.members.size())
				.put("NextMsgSeq", group.lastSeq + 1);
		}
		ObjectNode result = json.objectNode();
		result.set("GroupInfo", infos);
		return result;
	}

	private ObjectNode addGroupMember(JsonNode body) {
		Group group = group(body);
		if (group.type.equals("AVChatRoom")) {
			throw new EmulatorError(10007, "AVChatRoom groups do not take members this way");
		}
		JsonNode members = body.get("MemberList");
		if (members == null || !members.isArray() || members.isEmpty()) {
			throw new EmulatorError(10004, "'MemberList' is missing or not a non-empty array");
		}
		if (members.size() > 300) {
			throw new EmulatorError(10004, "'MemberList' has more than 300 members");
		}
		ArrayNode results = json.arrayNode();
		for (JsonNode member : members) {
			String id = text(member, "Member_Account", 10004);
			int outcome;
			if (!this.accounts.exists(id)) {
				outcome = 0;
			}
			else if (group.members.containsKey(id)) {
				outcome = 2;
			}
			else {
				group.members.put(id, new Member("Member", now()));
				outcome = 1;
			}
			results.addObject().put("Member_Account", id).put("Result", outcome);
		}
		ObjectNode result = json.objectNode();
		result.set("MemberList", results);
		return result;
	}

	private ObjectNode deleteGroupMember(JsonNode body) {
		Group group = group(body);
		for (String id : texts(body, "MemberToDel_Account", 10004, 100, 10004)) {
			group.members.remove(id);
		}
		return json.objectNode();
	}

	private ObjectNode groupMemberInfo(JsonNode body) {
		Group group = group(body);
		long limit = optionalInteger(body, "Limit", 1, 200, 100, 10004);
		long offset = optionalInteger(body, "Offset", 0, Integer.MAX_VALUE, 0, 10004);
		ArrayNode list = json.arrayNode();
		int index = 0;
		for (Map.Entry<String, Member> entry : group.members.entrySet()) {
			if (index++ < offset) {
				continue;
			}
			if (list.size() == limit) {
				break;
			}
			list.addObject()
				.put("Member_Account", entry.getKey())
				.put("Role", entry.getValue().role)
				.put("JoinTime", entry.getValue().joinTime)
				.put("NameCard", "");
		}
		ObjectNode result = json.objectNode().put("MemberNum", group.members.size());
		result.set("MemberList", list);
		return result;
	}

	private record Member(String role, long joinTime) {

	}

	/**
	 * A group: its type, its members and the last message sequence number it gave out.
	 */
	static final class Group {

		private final String id;

		private final String type;

		private final String name;

		private final @Nullable String owner;

		private final long createTime;

		private final long cursor;

		private final Map<String, Member> members = new LinkedHashMap<>();

		private long lastSeq;

		Group(String id, String type, String name, @Nullable String owner, long createTime, long cursor) {
			this.id = id;
			this.type = type;
			this.name = name;
			this.owner = owner;
			this.createTime = createTime;
			this.cursor = cursor;
		}

		String id() {
			return this.id;
		}

		String type() {
			return this.type;
		}

		boolean isMember(String userId) {
			return this.members.containsKey(userId);
		}

		/**
		 * Return the members' UserIDs, in the order they joined.
		 * @return a copy of the members
		 */
		List<String> memberIds() {
			return new ArrayList<>(this.members.keySet());
		}

		/**
		 * Return the sequence number of the group's last message, 0 before the first.
		 * @return the last sequence number
		 */
		long lastSeq() {
			return this.lastSeq;
		}

		/**
		 * Give out the next message sequence number: 1 for the first message, each one
		 * larger than the one before.
		 * @return the new sequence number
		 */
		long nextSeq() {
			return ++this.lastSeq;
		}

	}

}
