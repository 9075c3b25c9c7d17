package io.github.chatadmin.emulator;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
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

import static io.github.chatadmin.emulator.EmulatorFields.integer;
import static io.github.chatadmin.emulator.EmulatorFields.maxBytes;
import static io.github.chatadmin.emulator.EmulatorFields.optionalArray;
import static io.github.chatadmin.emulator.EmulatorFields.optionalInteger;
import static io.github.chatadmin.emulator.EmulatorFields.optionalText;
import static io.github.chatadmin.emulator.EmulatorFields.text;
import static io.github.chatadmin.emulator.EmulatorFields.texts;

/**
 * The groups area: creates, imports, lists, describes, modifies and dismisses groups, and
 * manages their members (add, import, delete, page, modify, roles, owner, mute, bans). It
 * keeps the groups with their members and their message sequence numbers, which the
 * {@link GroupMessageHandler}, the {@link GroupAttributeHandler} and the
 * {@link TopicHandler} share.
 * <p>
 * What it models of the vendor:
 * <ul>
 * <li>Group IDs as the vendor shapes them: generated IDs start with {@code @TGS#}, a
 * community's with {@code @TGS#_}; a custom ID is printable ASCII, at most 48 bytes, and
 * does not start with {@code @TGS#} (a community's must start with {@code @TGS#_}): 10004
 * otherwise, 10021 when it is taken.</li>
 * <li>An AVChatRoom takes no members at creation or through {@code add_group_member}
 * (10007) and refuses {@code delete_group_member} (10004).</li>
 * <li>Member pages: {@code Offset} and at most 200 a page for ordinary groups; a string
 * {@code Next} (empty when done) and at most 100 a page for communities, which refuse
 * {@code Offset} (10004).</li>
 * <li>{@code get_appid_group_list}'s {@code Next} starts above 2^31, so a client that
 * reads it as a 32-bit {@code int} fails.</li>
 * <li>Mutes expire against the emulator's clock; a muted member's {@code send_group_msg}
 * is refused with 10017. A Work group cannot mute (10007).</li>
 * <li>A banned member leaves the group and cannot be added again until the ban ends or is
 * lifted (result 0 in {@code add_group_member}); bans are for ordinary groups and
 * communities (10007 in an AVChatRoom).</li>
 * </ul>
 *
 * @author chat-admin
 */
final class GroupHandler implements EmulatorArea {

	private static final JsonNodeFactory json = JsonNodeFactory.instance;

	private static final Set<String> TYPES = Set.of("Private", "Work", "Public", "ChatRoom", "Meeting", "AVChatRoom",
			"Community");

	private static final Set<String> JOIN_OPTIONS = Set.of("FreeAccess", "NeedPermission", "DisableApply");

	private static final String SERVICE = "group_open_http_svc/";

	/**
	 * The prefix of every group ID the vendor generates.
	 */
	static final String GENERATED_PREFIX = "@TGS#";

	/**
	 * The prefix of every community ID.
	 */
	static final String COMMUNITY_PREFIX = "@TGS#_";

	/**
	 * The first cursor of {@code get_appid_group_list}: above 2^31.
	 */
	static final long FIRST_GROUP_CURSOR = 3_000_000_000L;

	/**
	 * The largest page of {@code get_group_member_info} in an ordinary group.
	 */
	static final int MEMBER_PAGE_LIMIT = 200;

	/**
	 * The largest page of {@code get_group_member_info} in a community.
	 */
	static final int COMMUNITY_MEMBER_PAGE_LIMIT = 100;

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
		Map<String, Function<JsonNode, ObjectNode>> commands = new LinkedHashMap<>();
		commands.put(SERVICE + "create_group", this::createGroup);
		commands.put(SERVICE + "import_group", this::importGroup);
		commands.put(SERVICE + "destroy_group", this::destroyGroup);
		commands.put(SERVICE + "get_appid_group_list", this::groupList);
		commands.put(SERVICE + "get_group_info", this::groupInfo);
		commands.put(SERVICE + "modify_group_base_info", this::modifyGroup);
		commands.put(SERVICE + "add_group_member", this::addGroupMember);
		commands.put(SERVICE + "import_group_member", this::importGroupMember);
		commands.put(SERVICE + "delete_group_member", this::deleteGroupMember);
		commands.put(SERVICE + "get_group_member_info", this::groupMemberInfo);
		commands.put(SERVICE + "modify_group_member_info", this::modifyMember);
		commands.put(SERVICE + "get_joined_group_list", this::joinedGroups);
		commands.put(SERVICE + "get_role_in_group", this::roles);
		commands.put(SERVICE + "change_group_owner", this::changeOwner);
		commands.put(SERVICE + "forbid_send_msg", this::mute);
		commands.put(SERVICE + "get_group_muted_account", this::mutedMembers);
		commands.put(SERVICE + "get_online_member_num", this::onlineCount);
		commands.put(SERVICE + "set_unread_msg_num", this::setUnread);
		commands.put(SERVICE + "ban_group_member", this::ban);
		commands.put(SERVICE + "unban_group_member", this::unban);
		commands.put(SERVICE + "get_group_ban_member", this::bannedMembers);
		return commands;
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

	long now() {
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

	/**
	 * Read the {@code GroupId} of a request and return its group.
	 * @param body the request body
	 * @return the group
	 */
	Group group(JsonNode body) {
		return require(text(body, "GroupId", 10004));
	}

	private static String type(JsonNode body) {
		String type = text(body, "Type", 10004);
		if (!TYPES.contains(type)) {
			throw new EmulatorError(10004, "'Type' " + type + " is not a group type");
		}
		return type;
	}

	private static void checkCustomId(String groupId, boolean community) {
		maxBytes(groupId, "GroupId", 48, 10004);
		for (int i = 0; i < groupId.length(); i++) {
			char c = groupId.charAt(i);
			if (c < 0x20 || c > 0x7e) {
				throw new EmulatorError(10004, "'GroupId' must be printable ASCII");
			}
		}
		if (community && !groupId.startsWith(COMMUNITY_PREFIX)) {
			throw new EmulatorError(10004, "a community's custom 'GroupId' must start with " + COMMUNITY_PREFIX);
		}
		if (!community && groupId.startsWith(GENERATED_PREFIX)) {
			throw new EmulatorError(10004, "a custom 'GroupId' must not start with " + GENERATED_PREFIX);
		}
	}

	private String generateId(String type, long number) {
		String body = Long.toString(number * 7919 + 0x5A5A5L, 36).toUpperCase();
		return switch (type) {
			case "Community" -> COMMUNITY_PREFIX + GENERATED_PREFIX + "c" + body;
			case "AVChatRoom" -> GENERATED_PREFIX + "a" + body;
			case "Public" -> GENERATED_PREFIX + "2" + body;
			case "ChatRoom", "Meeting" -> GENERATED_PREFIX + "3" + body;
			default -> GENERATED_PREFIX + "1" + body;
		};
	}

	private Group newGroup(JsonNode body, boolean imported) {
		String type = type(body);
		String name = text(body, "Name", 10004);
		maxBytes(name, "Name", 30, 10004);
		String owner = optionalText(body, "Owner_Account", 10004);
		if (owner != null) {
			this.accounts.require(owner, 10019, "Owner_Account");
		}
		boolean community = type.equals("Community");
		String groupId = optionalText(body, "GroupId", 10004);
		if (groupId != null) {
			checkCustomId(groupId, community);
			if (this.groups.containsKey(groupId)) {
				throw new EmulatorError(10021, "the group ID " + groupId + " is in use");
			}
		}
		int supportTopic = (int) optionalInteger(body, "SupportTopic", 0, 1, 0, 10004);
		if (supportTopic == 1 && !community) {
			throw new EmulatorError(10004, "'SupportTopic' is only for a Community");
		}
		String introduction = optionalText(body, "Introduction", 10004);
		maxBytes(introduction, "Introduction", 240, 10004);
		String notification = optionalText(body, "Notification", 10004);
		maxBytes(notification, "Notification", 300, 10004);
		String faceUrl = optionalText(body, "FaceUrl", 10004);
		maxBytes(faceUrl, "FaceUrl", 100, 10004);
		String joinOption = optionalText(body, "ApplyJoinOption", 10004);
		if (joinOption != null && !JOIN_OPTIONS.contains(joinOption)) {
			throw new EmulatorError(10004, "'ApplyJoinOption' must be FreeAccess, NeedPermission or DisableApply");
		}
		long maxMembers = optionalInteger(body, "MaxMemberCount", 1, 100_000_000, 0, 10004);
		long createTime = imported ? optionalInteger(body, "CreateTime", 0, Long.MAX_VALUE, now(), 10004) : now();
		Map<String, String> defined = definedData(body, "AppDefinedData");
		long number = ++this.groupCounter;
		if (groupId == null) {
			groupId = generateId(type, number);
		}
		Group group = new Group(groupId, type, name, createTime, FIRST_GROUP_CURSOR + number);
		group.owner = owner;
		group.supportTopic = supportTopic == 1;
		group.introduction = (introduction != null) ? introduction : "";
		group.notification = (notification != null) ? notification : "";
		group.faceUrl = (faceUrl != null) ? faceUrl : "";
		group.applyJoinOption = (joinOption != null) ? joinOption : "NeedPermission";
		group.maxMemberNum = (maxMembers > 0) ? maxMembers : defaultMaxMembers(type);
		group.appDefinedData.putAll(defined);
		if (owner != null) {
			group.members.put(owner, new Member("Owner", createTime));
		}
		return group;
	}

	private static long defaultMaxMembers(String type) {
		return switch (type) {
			case "AVChatRoom", "Community" -> 100_000_000L;
			case "Public" -> 2000;
			default -> 200;
		};
	}

	private static Map<String, String> definedData(JsonNode body, String field) {
		Map<String, String> data = new LinkedHashMap<>();
		for (JsonNode item : optionalArray(body, field, 10004, 64)) {
			String key = text(item, "Key", 10004);
			JsonNode value = item.get("Value");
			if (value == null || !value.isString()) {
				throw new EmulatorError(10004, "each '" + field + "' item needs a string 'Value'");
			}
			data.put(key, value.stringValue());
		}
		return data;
	}

	private static ArrayNode definedDataNode(Map<String, String> data) {
		ArrayNode items = json.arrayNode();
		data.forEach((key, value) -> items.addObject().put("Key", key).put("Value", value));
		return items;
	}

	private ObjectNode createGroup(JsonNode body) {
		Group group = newGroup(body, false);
		List<JsonNode> members = optionalArray(body, "MemberList", 10004, 100);
		if (!members.isEmpty() && group.type.equals("AVChatRoom")) {
			throw new EmulatorError(10007, "an AVChatRoom takes no members at creation: users join it themselves");
		}
		List<String> ids = new ArrayList<>();
		for (JsonNode member : members) {
			String id = text(member, "Member_Account", 10004);
			this.accounts.require(id, 10019, "Member_Account");
			String role = optionalText(member, "Role", 10004);
			if (role != null && !role.equals("Admin")) {
				throw new EmulatorError(10004, "a member's 'Role' at creation can only be Admin");
			}
			ids.add(id);
		}
		for (int i = 0; i < ids.size(); i++) {
			String role = optionalText(members.get(i), "Role", 10004);
			group.members.putIfAbsent(ids.get(i), new Member((role != null) ? role : "Member", group.createTime));
		}
		this.groups.put(group.id, group);
		return json.objectNode().put("GroupId", group.id);
	}

	private ObjectNode importGroup(JsonNode body) {
		if ("AVChatRoom".equals(optionalText(body, "Type", 10004))) {
			throw new EmulatorError(10007, "an AVChatRoom cannot be imported");
		}
		Group group = newGroup(body, true);
		this.groups.put(group.id, group);
		return json.objectNode().put("GroupId", group.id);
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
			info.put("ErrorCode", 0).put("ErrorInfo", "");
			describe(group, info);
			info.set("AppDefinedData", definedDataNode(group.appDefinedData));
		}
		ObjectNode result = json.objectNode();
		result.set("GroupInfo", infos);
		return result;
	}

	private void describe(Group group, ObjectNode info) {
		info.put("Type", group.type)
			.put("Name", group.name)
			.put("Introduction", group.introduction)
			.put("Notification", group.notification)
			.put("FaceUrl", group.faceUrl)
			.put("Owner_Account", (group.owner != null) ? group.owner : "")
			.put("CreateTime", group.createTime)
			.put("LastInfoTime", group.lastInfoTime)
			.put("LastMsgTime", group.lastMsgTime)
			.put("NextMsgSeq", group.lastSeq + 1)
			.put("MemberNum", group.members.size())
			.put("MaxMemberNum", group.maxMemberNum)
			.put("ApplyJoinOption", group.applyJoinOption)
			.put("MuteAllMember", group.muteAll ? "On" : "Off");
	}

	private ObjectNode modifyGroup(JsonNode body) {
		Group group = group(body);
		String name = optionalText(body, "Name", 10004);
		if (name != null && name.isEmpty()) {
			throw new EmulatorError(10004, "'Name' must not be empty");
		}
		maxBytes(name, "Name", 30, 10004);
		String introduction = optionalText(body, "Introduction", 10004);
		maxBytes(introduction, "Introduction", 240, 10004);
		String notification = optionalText(body, "Notification", 10004);
		maxBytes(notification, "Notification", 300, 10004);
		String faceUrl = optionalText(body, "FaceUrl", 10004);
		maxBytes(faceUrl, "FaceUrl", 100, 10004);
		String joinOption = optionalText(body, "ApplyJoinOption", 10004);
		if (joinOption != null && !JOIN_OPTIONS.contains(joinOption)) {
			throw new EmulatorError(10004, "'ApplyJoinOption' must be FreeAccess, NeedPermission or DisableApply");
		}
		String muteAll = optionalText(body, "MuteAllMember", 10004);
		if (muteAll != null && !muteAll.equals("On") && !muteAll.equals("Off")) {
			throw new EmulatorError(10004, "'MuteAllMember' must be On or Off");
		}
		long maxMembers = optionalInteger(body, "MaxMemberNum", 1, 100_000_000, 0, 10004);
		Map<String, String> defined = definedData(body, "AppDefinedData");
		if (name != null) {
			group.name = name;
		}
		if (introduction != null) {
			group.introduction = introduction;
		}
		if (notification != null) {
			group.notification = notification;
		}
		if (faceUrl != null) {
			group.faceUrl = faceUrl;
		}
		if (joinOption != null) {
			group.applyJoinOption = joinOption;
		}
		if (muteAll != null) {
			group.muteAll = muteAll.equals("On");
		}
		if (maxMembers > 0) {
			group.maxMemberNum = maxMembers;
		}
		defined.forEach((key, value) -> {
			if (value.isEmpty()) {
				group.appDefinedData.remove(key);
			}
			else {
				group.appDefinedData.put(key, value);
			}
		});
		group.lastInfoTime = now();
		return json.objectNode();
	}

	private ObjectNode addGroupMember(JsonNode body) {
		Group group = group(body);
		if (group.type.equals("AVChatRoom")) {
			throw new EmulatorError(10007, "AVChatRoom groups do not take members this way");
		}
		JsonNode members = EmulatorFields.array(body, "MemberList", 10004, 300, 10004);
		long now = now();
		ArrayNode results = json.arrayNode();
		for (JsonNode member : members) {
			String id = text(member, "Member_Account", 10004);
			int outcome;
			if (!this.accounts.exists(id) || group.isBanned(id, now)) {
				outcome = 0;
			}
			else if (group.members.containsKey(id)) {
				outcome = 2;
			}
			else {
				group.members.put(id, new Member("Member", now));
				outcome = 1;
			}
			results.addObject().put("Member_Account", id).put("Result", outcome);
		}
		ObjectNode result = json.objectNode();
		result.set("MemberList", results);
		return result;
	}

	private ObjectNode importGroupMember(JsonNode body) {
		Group group = group(body);
		if (group.type.equals("AVChatRoom")) {
			throw new EmulatorError(10007, "members cannot be imported into an AVChatRoom");
		}
		JsonNode members = EmulatorFields.array(body, "MemberList", 10004, 300, 10004);
		List<Member> parsed = new ArrayList<>();
		List<String> ids = new ArrayList<>();
		for (JsonNode member : members) {
			ids.add(text(member, "Member_Account", 10004));
			String role = optionalText(member, "Role", 10004);
			if (role != null && !role.equals("Admin")) {
				throw new EmulatorError(10004, "an imported member's 'Role' can only be Admin");
			}
			Member imported = new Member((role != null) ? role : "Member",
					optionalInteger(member, "JoinTime", 0, Long.MAX_VALUE, now(), 10004));
			imported.unread = optionalInteger(member, "UnreadMsgNum", 0, Long.MAX_VALUE, 0, 10004);
			parsed.add(imported);
		}
		ArrayNode results = json.arrayNode();
		for (int i = 0; i < ids.size(); i++) {
			String id = ids.get(i);
			int outcome;
			if (!this.accounts.exists(id)) {
				outcome = 0;
			}
			else if (group.members.containsKey(id)) {
				outcome = 2;
			}
			else {
				group.members.put(id, parsed.get(i));
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
		List<String> ids = texts(body, "MemberToDel_Account", 10004, 100, 10004);
		if (group.type.equals("AVChatRoom")) {
			throw new EmulatorError(10004, "an AVChatRoom does not support deleting members");
		}
		for (String id : ids) {
			if (!id.equals(group.owner)) {
				group.members.remove(id);
			}
		}
		return json.objectNode();
	}

	private ObjectNode groupMemberInfo(JsonNode body) {
		Group group = group(body);
		boolean community = group.type.equals("Community");
		long limit = optionalInteger(body, "Limit", 1, community ? COMMUNITY_MEMBER_PAGE_LIMIT : MEMBER_PAGE_LIMIT,
				community ? COMMUNITY_MEMBER_PAGE_LIMIT : MEMBER_PAGE_LIMIT, 10004);
		List<String> roles = EmulatorFields.optionalTexts(body, "MemberRoleFilter", 10004, 3);
		long start;
		if (community) {
			if (body.get("Offset") != null && !body.get("Offset").isNull()) {
				throw new EmulatorError(10004, "a community pages its members with 'Next', not 'Offset'");
			}
			start = decodeCursor(optionalText(body, "Next", 10004));
		}
		else {
			start = optionalInteger(body, "Offset", 0, Long.MAX_VALUE, 0, 10004);
		}
		List<Map.Entry<String, Member>> matching = new ArrayList<>();
		for (Map.Entry<String, Member> entry : group.members.entrySet()) {
			if (roles.isEmpty() || roles.contains(entry.getValue().role)) {
				matching.add(entry);
			}
		}
		long now = now();
		ArrayNode list = json.arrayNode();
		long index = start;
		while (index < matching.size() && list.size() < limit) {
			Map.Entry<String, Member> entry = matching.get((int) index++);
			Member member = entry.getValue();
			ObjectNode item = list.addObject()
				.put("Member_Account", entry.getKey())
				.put("Role", member.role)
				.put("JoinTime", member.joinTime)
				.put("MsgSeq", member.msgSeq)
				.put("MsgFlag", member.msgFlag)
				.put("LastSendMsgTime", member.lastSendMsgTime)
				.put("MuteUntil", (member.muteUntil > now) ? member.muteUntil : 0)
				.put("NameCard", member.nameCard);
			item.set("AppMemberDefinedData", definedDataNode(member.appMemberDefinedData));
		}
		ObjectNode result = json.objectNode().put("MemberNum", matching.size());
		result.set("MemberList", list);
		if (community) {
			result.put("Next", (index < matching.size()) ? encodeCursor(index) : "");
		}
		return result;
	}

	static String encodeCursor(long index) {
		return "TGS" + Base64.getEncoder().encodeToString(("m" + index).getBytes(StandardCharsets.US_ASCII));
	}

	static long decodeCursor(@Nullable String cursor) {
		if (cursor == null || cursor.isEmpty()) {
			return 0;
		}
		try {
			if (cursor.startsWith("TGS")) {
				String decoded = new String(Base64.getDecoder().decode(cursor.substring(3)), StandardCharsets.US_ASCII);
				if (decoded.startsWith("m")) {
					long index = Long.parseLong(decoded.substring(1));
					if (index >= 0) {
						return index;
					}
				}
			}
		}
		catch (IllegalArgumentException ex) {
			// falls through to the error below
		}
		throw new EmulatorError(10004, "'Next' is not a cursor this API returned");
	}

	private Member member(Group group, String userId) {
		Member member = group.members.get(userId);
		if (member == null) {
			throw new EmulatorError(10007, userId + " is not a member of the group " + group.id);
		}
		return member;
	}

	private ObjectNode modifyMember(JsonNode body) {
		Group group = group(body);
		String userId = text(body, "Member_Account", 10004);
		Member member = member(group, userId);
		String role = optionalText(body, "Role", 10004);
		if (role != null && !role.equals("Admin") && !role.equals("Member")) {
			throw new EmulatorError(10004, "'Role' must be Admin or Member");
		}
		if (role != null
				&& (group.type.equals("Work") || group.type.equals("Private") || group.type.equals("AVChatRoom"))) {
			throw new EmulatorError(10007, "a " + group.type + " group has no admins to set");
		}
		if (role != null && "Owner".equals(member.role)) {
			throw new EmulatorError(10004, "the owner's role cannot be changed; use change_group_owner");
		}
		String flag = optionalText(body, "MsgFlag", 10004);
		if (flag != null && !flag.equals("AcceptAndNotify") && !flag.equals("AcceptNotNotify")
				&& !flag.equals("Discard")) {
			throw new EmulatorError(10004, "'MsgFlag' must be AcceptAndNotify, AcceptNotNotify or Discard");
		}
		String nameCard = optionalText(body, "NameCard", 10004);
		maxBytes(nameCard, "NameCard", 50, 10004);
		Map<String, String> defined = definedData(body, "AppMemberDefinedData");
		long muteTime = optionalInteger(body, "MuteTime", 0, EmulatorFields.MAX_UNSIGNED_32, -1, 10004);
		if (muteTime >= 0 && group.type.equals("Work")) {
			throw new EmulatorError(10007, "members of a Work group cannot be muted");
		}
		if (role != null) {
			member.role = role;
		}
		if (flag != null) {
			member.msgFlag = flag;
		}
		if (nameCard != null) {
			member.nameCard = nameCard;
		}
		member.appMemberDefinedData.putAll(defined);
		if (muteTime >= 0) {
			member.muteUntil = (muteTime == 0) ? 0 : now() + muteTime;
		}
		return json.objectNode();
	}

	private ObjectNode joinedGroups(JsonNode body) {
		String userId = text(body, "Member_Account", 10004);
		this.accounts.require(userId, 10019, "Member_Account");
		long limit = optionalInteger(body, "Limit", 1, 10000, 10000, 10004);
		long offset = optionalInteger(body, "Offset", 0, Long.MAX_VALUE, 0, 10004);
		String type = optionalText(body, "GroupType", 10004);
		boolean withHuge = optionalInteger(body, "WithHugeGroups", 0, 1, 0, 10004) == 1;
		List<Group> joined = new ArrayList<>();
		for (Group group : this.groups.values()) {
			if (!group.members.containsKey(userId) || (type != null && !type.equals(group.type))) {
				continue;
			}
			if (group.type.equals("AVChatRoom") && !withHuge) {
				continue;
			}
			joined.add(group);
		}
		ArrayNode list = json.arrayNode();
		for (long i = offset; i < joined.size() && list.size() < limit; i++) {
			Group group = joined.get((int) i);
			ObjectNode item = list.addObject().put("GroupId", group.id);
			describe(group, item);
			Member member = group.members.get(userId);
			item.putObject("SelfInfo")
				.put("Role", member.role)
				.put("JoinTime", member.joinTime)
				.put("MsgFlag", member.msgFlag)
				.put("MsgSeq", member.msgSeq);
		}
		ObjectNode result = json.objectNode().put("TotalCount", joined.size());
		result.set("GroupIdList", list);
		return result;
	}

	private ObjectNode roles(JsonNode body) {
		Group group = group(body);
		ArrayNode list = json.arrayNode();
		for (String id : texts(body, "User_Account", 10004, 500, 10004)) {
			Member member = group.members.get(id);
			list.addObject().put("Member_Account", id).put("Role", (member != null) ? member.role : "NotMember");
		}
		ObjectNode result = json.objectNode();
		result.set("UserIdList", list);
		return result;
	}

	private ObjectNode changeOwner(JsonNode body) {
		Group group = group(body);
		String newOwner = text(body, "NewOwner_Account", 10004);
		if (group.type.equals("AVChatRoom")) {
			throw new EmulatorError(10007, "an AVChatRoom's owner cannot be changed");
		}
		Member member = member(group, newOwner);
		if (group.owner != null && group.members.containsKey(group.owner)) {
			group.members.get(group.owner).role = "Member";
		}
		member.role = "Owner";
		group.owner = newOwner;
		group.lastInfoTime = now();
		return json.objectNode();
	}

	private ObjectNode mute(JsonNode body) {
		Group group = group(body);
		List<String> ids = texts(body, "Members_Account", 10004, 500, 10004);
		JsonNode muteTime = body.get("MuteTime");
		long seconds = (muteTime != null && !muteTime.isNull())
				? integer(body, "MuteTime", 0, EmulatorFields.MAX_UNSIGNED_32, 10004)
				: integer(body, "ShutUpTime", 0, EmulatorFields.MAX_UNSIGNED_32, 10004);
		if (optionalText(body, "TopicId", 10004) != null) {
			throw new EmulatorError(10004, "the emulator does not model muting in a topic");
		}
		if (group.type.equals("Work") || group.type.equals("Private")) {
			throw new EmulatorError(10007, "members of a Work group cannot be muted");
		}
		long until = (seconds == 0) ? 0
				: (seconds == EmulatorFields.MAX_UNSIGNED_32) ? EmulatorFields.MAX_UNSIGNED_32 : now() + seconds;
		for (String id : ids) {
			Member member = group.members.get(id);
			if (member != null) {
				member.muteUntil = until;
			}
		}
		return json.objectNode();
	}

	private ObjectNode mutedMembers(JsonNode body) {
		Group group = group(body);
		if (optionalText(body, "TopicId", 10004) != null) {
			throw new EmulatorError(10004, "the emulator does not model muting in a topic");
		}
		long now = now();
		ArrayNode list = json.arrayNode();
		group.members.forEach((id, member) -> {
			if (member.muteUntil > now) {
				list.addObject().put("Member_Account", id).put("MutedUntil", member.muteUntil);
			}
		});
		ObjectNode result = json.objectNode().put("GroupId", group.id);
		result.set("MutedAccountList", list);
		return result;
	}

	private ObjectNode onlineCount(JsonNode body) {
		Group group = group(body);
		if (!group.type.equals("AVChatRoom")) {
			return json.objectNode().put("OnlineMemberNum", 0);
		}
		return json.objectNode().put("OnlineMemberNum", group.members.size());
	}

	private ObjectNode setUnread(JsonNode body) {
		Group group = group(body);
		String userId = text(body, "Member_Account", 10004);
		long unread = integer(body, "UnreadMsgNum", 0, Long.MAX_VALUE, 10004);
		member(group, userId).unread = unread;
		return json.objectNode();
	}

	private ObjectNode ban(JsonNode body) {
		Group group = group(body);
		List<String> ids = texts(body, "Members_Account", 10004, 20, 10004);
		long duration = integer(body, "Duration", 1, EmulatorFields.MAX_UNSIGNED_32, 10004);
		String description = optionalText(body, "Description", 10004);
		maxBytes(description, "Description", 1000, 10004);
		if (group.type.equals("AVChatRoom")) {
			throw new EmulatorError(10007, "an AVChatRoom has no bans; mute its members instead");
		}
		long until = now() + duration;
		for (String id : ids) {
			if (id.equals(group.owner)) {
				throw new EmulatorError(10004, "the owner cannot be banned");
			}
		}
		for (String id : ids) {
			group.members.remove(id);
			group.banned.put(id, until);
		}
		return json.objectNode();
	}

	private ObjectNode unban(JsonNode body) {
		Group group = group(body);
		for (String id : texts(body, "Members_Account", 10004, 20, 10004)) {
			group.banned.remove(id);
		}
		return json.objectNode();
	}

	private ObjectNode bannedMembers(JsonNode body) {
		Group group = group(body);
		long limit = optionalInteger(body, "Limit", 1, 100, 100, 10004);
		long offset = optionalInteger(body, "Offset", 0, Long.MAX_VALUE, 0, 10004);
		long now = now();
		List<Map.Entry<String, Long>> active = new ArrayList<>();
		for (Map.Entry<String, Long> entry : group.banned.entrySet()) {
			if (entry.getValue() > now) {
				active.add(entry);
			}
		}
		ArrayNode list = json.arrayNode();
		long index = offset;
		while (index < active.size() && list.size() < limit) {
			Map.Entry<String, Long> entry = active.get((int) index++);
			list.addObject().put("Member_Account", entry.getKey()).put("BannedUntil", entry.getValue());
		}
		ObjectNode result = json.objectNode();
		result.set("BannedAccountList", list);
		return result.put("NextOffset", (index < active.size()) ? index : 0);
	}

	/**
	 * A member of a group.
	 */
	static final class Member {

		String role;

		final long joinTime;

		String nameCard = "";

		String msgFlag = "AcceptAndNotify";

		long muteUntil;

		long unread;

		long msgSeq;

		long lastSendMsgTime;

		final Map<String, String> appMemberDefinedData = new LinkedHashMap<>();

		Member(String role, long joinTime) {
			this.role = role;
			this.joinTime = joinTime;
		}

	}

	/**
	 * A group: its type, its profile, its members, and what the other group areas keep
	 * for it (attributes, counters, topics).
	 */
	static final class Group {

		final String id;

		final String type;

		String name;

		@Nullable String owner;

		final long createTime;

		final long cursor;

		String introduction = "";

		String notification = "";

		String faceUrl = "";

		String applyJoinOption = "NeedPermission";

		long maxMemberNum;

		boolean muteAll;

		boolean supportTopic;

		long lastInfoTime;

		long lastMsgTime;

		final Map<String, String> appDefinedData = new LinkedHashMap<>();

		final Map<String, Member> members = new LinkedHashMap<>();

		final Map<String, Long> banned = new LinkedHashMap<>();

		final Map<String, String> attributes = new LinkedHashMap<>();

		final Map<String, Long> counters = new LinkedHashMap<>();

		final Map<String, ObjectNode> topics = new LinkedHashMap<>();

		private long lastSeq;

		Group(String id, String type, String name, long createTime, long cursor) {
			this.id = id;
			this.type = type;
			this.name = name;
			this.createTime = createTime;
			this.cursor = cursor;
			this.lastInfoTime = createTime;
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
		 * Return whether a member is muted at a time.
		 * @param userId the member
		 * @param now the time, in seconds
		 * @return whether the member's mute lasts beyond {@code now}
		 */
		boolean isMuted(String userId, long now) {
			Member member = this.members.get(userId);
			return member != null && member.muteUntil > now;
		}

		/**
		 * Return whether a user is banned at a time.
		 * @param userId the user
		 * @param now the time, in seconds
		 * @return whether the user's ban lasts beyond {@code now}
		 */
		boolean isBanned(String userId, long now) {
			Long until = this.banned.get(userId);
			return until != null && until > now;
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
