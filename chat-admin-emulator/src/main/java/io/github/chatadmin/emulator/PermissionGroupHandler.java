package io.github.chatadmin.emulator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import static io.github.chatadmin.emulator.EmulatorFields.array;
import static io.github.chatadmin.emulator.EmulatorFields.integer;
import static io.github.chatadmin.emulator.EmulatorFields.maxBytes;
import static io.github.chatadmin.emulator.EmulatorFields.optionalInteger;
import static io.github.chatadmin.emulator.EmulatorFields.optionalText;
import static io.github.chatadmin.emulator.EmulatorFields.optionalTexts;
import static io.github.chatadmin.emulator.EmulatorFields.text;
import static io.github.chatadmin.emulator.EmulatorFields.texts;

/**
 * The community permission groups area: permission groups of a community (create,
 * destroy, modify, list with a string {@code Next}), their topic permissions (add, set,
 * delete, get) and their members (add, delete, list with a string {@code Next}).
 * <p>
 * Only communities have permission groups (10007 otherwise). Permission group IDs start
 * with {@code @PMG#_}; a generated one is {@code @PMG#_@PMG#...}; a taken ID gets 10021,
 * an unknown one 10010. A permission group member must be a member of the community;
 * adding one twice gives the per-member result 10013, deleting one that is not there
 * succeeds.
 *
 * @author chat-admin
 */
final class PermissionGroupHandler implements EmulatorArea {

	private static final JsonNodeFactory json = JsonNodeFactory.instance;

	private static final String SERVICE = "group_open_http_svc/";

	private static final String PREFIX = "@PMG#_";

	private final GroupHandler groups;

	private final Map<String, Map<String, PermissionGroup>> byCommunity = new LinkedHashMap<>();

	private long counter;

	PermissionGroupHandler(GroupHandler groups) {
		this.groups = groups;
	}

	@Override
	public Map<String, Function<JsonNode, ObjectNode>> commands() {
		Map<String, Function<JsonNode, ObjectNode>> commands = new LinkedHashMap<>();
		commands.put(SERVICE + "create_permission_group", this::create);
		commands.put(SERVICE + "destroy_permission_group", this::destroy);
		commands.put(SERVICE + "modify_permission_group", this::modify);
		commands.put(SERVICE + "get_permission_group", this::list);
		commands.put(SERVICE + "add_topic_permission_group", (body) -> writeTopicPermissions(body, true));
		commands.put(SERVICE + "set_topic_permission_group", (body) -> writeTopicPermissions(body, false));
		commands.put(SERVICE + "delete_topic_permission_group", this::deleteTopicPermissions);
		commands.put(SERVICE + "get_topic_permission_group", this::topicPermissions);
		commands.put(SERVICE + "add_permission_group_member", this::addMembers);
		commands.put(SERVICE + "delete_permission_group_member", this::deleteMembers);
		commands.put(SERVICE + "get_permission_group_member_list", this::members);
		return commands;
	}

	@Override
	public void forgetAccount(String userId) {
		this.byCommunity.values().forEach((all) -> all.values().forEach((group) -> group.members.remove(userId)));
	}

	@Override
	public void forgetGroup(String groupId) {
		this.byCommunity.remove(groupId);
	}

	@Override
	public void reset() {
		this.byCommunity.clear();
		this.counter = 0;
	}

	private GroupHandler.Group community(JsonNode body) {
		GroupHandler.Group group = this.groups.group(body);
		if (!group.type().equals("Community")) {
			throw new EmulatorError(10007, "only a community has permission groups");
		}
		return group;
	}

	private Map<String, PermissionGroup> of(GroupHandler.Group community) {
		return this.byCommunity.computeIfAbsent(community.id(), (id) -> new LinkedHashMap<>());
	}

	private PermissionGroup require(GroupHandler.Group community, JsonNode body) {
		String id = text(body, "PermissionGroupId", 10004);
		PermissionGroup group = of(community).get(id);
		if (group == null) {
			throw new EmulatorError(10010, "the permission group " + id + " does not exist");
		}
		return group;
	}

	private ObjectNode create(JsonNode body) {
		GroupHandler.Group community = community(body);
		String name = text(body, "PermissionGroupName", 10004);
		maxBytes(name, "PermissionGroupName", 150, 10004);
		long permission = optionalInteger(body, "Permission", 0, Long.MAX_VALUE, 0, 10004);
		String customString = optionalText(body, "CustomString", 10004);
		maxBytes(customString, "CustomString", 3000, 10004);
		String id = optionalText(body, "PermissionGroupId", 10004);
		if (id != null) {
			if (!id.startsWith(PREFIX) || id.length() == PREFIX.length()) {
				throw new EmulatorError(10004, "a custom 'PermissionGroupId' starts with " + PREFIX);
			}
			maxBytes(id, "PermissionGroupId", 48, 10004);
			if (of(community).containsKey(id)) {
				throw new EmulatorError(10021, "the permission group ID " + id + " is in use");
			}
		}
		else {
			id = PREFIX + "@PMG#c" + Long.toString(++this.counter * 7919 + 0x4B4B4L, 36).toUpperCase();
		}
		of(community).put(id, new PermissionGroup(id, name, permission, (customString != null) ? customString : ""));
		return json.objectNode().put("PermissionGroupId", id);
	}

	private ObjectNode destroy(JsonNode body) {
		GroupHandler.Group community = community(body);
		ArrayNode results = json.arrayNode();
		for (String id : texts(body, "PermissionGroupIdList", 10004, 20, 10004)) {
			boolean removed = of(community).remove(id) != null;
			results.addObject()
				.put("ErrorCode", removed ? 0 : 10010)
				.put("ErrorInfo", removed ? "" : "the permission group does not exist")
				.put("PermissionGroupId", id);
		}
		ObjectNode result = json.objectNode();
		result.set("PermissionGroupResultList", results);
		return result;
	}

	private ObjectNode modify(JsonNode body) {
		GroupHandler.Group community = community(body);
		PermissionGroup group = require(community, body);
		String name = optionalText(body, "PermissionGroupName", 10004);
		if (name != null && name.isEmpty()) {
			throw new EmulatorError(10004, "'PermissionGroupName' must not be empty");
		}
		maxBytes(name, "PermissionGroupName", 150, 10004);
		long permission = optionalInteger(body, "Permission", 0, Long.MAX_VALUE, -1, 10004);
		String customString = optionalText(body, "CustomString", 10004);
		maxBytes(customString, "CustomString", 3000, 10004);
		if (name != null) {
			group.name = name;
		}
		if (permission >= 0) {
			group.permission = permission;
		}
		if (customString != null) {
			group.customString = customString;
		}
		return json.objectNode();
	}

	private ObjectNode list(JsonNode body) {
		GroupHandler.Group community = community(body);
		List<String> ids = optionalTexts(body, "PermissionGroupIdList", 10004, 20);
		long limit = optionalInteger(body, "Limit", 1, 20, 20, 10004);
		ArrayNode infos = json.arrayNode();
		ObjectNode result = json.objectNode();
		result.set("PermissionGroupInfoList", infos);
		if (!ids.isEmpty()) {
			for (String id : ids) {
				PermissionGroup group = of(community).get(id);
				if (group != null) {
					describe(group, infos.addObject());
				}
			}
			return result;
		}
		List<PermissionGroup> all = new ArrayList<>(of(community).values());
		long index = GroupHandler.decodeCursor(optionalText(body, "Next", 10004));
		while (index < all.size() && infos.size() < limit) {
			describe(all.get((int) index++), infos.addObject());
		}
		return result.put("Next", (index < all.size()) ? GroupHandler.encodeCursor(index) : "");
	}

	private static void describe(PermissionGroup group, ObjectNode info) {
		info.put("PermissionGroupId", group.id)
			.put("PermissionGroupName", group.name)
			.put("Permission", group.permission)
			.put("CustomString", group.customString);
	}

	private ObjectNode writeTopicPermissions(JsonNode body, boolean add) {
		GroupHandler.Group community = community(body);
		PermissionGroup group = require(community, body);
		Map<String, Long> wanted = new LinkedHashMap<>();
		for (JsonNode item : array(body, "TopicPermissionList", 10004, 50, 10004)) {
			wanted.put(text(item, "TopicId", 10004), integer(item, "Permission", 0, Long.MAX_VALUE, 10004));
		}
		ArrayNode results = json.arrayNode();
		wanted.forEach((topicId, permission) -> {
			int code;
			if (!community.topics.containsKey(topicId)) {
				code = 10010;
			}
			else if (!add && !group.topicPermissions.containsKey(topicId)) {
				code = 10010;
			}
			else {
				group.topicPermissions.put(topicId, permission);
				code = 0;
			}
			results.addObject()
				.put("ErrorCode", code)
				.put("ErrorInfo", (code == 0) ? "" : "the topic or its permission does not exist")
				.put("TopicId", topicId);
		});
		return topicResults(results);
	}

	private static ObjectNode topicResults(ArrayNode results) {
		ObjectNode result = json.objectNode();
		result.set("TopicPermissionResultList", results);
		return result;
	}

	private ObjectNode deleteTopicPermissions(JsonNode body) {
		GroupHandler.Group community = community(body);
		PermissionGroup group = require(community, body);
		ArrayNode results = json.arrayNode();
		for (String topicId : texts(body, "TopicIdList", 10004, 50, 10004)) {
			boolean removed = group.topicPermissions.remove(topicId) != null;
			results.addObject()
				.put("ErrorCode", removed ? 0 : 10010)
				.put("ErrorInfo", removed ? "" : "the topic permission does not exist")
				.put("TopicId", topicId);
		}
		return topicResults(results);
	}

	private ObjectNode topicPermissions(JsonNode body) {
		GroupHandler.Group community = community(body);
		PermissionGroup group = require(community, body);
		List<String> ids = optionalTexts(body, "TopicIdList", 10004, 50);
		ArrayNode results = json.arrayNode();
		for (String topicId : ids.isEmpty() ? group.topicPermissions.keySet() : ids) {
			Long permission = group.topicPermissions.get(topicId);
			ObjectNode item = results.addObject()
				.put("ErrorCode", (permission != null) ? 0 : 10010)
				.put("ErrorInfo", (permission != null) ? "" : "the topic permission does not exist")
				.put("TopicId", topicId);
			if (permission != null) {
				item.put("Permission", permission);
			}
		}
		return topicResults(results);
	}

	private static List<String> memberAccounts(JsonNode body) {
		List<String> ids = new ArrayList<>();
		for (JsonNode item : array(body, "MemberList", 10004, 100, 10004)) {
			ids.add(text(item, "Member_Account", 10004));
		}
		return ids;
	}

	private ObjectNode addMembers(JsonNode body) {
		GroupHandler.Group community = community(body);
		PermissionGroup group = require(community, body);
		ArrayNode results = json.arrayNode();
		for (String id : memberAccounts(body)) {
			int code;
			if (!community.isMember(id)) {
				code = 10007;
			}
			else if (!group.members.add(id)) {
				code = 10013;
			}
			else {
				code = 0;
			}
			results.addObject().put("Member_Account", id).put("Result", code);
		}
		ObjectNode result = json.objectNode();
		result.set("MemberList", results);
		return result;
	}

	private ObjectNode deleteMembers(JsonNode body) {
		GroupHandler.Group community = community(body);
		PermissionGroup group = require(community, body);
		ArrayNode results = json.arrayNode();
		for (String id : memberAccounts(body)) {
			group.members.remove(id);
			results.addObject().put("Member_Account", id).put("Result", 0);
		}
		ObjectNode result = json.objectNode();
		result.set("MemberList", results);
		return result;
	}

	private ObjectNode members(JsonNode body) {
		GroupHandler.Group community = community(body);
		PermissionGroup group = require(community, body);
		long limit = optionalInteger(body, "Limit", 1, 100, 100, 10004);
		List<String> all = new ArrayList<>(group.members);
		long index = GroupHandler.decodeCursor(optionalText(body, "Next", 10004));
		ArrayNode list = json.arrayNode();
		while (index < all.size() && list.size() < limit) {
			list.addObject().put("Member_Account", all.get((int) index++));
		}
		ObjectNode result = json.objectNode();
		result.set("MemberList", list);
		return result.put("Next", (index < all.size()) ? GroupHandler.encodeCursor(index) : "");
	}

	private static final class PermissionGroup {

		private final String id;

		private String name;

		private long permission;

		private String customString;

		private final Set<String> members = new LinkedHashSet<>();

		private final Map<String, Long> topicPermissions = new LinkedHashMap<>();

		PermissionGroup(String id, String name, long permission, String customString) {
			this.id = id;
			this.name = name;
			this.permission = permission;
			this.customString = customString;
		}

	}

}
