package io.github.chatadmin.emulator;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The emulated app's data and the commands that read and change it. All methods are
 * synchronized: the emulator favours exactness over throughput.
 *
 * @author chat-admin
 */
final class EmulatorState {

	/**
	 * The commands the emulator implements, as {@code service/command}.
	 */
	static final Set<String> COMMANDS = Set.of("im_open_login_svc/account_import",
			"im_open_login_svc/multiaccount_import", "im_open_login_svc/account_check",
			"im_open_login_svc/account_delete", "im_open_login_svc/kick", "openim/query_online_status",
			"profile/portrait_set", "profile/portrait_get", "openim/sendmsg", "openim/batchsendmsg",
			"openim/admin_getroammsg", "openim/admin_msgwithdraw", "group_open_http_svc/create_group",
			"group_open_http_svc/destroy_group", "group_open_http_svc/get_appid_group_list",
			"group_open_http_svc/get_group_info", "group_open_http_svc/add_group_member",
			"group_open_http_svc/delete_group_member", "group_open_http_svc/get_group_member_info",
			"group_open_http_svc/send_group_msg", "group_open_http_svc/group_msg_get_simple", "sns/friend_add",
			"sns/friend_get", "sns/friend_delete");

	private static final JsonNodeFactory json = JsonNodeFactory.instance;

	private static final int MAX_USER_ID_BYTES = 32;

	private final Clock clock;

	private final Map<String, Account> accounts = new LinkedHashMap<>();

	private final Map<String, List<C2cMessage>> conversations = new HashMap<>();

	private final Map<String, Group> groups = new LinkedHashMap<>();

	private final Map<String, Map<String, Long>> friends = new HashMap<>();

	private long sequence;

	private long groupCounter;

	EmulatorState(Clock clock) {
		this.clock = clock;
	}

	synchronized void reset() {
		this.accounts.clear();
		this.conversations.clear();
		this.groups.clear();
		this.friends.clear();
		this.sequence = 0;
		this.groupCounter = 0;
	}

	synchronized boolean hasAccount(String userId) {
		return this.accounts.containsKey(userId);
	}

	synchronized ObjectNode handle(String path, JsonNode body) {
		return switch (path) {
			case "im_open_login_svc/account_import" -> accountImport(body);
			case "im_open_login_svc/multiaccount_import" -> multiAccountImport(body);
			case "im_open_login_svc/account_check" -> accountCheck(body);
			case "im_open_login_svc/account_delete" -> accountDelete(body);
			case "im_open_login_svc/kick" -> kick(body);
			case "openim/query_online_status" -> queryOnlineStatus(body);
			case "profile/portrait_set" -> portraitSet(body);
			case "profile/portrait_get" -> portraitGet(body);
			case "openim/sendmsg" -> sendMsg(body);
			case "openim/batchsendmsg" -> batchSendMsg(body);
			case "openim/admin_getroammsg" -> getRoamMsg(body);
			case "openim/admin_msgwithdraw" -> msgWithdraw(body);
			case "group_open_http_svc/create_group" -> createGroup(body);
			case "group_open_http_svc/destroy_group" -> destroyGroup(body);
			case "group_open_http_svc/get_appid_group_list" -> groupList(body);
			case "group_open_http_svc/get_group_info" -> groupInfo(body);
			case "group_open_http_svc/add_group_member" -> addGroupMember(body);
			case "group_open_http_svc/delete_group_member" -> deleteGroupMember(body);
			case "group_open_http_svc/get_group_member_info" -> groupMemberInfo(body);
			case "group_open_http_svc/send_group_msg" -> sendGroupMsg(body);
			case "group_open_http_svc/group_msg_get_simple" -> groupMsgGetSimple(body);
			case "sns/friend_add" -> friendAdd(body);
			case "sns/friend_get" -> friendGet(body);
			case "sns/friend_delete" -> friendDelete(body);
			default -> throw new EmulatorError(60009, "Err_Invalid_Resource: no such command " + path);
		};
	}

	private long now() {
		return this.clock.millis() / 1000;
	}

	private static ObjectNode object() {
		return json.objectNode();
	}

	private static String text(JsonNode body, String field, int code) {
		JsonNode value = body.get(field);
		if (value == null || !value.isString() || value.asString().isEmpty()) {
			throw new EmulatorError(code, "'" + field + "' is missing or not a non-empty string");
		}
		return value.asString();
	}

	private static @Nullable String optionalText(JsonNode body, String field) {
		JsonNode value = body.get(field);
		return (value != null && value.isString()) ? value.asString() : null;
	}

	private static JsonNode array(JsonNode body, String field, int code, int limit, int limitCode) {
		JsonNode value = body.get(field);
		if (value == null || !value.isArray() || value.isEmpty()) {
			throw new EmulatorError(code, "'" + field + "' is missing or not a non-empty array");
		}
		if (value.size() > limit) {
			throw new EmulatorError(limitCode, "'" + field + "' has " + value.size() + " items; at most " + limit);
		}
		return value;
	}

	private static List<String> texts(JsonNode body, String field, int code, int limit, int limitCode) {
		List<String> result = new ArrayList<>();
		for (JsonNode item : array(body, field, code, limit, limitCode)) {
			if (!item.isString()) {
				throw new EmulatorError(code, "'" + field + "' must hold strings");
			}
			result.add(item.asString());
		}
		return result;
	}

	private static List<String> userIdItems(JsonNode body, String field, int limit) {
		List<String> result = new ArrayList<>();
		for (JsonNode item : array(body, field, 70402, limit, 70402)) {
			result.add(text(item, "UserID", 70402));
		}
		return result;
	}

	private static boolean validUserId(String userId) {
		return !userId.isEmpty() && userId.getBytes(StandardCharsets.UTF_8).length <= MAX_USER_ID_BYTES;
	}

	private Account account(String userId, int code, String field) {
		Account account = this.accounts.get(userId);
		if (account == null) {
			throw new EmulatorError(code, "'" + field + "' " + userId + " does not exist");
		}
		return account;
	}

	private void importAccount(String userId, @Nullable String nick, @Nullable String faceUrl) {
		Account account = this.accounts.computeIfAbsent(userId, (id) -> new Account());
		if (nick != null) {
			account.profile.put("Tag_Profile_IM_Nick", json.stringNode(nick));
		}
		if (faceUrl != null) {
			account.profile.put("Tag_Profile_IM_Image", json.stringNode(faceUrl));
		}
	}

	private ObjectNode accountImport(JsonNode body) {
		String userId = text(body, "UserID", 70402);
		if (!validUserId(userId)) {
			throw new EmulatorError(70402, "'UserID' must be at most 32 bytes");
		}
		importAccount(userId, optionalText(body, "Nick"), optionalText(body, "FaceUrl"));
		return object();
	}

	private ObjectNode multiAccountImport(JsonNode body) {
		List<String> userIds = new ArrayList<>();
		Map<String, JsonNode> details = new HashMap<>();
		if (body.has("AccountList")) {
			for (String id : userIdItems(body, "AccountList", 100)) {
				userIds.add(id);
			}
			for (JsonNode item : body.get("AccountList")) {
				details.put(item.get("UserID").asString(), item);
			}
		}
		else {
			userIds.addAll(texts(body, "Accounts", 70402, 100, 70402));
		}
		ArrayNode failed = json.arrayNode();
		for (String userId : userIds) {
			if (!validUserId(userId)) {
				failed.add(userId);
				continue;
			}
			JsonNode detail = details.get(userId);
			importAccount(userId, (detail != null) ? optionalText(detail, "Nick") : null,
					(detail != null) ? optionalText(detail, "FaceUrl") : null);
		}
		ObjectNode result = object();
		result.set("FailAccounts", failed);
		return result;
	}

	private ObjectNode accountCheck(JsonNode body) {
		ArrayNode items = json.arrayNode();
		for (String userId : userIdItems(body, "CheckItem", 100)) {
			items.addObject()
				.put("UserID", userId)
				.put("ResultCode", 0)
				.put("ResultInfo", "")
				.put("AccountStatus", this.accounts.containsKey(userId) ? "Imported" : "NotImported");
		}
		ObjectNode result = object();
		result.set("ResultItem", items);
		return result;
	}

	private ObjectNode accountDelete(JsonNode body) {
		ArrayNode items = json.arrayNode();
		for (String userId : userIdItems(body, "DeleteItem", 100)) {
			boolean existed = this.accounts.remove(userId) != null;
			if (existed) {
				this.friends.remove(userId);
				this.friends.values().forEach((list) -> list.remove(userId));
				this.groups.values().forEach((group) -> group.members.remove(userId));
			}
			items.addObject()
				.put("ResultCode", existed ? 0 : 70107)
				.put("ResultInfo", existed ? "" : "Err_TLS_PT_Open_Login_Account_Not_Exist")
				.put("UserID", userId);
		}
		ObjectNode result = object();
		result.set("ResultItem", items);
		return result;
	}

	private ObjectNode kick(JsonNode body) {
		account(text(body, "UserID", 70402), 70107, "UserID");
		return object();
	}

	private ObjectNode queryOnlineStatus(JsonNode body) {
		List<String> userIds = texts(body, "To_Account", 90001, 500, 90011);
		boolean detail = body.path("IsNeedDetail").asInt(0) == 1;
		ArrayNode found = json.arrayNode();
		ArrayNode errors = json.arrayNode();
		for (String userId : userIds) {
			if (this.accounts.containsKey(userId)) {
				ObjectNode status = found.addObject().put("To_Account", userId).put("Status", "Offline");
				if (detail) {
					status.putArray("Detail");
				}
			}
			else {
				errors.addObject().put("To_Account", userId).put("ErrorCode", 70107);
			}
		}
		ObjectNode result = object();
		result.set("QueryResult", found);
		result.set("ErrorList", errors);
		return result;
	}

	private ObjectNode portraitSet(JsonNode body) {
		Account account = account(text(body, "From_Account", 40001), 40003, "From_Account");
		JsonNode items = body.get("ProfileItem");
		if (items == null || !items.isArray() || items.isEmpty()) {
			throw new EmulatorError(40001, "'ProfileItem' is missing or not a non-empty array");
		}
		for (JsonNode item : items) {
			String tag = text(item, "Tag", 40001);
			if (!tag.startsWith("Tag_Profile_IM_") && !tag.startsWith("Tag_Profile_Custom_")) {
				throw new EmulatorError(40009, "tag " + tag + " does not exist");
			}
			JsonNode value = item.get("Value");
			if (value == null) {
				throw new EmulatorError(40001, "'Value' is missing for " + tag);
			}
			account.profile.put(tag, value);
		}
		return object().put("ErrorDisplay", "");
	}

	private ObjectNode portraitGet(JsonNode body) {
		List<String> userIds = texts(body, "To_Account", 40002, 100, 40001);
		List<String> tags = texts(body, "TagList", 40001, 100, 40001);
		ArrayNode items = json.arrayNode();
		ArrayNode failed = json.arrayNode();
		for (String userId : userIds) {
			Account account = this.accounts.get(userId);
			ObjectNode item = items.addObject().put("To_Account", userId);
			if (account == null) {
				item.put("ResultCode", 40003).put("ResultInfo", "Err_Profile_Account_Not_Exist");
				failed.add(userId);
				continue;
			}
			ArrayNode profile = item.putArray("ProfileItem");
			for (String tag : tags) {
				JsonNode value = account.profile.get(tag);
				if (value != null) {
					profile.addObject().put("Tag", tag).set("Value", value);
				}
			}
			item.put("ResultCode", 0).put("ResultInfo", "");
		}
		ObjectNode result = object();
		result.set("UserProfileItem", items);
		if (!failed.isEmpty()) {
			result.set("Fail_Account", failed);
		}
		return result.put("ErrorDisplay", "");
	}

	private static JsonNode messageBody(JsonNode body) {
		JsonNode msgBody = body.get("MsgBody");
		if (msgBody == null || !msgBody.isArray() || msgBody.isEmpty()) {
			throw new EmulatorError(90002, "'MsgBody' is missing or not a non-empty array");
		}
		for (JsonNode element : msgBody) {
			if (!element.path("MsgType").isString() || !element.path("MsgContent").isObject()) {
				throw new EmulatorError(90002, "each 'MsgBody' element needs 'MsgType' and 'MsgContent'");
			}
		}
		return msgBody;
	}

	private static long random(JsonNode body, String field, int code) {
		JsonNode value = body.get(field);
		if (value == null || !value.isIntegralNumber() || value.asLong() < 0 || value.asLong() > 4294967295L) {
			throw new EmulatorError(code, "'" + field + "' is missing or not an unsigned 32-bit integer");
		}
		return value.asLong();
	}

	private String sender(JsonNode body) {
		String from = optionalText(body, "From_Account");
		if (from == null) {
			return "administrator";
		}
		account(from, 90008, "From_Account");
		return from;
	}

	private static String conversationKey(String a, String b) {
		return (a.compareTo(b) <= 0) ? a + "\u0000" + b : b + "\u0000" + a;
	}

	private C2cMessage store(String from, String to, long msgRandom, JsonNode body, JsonNode msgBody) {
		long seq = body.path("MsgSeq").isIntegralNumber() ? body.get("MsgSeq").asLong() : ++this.sequence;
		long time = now();
		String key = seq + "_" + msgRandom + "_" + time;
		C2cMessage message = new C2cMessage(from, to, seq, msgRandom, time, key, msgBody);
		this.conversations.computeIfAbsent(conversationKey(from, to), (k) -> new ArrayList<>()).add(message);
		return message;
	}

	private ObjectNode sendMsg(JsonNode body) {
		String from = sender(body);
		String to = text(body, "To_Account", 90003);
		account(to, 90003, "To_Account");
		long msgRandom = random(body, "MsgRandom", 90005);
		JsonNode msgBody = messageBody(body);
		for (C2cMessage previous : this.conversations.getOrDefault(conversationKey(from, to), List.of())) {
			if (previous.from.equals(from) && previous.random == msgRandom && body.path("MsgSeq").isIntegralNumber()
					&& previous.seq == body.get("MsgSeq").asLong() && previous.body.equals(msgBody)
					&& now() - previous.time <= 120) {
				return object().put("MsgTime", previous.time).put("MsgKey", previous.key);
			}
		}
		C2cMessage message = store(from, to, msgRandom, body, msgBody);
		return object().put("MsgTime", message.time).put("MsgKey", message.key);
	}

	private ObjectNode batchSendMsg(JsonNode body) {
		String from = sender(body);
		List<String> recipients = texts(body, "To_Account", 90029, 500, 90011);
		long msgRandom = random(body, "MsgRandom", 90005);
		JsonNode msgBody = messageBody(body);
		ArrayNode errors = json.arrayNode();
		String key = null;
		long time = now();
		for (String to : recipients) {
			if (!this.accounts.containsKey(to)) {
				errors.addObject().put("To_Account", to).put("ErrorCode", 70107);
				continue;
			}
			C2cMessage message = store(from, to, msgRandom, body, msgBody);
			key = (key != null) ? key : message.key;
			time = message.time;
		}
		if (key == null) {
			throw new EmulatorError(90012, "no 'To_Account' is an imported account");
		}
		ObjectNode result = object().put("MsgKey", key).put("MsgTime", time);
		if (!errors.isEmpty()) {
			result.set("ErrorList", errors);
		}
		return result;
	}

	private ObjectNode getRoamMsg(JsonNode body) {
		String operator = (body.has("Operator_Account")) ? text(body, "Operator_Account", 90008)
				: text(body, "From_Account", 90008);
		String peer = (body.has("Peer_Account")) ? text(body, "Peer_Account", 90003) : text(body, "To_Account", 90003);
		account(operator, 90008, "Operator_Account");
		account(peer, 90003, "Peer_Account");
		int maxCount = body.path("MaxCnt").asInt(100);
		long minTime = body.path("MinTime").asLong(0);
		long maxTime = body.path("MaxTime").asLong(Long.MAX_VALUE);
		String lastKey = optionalText(body, "LastMsgKey");
		List<C2cMessage> inRange = new ArrayList<>();
		for (C2cMessage message : this.conversations.getOrDefault(conversationKey(operator, peer), List.of())) {
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
		int start = Math.max(0, end - Math.max(1, maxCount));
		ArrayNode list = json.arrayNode();
		for (C2cMessage message : inRange.subList(start, end)) {
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
		ObjectNode result = object().put("Complete", (start == 0) ? 1 : 0).put("MsgCnt", list.size());
		if (!list.isEmpty()) {
			C2cMessage first = inRange.get(start);
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
		account(from, 90008, "From_Account");
		account(to, 90003, "To_Account");
		for (C2cMessage message : this.conversations.getOrDefault(conversationKey(from, to), List.of())) {
			if (message.key.equals(key) && message.from.equals(from)) {
				if (message.recalled) {
					throw new EmulatorError(20023, "the message was already recalled");
				}
				message.recalled = true;
				return object();
			}
		}
		throw new EmulatorError(20022, "the message does not exist");
	}

	private Group group(JsonNode body) {
		String groupId = text(body, "GroupId", 10004);
		Group group = this.groups.get(groupId);
		if (group == null) {
			throw new EmulatorError(10010, "the group " + groupId + " does not exist or was dismissed");
		}
		return group;
	}

	private ObjectNode createGroup(JsonNode body) {
		String type = text(body, "Type", 10004);
		if (!Set.of("Private", "Work", "Public", "ChatRoom", "Meeting", "AVChatRoom", "Community").contains(type)) {
			throw new EmulatorError(10004, "'Type' " + type + " is not a group type");
		}
		String name = text(body, "Name", 10004);
		if (name.getBytes(StandardCharsets.UTF_8).length > 30) {
			throw new EmulatorError(10004, "'Name' is longer than 30 bytes");
		}
		String owner = optionalText(body, "Owner_Account");
		if (owner != null) {
			account(owner, 10019, "Owner_Account");
		}
		String groupId = optionalText(body, "GroupId");
		if (groupId != null && this.groups.containsKey(groupId)) {
			throw new EmulatorError(10021, "the group ID " + groupId + " is in use");
		}
		JsonNode members = body.path("MemberList");
		if (members.size() > 100) {
			throw new EmulatorError(10004, "'MemberList' has more than 100 members");
		}
		for (JsonNode member : members) {
			account(text(member, "Member_Account", 10004), 10019, "Member_Account");
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
			group.members.putIfAbsent(member.get("Member_Account").asString(), new Member("Member", now()));
		}
		this.groups.put(groupId, group);
		return object().put("GroupId", groupId);
	}

	private ObjectNode destroyGroup(JsonNode body) {
		this.groups.remove(group(body).id);
		return object();
	}

	private ObjectNode groupList(JsonNode body) {
		int limit = body.path("Limit").asInt(10000);
		if (limit <= 0 || limit > 10000) {
			throw new EmulatorError(10004, "'Limit' must be between 1 and 10000");
		}
		long next = body.path("Next").asLong(0);
		String type = optionalText(body, "GroupType");
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
		ObjectNode result = object().put("TotalCount", matching.size());
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
				.put("NextMsgSeq", group.messages.size() + 1);
		}
		ObjectNode result = object();
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
			if (!this.accounts.containsKey(id)) {
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
		ObjectNode result = object();
		result.set("MemberList", results);
		return result;
	}

	private ObjectNode deleteGroupMember(JsonNode body) {
		Group group = group(body);
		for (String id : texts(body, "MemberToDel_Account", 10004, 100, 10004)) {
			group.members.remove(id);
		}
		return object();
	}

	private ObjectNode groupMemberInfo(JsonNode body) {
		Group group = group(body);
		int limit = body.path("Limit").asInt(100);
		int offset = body.path("Offset").asInt(0);
		if (limit <= 0 || limit > 200 || offset < 0) {
			throw new EmulatorError(10004, "'Limit' must be between 1 and 200 and 'Offset' not negative");
		}
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
		ObjectNode result = object().put("MemberNum", group.members.size());
		result.set("MemberList", list);
		return result;
	}

	private ObjectNode sendGroupMsg(JsonNode body) {
		Group group = group(body);
		long msgRandom = random(body, "Random", 10004);
		JsonNode msgBody = messageBody(body);
		String from = optionalText(body, "From_Account");
		if (from != null) {
			account(from, 10019, "From_Account");
			if (!group.members.containsKey(from)) {
				throw new EmulatorError(10007, from + " is not a member of the group");
			}
		}
		for (GroupMessage previous : group.messages) {
			if (previous.random == msgRandom && now() - previous.time <= 300) {
				return object().put("MsgTime", previous.time).put("MsgSeq", previous.seq);
			}
		}
		GroupMessage message = new GroupMessage((from != null) ? from : "administrator", group.messages.size() + 1,
				msgRandom, now(), msgBody);
		group.messages.add(message);
		return object().put("MsgTime", message.time).put("MsgSeq", message.seq);
	}

	private ObjectNode groupMsgGetSimple(JsonNode body) {
		Group group = group(body);
		int count = body.path("ReqMsgNumber").asInt(0);
		if (count <= 0) {
			throw new EmulatorError(10004, "'ReqMsgNumber' must be positive");
		}
		long fromSeq = body.has("ReqMsgSeq") ? body.get("ReqMsgSeq").asLong() : group.messages.size();
		ArrayNode list = json.arrayNode();
		long seq = Math.min(fromSeq, group.messages.size());
		int returned = 0;
		while (seq >= 1 && returned < Math.min(count, 20)) {
			GroupMessage message = group.messages.get((int) seq - 1);
			ObjectNode item = list.addObject()
				.put("From_Account", message.from)
				.put("IsPlaceMsg", 0)
				.put("MsgPriority", 1)
				.put("MsgRandom", message.random)
				.put("MsgSeq", message.seq)
				.put("MsgTimeStamp", message.time);
			item.set("MsgBody", message.body);
			seq--;
			returned++;
		}
		ObjectNode result = object().put("GroupId", group.id).put("IsFinished", (seq < 1 && count <= 20) ? 1 : 0);
		result.set("RspMsgList", list);
		return result;
	}

	private ObjectNode friendAdd(JsonNode body) {
		String from = text(body, "From_Account", 30001);
		account(from, 30003, "From_Account");
		JsonNode items = body.get("AddFriendItem");
		if (items == null || !items.isArray() || items.isEmpty()) {
			throw new EmulatorError(30001, "SNS_DECODE_ERR: 'AddFriendItem' must be a non-empty array");
		}
		boolean both = !"Add_Type_Single".equals(optionalText(body, "AddType"));
		ArrayNode results = json.arrayNode();
		ArrayNode failed = json.arrayNode();
		for (JsonNode item : items) {
			String to = text(item, "To_Account", 30001);
			text(item, "AddSource", 30001);
			int code;
			String info;
			if (!this.accounts.containsKey(to)) {
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
		ObjectNode result = object();
		result.set("ResultItem", results);
		if (!failed.isEmpty()) {
			result.set("Fail_Account", failed);
		}
		return result.put("ErrorDisplay", "");
	}

	private ObjectNode friendGet(JsonNode body) {
		String from = text(body, "From_Account", 30001);
		account(from, 30003, "From_Account");
		int start = body.path("StartIndex").asInt(0);
		List<Map.Entry<String, Long>> all = new ArrayList<>(this.friends.getOrDefault(from, Map.of()).entrySet());
		int pageSize = 100;
		int end = Math.min(all.size(), start + pageSize);
		ArrayNode items = json.arrayNode();
		for (Map.Entry<String, Long> friend : all.subList(Math.min(start, all.size()), end)) {
			ObjectNode item = items.addObject().put("To_Account", friend.getKey());
			ArrayNode values = item.putArray("ValueItem");
			values.addObject().put("Tag", "Tag_SNS_IM_AddTime").put("Value", friend.getValue());
		}
		ObjectNode result = object();
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
		account(from, 30003, "From_Account");
		List<String> targets = texts(body, "To_Account", 30001, 1000, 30001);
		boolean both = "Delete_Type_Both".equals(optionalText(body, "DeleteType"));
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
		ObjectNode result = object();
		result.set("ResultItem", results);
		return result.put("ErrorDisplay", "");
	}

	private static final class Account {

		private final Map<String, JsonNode> profile = new LinkedHashMap<>();

	}

	private static final class C2cMessage {

		private final String from;

		private final String to;

		private final long seq;

		private final long random;

		private final long time;

		private final String key;

		private final JsonNode body;

		private boolean recalled;

		C2cMessage(String from, String to, long seq, long random, long time, String key, JsonNode body) {
			this.from = from;
			this.to = to;
			this.seq = seq;
			this.random = random;
			this.time = time;
			this.key = key;
			this.body = body;
		}

	}

	private record Member(String role, long joinTime) {

	}

	private record GroupMessage(String from, long seq, long random, long time, JsonNode body) {

	}

	private static final class Group {

		private final String id;

		private final String type;

		private final String name;

		private final @Nullable String owner;

		private final long createTime;

		private final long cursor;

		private final Map<String, Member> members = new LinkedHashMap<>();

		private final List<GroupMessage> messages = new ArrayList<>();

		Group(String id, String type, String name, @Nullable String owner, long createTime, long cursor) {
			this.id = id;
			this.type = type;
			this.name = name;
			this.owner = owner;
			this.createTime = createTime;
			this.cursor = cursor;
		}

	}

}
