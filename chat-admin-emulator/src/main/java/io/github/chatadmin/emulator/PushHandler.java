package io.github.chatadmin.emulator;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import static io.github.chatadmin.emulator.EmulatorFields.integer;
import static io.github.chatadmin.emulator.EmulatorFields.maxBytes;
import static io.github.chatadmin.emulator.EmulatorFields.optionalInteger;
import static io.github.chatadmin.emulator.EmulatorFields.optionalText;
import static io.github.chatadmin.emulator.EmulatorFields.text;
import static io.github.chatadmin.emulator.EmulatorFields.texts;
import static io.github.chatadmin.emulator.EmulatorFields.utf8Length;

/**
 * The push area: the {@code timpush} service and the legacy {@code all_member_push}
 * family. Pushes are checked as the vendor checks them (its 900xx codes: 90001 a
 * malformed request or message body, 90005 {@code MsgRandom}, 90018 too many receivers,
 * 90020 a tag over 50 bytes, 90022 a tag named twice, 90032 more than 10 tags, 90033 an
 * unknown attribute, 90039 tags and attributes combined, 90040 an empty tag, 90049 and
 * 90050 revoking an unknown or revoked task, 90052 revoking after 24 hours, 90056 a body
 * over 10 KB, 90104 an unknown scheduled task or a wrong type) and recorded for
 * {@link ChatAdminEmulator#pushes()}; nobody receives them. User attributes and tags are
 * kept, shared by both families; scheduled pushes are kept and never dispatched. The
 * vendor's "more than a second apart" rule (90024) is not modelled: limit the command
 * with {@link EmulatorQuotas#limitCommand(String, double)} to test throttling.
 *
 * @author chat-admin
 */
final class PushHandler implements EmulatorArea {

	private static final JsonNodeFactory json = JsonNodeFactory.instance;

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

	private static final int INVALID = 90001;

	private static final int MAX_TAGS = 10;

	private static final int MAX_VALUE_BYTES = 50;

	private static final int MAX_PUSH_BYTES = 10 * 1024;

	private static final long REVOKE_WINDOW_SECONDS = 24 * 3600;

	private final AccountHandler accounts;

	private final Clock clock;

	private final List<EmulatorPush> pushes = new ArrayList<>();

	private final Map<String, Long> pushTimes = new LinkedHashMap<>();

	private final Map<String, String> attributeNames = new LinkedHashMap<>();

	private final Map<String, Integer> attributeTypes = new LinkedHashMap<>();

	private final Map<String, Map<String, String>> userAttributes = new LinkedHashMap<>();

	private final Map<String, Set<String>> userTags = new LinkedHashMap<>();

	private final Map<Long, ObjectNode> scheduled = new LinkedHashMap<>();

	private long taskCounter;

	private long scheduledCounter;

	PushHandler(AccountHandler accounts, Clock clock) {
		this.accounts = accounts;
		this.clock = clock;
	}

	@Override
	public Map<String, Function<JsonNode, ObjectNode>> commands() {
		Map<String, Function<JsonNode, ObjectNode>> commands = new LinkedHashMap<>();
		commands.put("timpush/push", (body) -> push(body, "timpush/push", true));
		commands.put("timpush/batch", this::batch);
		commands.put("timpush/revoke", this::revoke);
		commands.put("timpush/set_attr_name", (body) -> setAttributeNames(body, true));
		commands.put("timpush/get_attr_name", this::getAttributeNames);
		commands.put("timpush/get_attr", this::getAttributes);
		commands.put("timpush/set_attr", this::setAttributes);
		commands.put("timpush/remove_attr", this::removeAttributes);
		commands.put("timpush/get_tag", this::getTags);
		commands.put("timpush/add_tag", this::addTags);
		commands.put("timpush/remove_tag", this::removeTags);
		commands.put("timpush/clear_all_tags", this::clearTags);
		commands.put("timpush/add_sched_task", this::addScheduled);
		commands.put("timpush/get_sched_task", this::getScheduled);
		commands.put("timpush/list_sched_task", this::listScheduled);
		commands.put("timpush/modify_sched_task", this::modifyScheduled);
		commands.put("timpush/delete_sched_task", this::deleteScheduled);
		commands.put("all_member_push/im_push", (body) -> push(body, "all_member_push/im_push", false));
		commands.put("all_member_push/im_set_attr_name", (body) -> setAttributeNames(body, false));
		commands.put("all_member_push/im_get_attr_name", this::getAttributeNames);
		commands.put("all_member_push/im_get_attr", this::getAttributes);
		commands.put("all_member_push/im_set_attr", this::setAttributes);
		commands.put("all_member_push/im_remove_attr", this::removeAttributes);
		commands.put("all_member_push/im_get_tag", this::getTags);
		commands.put("all_member_push/im_add_tag", this::addTags);
		commands.put("all_member_push/im_remove_tag", this::removeTags);
		commands.put("all_member_push/im_remove_all_tags", this::clearTags);
		return commands;
	}

	@Override
	public void forgetAccount(String userId) {
		this.userAttributes.remove(userId);
		this.userTags.remove(userId);
	}

	@Override
	public void reset() {
		this.pushes.clear();
		this.pushTimes.clear();
		this.attributeNames.clear();
		this.attributeTypes.clear();
		this.userAttributes.clear();
		this.userTags.clear();
		this.scheduled.clear();
		this.taskCounter = 0;
		this.scheduledCounter = 0;
	}

	/**
	 * Return the accepted pushes, oldest first.
	 * @return an immutable copy
	 */
	List<EmulatorPush> pushes() {
		return List.copyOf(this.pushes);
	}

	private long now() {
		return this.clock.millis() / 1000;
	}

	private String nextTaskId(String prefix) {
		this.taskCounter++;
		return prefix + "_" + Long.toHexString(now()) + "_" + Long.toHexString(this.taskCounter);
	}

	private ObjectNode push(JsonNode body, String command, boolean timpush) {
		int length = utf8Length(body.toString());
		if (timpush && length > MAX_PUSH_BYTES) {
			throw new EmulatorError(90056, "the push request is " + length + " bytes; at most " + MAX_PUSH_BYTES);
		}
		String from = optionalText(body, "From_Account", INVALID);
		EmulatorFields.random(body, "MsgRandom", 90005);
		JsonNode msgBody = null;
		if (timpush) {
			optionalInteger(body, "OnlineOnlyFlag", 0, 1, 0, INVALID);
			if (body.has("MsgBody") && !body.get("MsgBody").isNull()) {
				msgBody = EmulatorFields.messageBody(body, INVALID, 90056);
			}
			else if (!body.path("OfflinePushInfo").isObject()) {
				throw new EmulatorError(INVALID, "'OfflinePushInfo' (or 'MsgBody') must be set");
			}
		}
		else {
			optionalInteger(body, "MsgLifeTime", 0, 604_800, 0, 90026);
			msgBody = EmulatorFields.messageBody(body, INVALID, INVALID);
		}
		JsonNode offline = offlinePushInfo(body);
		Condition condition = condition(body.get("Condition"), timpush);
		String taskId = nextTaskId(timpush ? "push" : "im_push");
		record(new EmulatorPush(taskId, command, condition.target(), List.of(), condition.tags(),
				condition.attributes(), from, condition.json(), (msgBody != null) ? msgBody.toString() : null,
				(offline != null) ? offline.toString() : null, false));
		return json.objectNode().put("TaskId", taskId);
	}

	private void record(EmulatorPush push) {
		this.pushes.add(push);
		this.pushTimes.put(push.taskId(), now());
	}

	private static @Nullable JsonNode offlinePushInfo(JsonNode body) {
		JsonNode offline = body.get("OfflinePushInfo");
		if (offline == null || offline.isNull()) {
			return null;
		}
		if (!offline.isObject()) {
			throw new EmulatorError(INVALID, "'OfflinePushInfo' must be an object");
		}
		for (String field : List.of("Title", "Desc", "Ext")) {
			optionalText(offline, field, INVALID);
		}
		optionalInteger(offline, "PushFlag", 0, 1, 0, INVALID);
		return offline;
	}

	private ObjectNode batch(JsonNode body) {
		String from = text(body, "From_Account", INVALID);
		List<String> users = texts(body, "To_Account", INVALID, 500, 90018);
		for (String user : users) {
			if (user.isEmpty()) {
				throw new EmulatorError(INVALID, "'To_Account' holds an empty UserID");
			}
		}
		EmulatorFields.random(body, "MsgRandom", 90005);
		if (!body.path("OfflinePushInfo").isObject()) {
			throw new EmulatorError(INVALID, "'OfflinePushInfo' must be set");
		}
		JsonNode offline = offlinePushInfo(body);
		String dataId = optionalText(body, "DataId", INVALID);
		maxBytes(dataId, "DataId", 64, INVALID);
		String taskId = nextTaskId("batch");
		record(new EmulatorPush(taskId, "timpush/batch", EmulatorPush.Target.USERS, List.copyOf(users), List.of(),
				Map.of(), from, null, null, offline.toString(), false));
		return json.objectNode().put("TaskId", taskId);
	}

	private ObjectNode revoke(JsonNode body) {
		String taskId = text(body, "TaskId", INVALID);
		offlinePushInfo(body);
		Long time = this.pushTimes.get(taskId);
		if (time == null) {
			throw new EmulatorError(90049, "no push task " + taskId);
		}
		for (int i = 0; i < this.pushes.size(); i++) {
			EmulatorPush push = this.pushes.get(i);
			if (push.taskId().equals(taskId)) {
				if (push.revoked()) {
					throw new EmulatorError(90050, "the push task " + taskId + " is already revoked");
				}
				if (now() - time > REVOKE_WINDOW_SECONDS) {
					throw new EmulatorError(90052, "the push task " + taskId + " is older than 24 hours");
				}
				this.pushes.set(i, push.asRevoked());
			}
		}
		return json.objectNode();
	}

	private Condition condition(@Nullable JsonNode condition, boolean tagsNot) {
		if (condition == null || condition.isNull()) {
			return new Condition(EmulatorPush.Target.ALL, List.of(), Map.of(), null);
		}
		if (!condition.isObject()) {
			throw new EmulatorError(INVALID, "'Condition' must be an object");
		}
		List<String> tags = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (String field : tagsNot ? List.of("TagsAnd", "TagsOr", "TagsNot") : List.of("TagsAnd", "TagsOr")) {
			List<String> values = conditionTags(condition, field);
			for (String tag : values) {
				if (!seen.add(tag)) {
					throw new EmulatorError(90022, "the tag " + tag + " is named twice in 'Condition'");
				}
			}
			if (!field.equals("TagsNot")) {
				tags.addAll(values);
			}
		}
		if (!tagsNot && condition.has("TagsNot")) {
			throw new EmulatorError(INVALID, "'TagsNot' is not supported by this command");
		}
		Map<String, String> attributes = new LinkedHashMap<>();
		for (String field : List.of("AttrsAnd", "AttrsOr")) {
			JsonNode attrs = condition.get(field);
			if (attrs == null || attrs.isNull()) {
				continue;
			}
			if (!attrs.isObject() || attrs.isEmpty()) {
				throw new EmulatorError(90033, "'" + field + "' must be a non-empty object");
			}
			for (Map.Entry<String, JsonNode> attr : attrs.properties()) {
				if (!this.attributeNames.containsValue(attr.getKey())) {
					throw new EmulatorError(90033, "the attribute " + attr.getKey() + " is not named for the app");
				}
				String value = text(attrs, attr.getKey(), 90033);
				checkValue(value);
				attributes.put(attr.getKey(), value);
			}
		}
		boolean hasTags = seen.size() > 0;
		if (hasTags && !attributes.isEmpty()) {
			throw new EmulatorError(90039, "'Condition' cannot combine tags and attributes");
		}
		EmulatorPush.Target target = hasTags ? EmulatorPush.Target.TAGS
				: attributes.isEmpty() ? EmulatorPush.Target.ALL : EmulatorPush.Target.ATTRIBUTES;
		return new Condition(target, List.copyOf(tags), Collections.unmodifiableMap(attributes), condition.toString());
	}

	private static List<String> conditionTags(JsonNode condition, String field) {
		JsonNode value = condition.get(field);
		if (value == null || value.isNull()) {
			return List.of();
		}
		if (!value.isArray() || value.isEmpty()) {
			throw new EmulatorError(90040, "'" + field + "' must name at least one tag");
		}
		if (value.size() > MAX_TAGS) {
			throw new EmulatorError(90032, "'" + field + "' names " + value.size() + " tags; at most " + MAX_TAGS);
		}
		List<String> tags = new ArrayList<>();
		for (JsonNode tag : value) {
			if (!tag.isString()) {
				throw new EmulatorError(INVALID, "'" + field + "' must hold strings");
			}
			checkTag(tag.stringValue());
			tags.add(tag.stringValue());
		}
		return tags;
	}

	private static void checkTag(String tag) {
		if (tag.isEmpty()) {
			throw new EmulatorError(90040, "a tag is empty");
		}
		if (utf8Length(tag) > MAX_VALUE_BYTES) {
			throw new EmulatorError(90020, "a tag is longer than " + MAX_VALUE_BYTES + " bytes");
		}
	}

	private static void checkValue(String value) {
		if (utf8Length(value) > MAX_VALUE_BYTES) {
			throw new EmulatorError(90033, "an attribute value is longer than " + MAX_VALUE_BYTES + " bytes");
		}
	}

	private ObjectNode setAttributeNames(JsonNode body, boolean types) {
		JsonNode names = body.get("AttrNames");
		if (names == null || !names.isObject() || names.isEmpty()) {
			throw new EmulatorError(INVALID, "'AttrNames' is missing or not a non-empty object");
		}
		Map<String, String> updated = new LinkedHashMap<>();
		for (Map.Entry<String, JsonNode> name : names.properties()) {
			if (!name.getKey().matches("[0-9]")) {
				throw new EmulatorError(90033, "'AttrNames' keys must be \"0\" to \"9\"");
			}
			String value = text(names, name.getKey(), 90033);
			checkValue(value);
			updated.put(name.getKey(), value);
		}
		Map<String, Integer> updatedTypes = new LinkedHashMap<>();
		JsonNode attrTypes = body.get("AttrTypes");
		if (attrTypes != null && !attrTypes.isNull()) {
			if (!types || !attrTypes.isObject()) {
				throw new EmulatorError(INVALID, "'AttrTypes' is not an object of this command");
			}
			for (Map.Entry<String, JsonNode> type : attrTypes.properties()) {
				if (!updated.containsKey(type.getKey())) {
					throw new EmulatorError(90033, "'AttrTypes' names an attribute 'AttrNames' does not name");
				}
				updatedTypes.put(type.getKey(), (int) EmulatorFields.integer(attrTypes, type.getKey(), 0, 1, 90033));
			}
		}
		this.attributeNames.putAll(updated);
		this.attributeTypes.putAll(updatedTypes);
		return json.objectNode();
	}

	private ObjectNode getAttributeNames(JsonNode body) {
		ObjectNode answer = json.objectNode();
		ObjectNode names = answer.putObject("AttrNames");
		this.attributeNames.forEach(names::put);
		ObjectNode types = answer.putObject("AttrTypes");
		this.attributeNames.keySet().forEach((key) -> types.put(key, this.attributeTypes.getOrDefault(key, 0)));
		return answer;
	}

	private ObjectNode getAttributes(JsonNode body) {
		List<String> users = texts(body, "To_Account", INVALID, 100, 90018);
		ArrayNode list = json.arrayNode();
		ArrayNode errors = json.arrayNode();
		for (String user : users) {
			if (!this.accounts.exists(user)) {
				errors.addObject().put("ErrorCode", 70107).put("To_Account", user);
				continue;
			}
			ObjectNode item = list.addObject().put("To_Account", user);
			ObjectNode attrs = item.putObject("Attrs");
			this.userAttributes.getOrDefault(user, Map.of()).forEach(attrs::put);
		}
		ObjectNode answer = json.objectNode();
		answer.set("UserAttrs", list);
		if (!errors.isEmpty()) {
			answer.set("ErrorList", errors);
		}
		return answer;
	}

	private ObjectNode setAttributes(JsonNode body) {
		JsonNode users = EmulatorFields.array(body, "UserAttrs", INVALID, 100, 90018);
		Map<String, Map<String, String>> updates = new LinkedHashMap<>();
		for (JsonNode user : users) {
			String account = text(user, "To_Account", INVALID);
			JsonNode attrs = user.get("Attrs");
			if (attrs == null || !attrs.isObject() || attrs.isEmpty()) {
				throw new EmulatorError(INVALID, "'Attrs' is missing or not a non-empty object");
			}
			Map<String, String> values = new LinkedHashMap<>();
			for (Map.Entry<String, JsonNode> attr : attrs.properties()) {
				if (!this.attributeNames.containsValue(attr.getKey())) {
					throw new EmulatorError(90033, "the attribute " + attr.getKey() + " is not named for the app");
				}
				String value = text(attrs, attr.getKey(), 90033);
				checkValue(value);
				values.put(attr.getKey(), value);
			}
			updates.computeIfAbsent(account, (key) -> new LinkedHashMap<>()).putAll(values);
		}
		ArrayNode errors = json.arrayNode();
		updates.forEach((account, values) -> {
			if (!this.accounts.exists(account)) {
				errors.addObject().put("ErrorCode", 70107).put("To_Account", account);
			}
			else {
				this.userAttributes.computeIfAbsent(account, (key) -> new LinkedHashMap<>()).putAll(values);
			}
		});
		return errorList(errors);
	}

	private static ObjectNode errorList(ArrayNode errors) {
		ObjectNode answer = json.objectNode();
		if (!errors.isEmpty()) {
			answer.set("ErrorList", errors);
		}
		return answer;
	}

	private ObjectNode removeAttributes(JsonNode body) {
		JsonNode users = EmulatorFields.array(body, "UserAttrs", INVALID, 100, 90018);
		Map<String, List<String>> removals = new LinkedHashMap<>();
		for (JsonNode user : users) {
			String account = text(user, "To_Account", INVALID);
			removals.computeIfAbsent(account, (key) -> new ArrayList<>())
				.addAll(texts(user, "Attrs", INVALID, MAX_TAGS, 90033));
		}
		ArrayNode errors = json.arrayNode();
		removals.forEach((account, names) -> {
			if (!this.accounts.exists(account)) {
				errors.addObject().put("ErrorCode", 70107).put("To_Account", account);
			}
			else {
				Map<String, String> values = this.userAttributes.get(account);
				if (values != null) {
					names.forEach(values::remove);
				}
			}
		});
		return errorList(errors);
	}

	private ObjectNode getTags(JsonNode body) {
		List<String> users = texts(body, "To_Account", INVALID, 100, 90018);
		ArrayNode list = json.arrayNode();
		ArrayNode errors = json.arrayNode();
		for (String user : users) {
			if (!this.accounts.exists(user)) {
				errors.addObject().put("ErrorCode", 70107).put("To_Account", user);
				continue;
			}
			ArrayNode tags = list.addObject().put("To_Account", user).putArray("Tags");
			this.userTags.getOrDefault(user, Set.of()).forEach(tags::add);
		}
		ObjectNode answer = json.objectNode();
		answer.set("UserTags", list);
		if (!errors.isEmpty()) {
			answer.set("ErrorList", errors);
		}
		return answer;
	}

	private Map<String, List<String>> userTagList(JsonNode body) {
		JsonNode users = EmulatorFields.array(body, "UserTags", INVALID, 100, 90018);
		Map<String, List<String>> result = new LinkedHashMap<>();
		for (JsonNode user : users) {
			String account = text(user, "To_Account", INVALID);
			List<String> tags = texts(user, "Tags", 90040, MAX_TAGS, 90032);
			tags.forEach(PushHandler::checkTag);
			result.computeIfAbsent(account, (key) -> new ArrayList<>()).addAll(tags);
		}
		return result;
	}

	private ObjectNode addTags(JsonNode body) {
		ArrayNode errors = json.arrayNode();
		userTagList(body).forEach((account, tags) -> {
			if (!this.accounts.exists(account)) {
				errors.addObject().put("ErrorCode", 70107).put("To_Account", account);
				return;
			}
			Set<String> current = this.userTags.computeIfAbsent(account, (key) -> new LinkedHashSet<>());
			Set<String> after = new LinkedHashSet<>(current);
			after.addAll(tags);
			if (after.size() > MAX_TAGS) {
				errors.addObject()
					.put("ErrorCode", 90032)
					.put("To_Account", account)
					.put("ErrorInfo", "a user has at most " + MAX_TAGS + " tags");
				return;
			}
			current.addAll(tags);
		});
		return errorList(errors);
	}

	private ObjectNode removeTags(JsonNode body) {
		ArrayNode errors = json.arrayNode();
		userTagList(body).forEach((account, tags) -> {
			if (!this.accounts.exists(account)) {
				errors.addObject().put("ErrorCode", 70107).put("To_Account", account);
				return;
			}
			Set<String> current = this.userTags.get(account);
			if (current != null) {
				tags.forEach(current::remove);
			}
		});
		return errorList(errors);
	}

	private ObjectNode clearTags(JsonNode body) {
		List<String> users = texts(body, "To_Account", INVALID, 100, 90018);
		ArrayNode errors = json.arrayNode();
		for (String user : users) {
			if (!this.accounts.exists(user)) {
				errors.addObject().put("ErrorCode", 70107).put("To_Account", user);
			}
			else {
				this.userTags.remove(user);
			}
		}
		return errorList(errors);
	}

	private static String time(JsonNode body, String field) {
		String value = text(body, field, INVALID);
		try {
			LocalDateTime.parse(value, TIME);
		}
		catch (DateTimeParseException ex) {
			throw new EmulatorError(INVALID, "'" + field + "' must be a UTC time written YYYY-MM-DD HH:MM:SS");
		}
		return value;
	}

	private static String type(JsonNode body) {
		String type = text(body, "Type", 90104);
		if (!type.equals("All") && !type.equals("Tag") && !type.equals("User")) {
			throw new EmulatorError(90104, "'Type' must be All, Tag or User");
		}
		return type;
	}

	private JsonNode content(JsonNode body, String type) {
		JsonNode content = body.get("Content");
		if (content == null || !content.isObject()) {
			throw new EmulatorError(INVALID, "'Content' is missing or not an object");
		}
		optionalText(content, "From_Account", INVALID);
		optionalInteger(content, "MsgRandom", 0, EmulatorFields.MAX_UNSIGNED_32, 0, 90005);
		offlinePushInfo(content);
		Condition condition = condition(content.get("Condition"), true);
		if (type.equals("User")) {
			List<String> users = texts(content, "To_Account", INVALID, 500, 90018);
			users.forEach((user) -> {
				if (user.isEmpty()) {
					throw new EmulatorError(INVALID, "'To_Account' holds an empty UserID");
				}
			});
		}
		else if (content.has("To_Account")) {
			throw new EmulatorError(90104, "'To_Account' is only for a User task");
		}
		if (type.equals("Tag") && condition.target() == EmulatorPush.Target.ALL) {
			throw new EmulatorError(90104, "a Tag task needs a 'Condition'");
		}
		return content.deepCopy();
	}

	private long sdkAppId(JsonNode body) {
		return integer(body, "Sdkappid", 1, Long.MAX_VALUE, 90104);
	}

	private ObjectNode requireTask(JsonNode body) {
		long taskId = integer(body, "TaskID", 1, Long.MAX_VALUE, 90104);
		ObjectNode task = this.scheduled.get(taskId);
		if (task == null) {
			throw new EmulatorError(90104, "no scheduled task " + taskId);
		}
		return task;
	}

	private ObjectNode addScheduled(JsonNode body) {
		long sdkAppId = sdkAppId(body);
		String type = type(body);
		String schedAt = time(body, "SchedAt");
		JsonNode content = content(body, type);
		long taskId = 1_700_000_000_000L + (++this.scheduledCounter);
		ObjectNode task = json.objectNode()
			.put("TaskID", taskId)
			.put("Sdkappid", sdkAppId)
			.put("CreateAt", TIME.format(LocalDateTime.ofEpochSecond(now(), 0, ZoneOffset.UTC)))
			.put("Type", type)
			.put("SchedAt", schedAt);
		task.set("Content", content);
		describe(task, content);
		task.put("Status", "pending").put("DispatchSuccess", 0).put("DispatchErr", "").put("PushTaskID", "");
		this.scheduled.put(taskId, task);
		return json.objectNode().put("TaskID", taskId);
	}

	private static void describe(ObjectNode task, JsonNode content) {
		JsonNode offline = content.path("OfflinePushInfo");
		task.put("Title", offline.path("Title").isString() ? offline.path("Title").stringValue() : "");
		task.put("Desc", offline.path("Desc").isString() ? offline.path("Desc").stringValue() : "");
	}

	private ObjectNode getScheduled(JsonNode body) {
		sdkAppId(body);
		ObjectNode answer = json.objectNode();
		answer.set("TaskInfo", requireTask(body).deepCopy());
		return answer;
	}

	private ObjectNode listScheduled(JsonNode body) {
		sdkAppId(body);
		long offset = integer(body, "Offset", 0, Long.MAX_VALUE, INVALID);
		long want = integer(body, "Want", 1, Long.MAX_VALUE, INVALID);
		String orderBy = text(body, "OrderBy", INVALID).toLowerCase();
		if (!orderBy.equals("schedat") && !orderBy.equals("createat")) {
			throw new EmulatorError(INVALID, "'OrderBy' must be schedat or createat");
		}
		JsonNode ascValue = body.get("Asc");
		if (ascValue != null && !ascValue.isBoolean() && !ascValue.isNull()) {
			throw new EmulatorError(INVALID, "'Asc' must be a boolean");
		}
		boolean asc = ascValue != null && ascValue.isBoolean() && ascValue.booleanValue();
		String begin = time(body, "BeginTime");
		String end = time(body, "EndTime");
		String keyword = optionalText(body, "Keyword", INVALID);
		String field = orderBy.equals("schedat") ? "SchedAt" : "CreateAt";
		Comparator<ObjectNode> order = Comparator.comparing((ObjectNode task) -> task.path(field).stringValue())
			.thenComparing((task) -> task.path("TaskID").longValue());
		if (!asc) {
			order = order.reversed();
		}
		List<ObjectNode> matching = this.scheduled.values()
			.stream()
			.filter((task) -> task.path("SchedAt").stringValue().compareTo(begin) >= 0
					&& task.path("SchedAt").stringValue().compareTo(end) <= 0)
			.filter((task) -> keyword == null || keyword.isEmpty() || task.path("Title").stringValue().contains(keyword)
					|| task.path("Desc").stringValue().contains(keyword))
			.sorted(order)
			.toList();
		ArrayNode tasks = json.arrayNode();
		long last = Math.min(matching.size(), offset + Math.min(want, 100));
		for (long i = Math.min(offset, matching.size()); i < last; i++) {
			tasks.add(matching.get((int) i).deepCopy());
		}
		ObjectNode answer = json.objectNode().put("Total", (long) matching.size());
		answer.set("Tasks", tasks);
		return answer;
	}

	private ObjectNode modifyScheduled(JsonNode body) {
		sdkAppId(body);
		ObjectNode task = requireTask(body);
		String type = type(body);
		if (!type.equals(task.path("Type").stringValue())) {
			throw new EmulatorError(90104, "the type of a scheduled task cannot change");
		}
		String schedAt = body.has("SchedAt") ? time(body, "SchedAt") : null;
		JsonNode content = body.has("Content") ? content(body, type) : null;
		if (schedAt == null && content == null) {
			throw new EmulatorError(INVALID, "'SchedAt' or 'Content' must be set");
		}
		if (schedAt != null) {
			task.put("SchedAt", schedAt);
		}
		if (content != null) {
			task.set("Content", content);
			describe(task, content);
		}
		return json.objectNode().put("TaskID", task.path("TaskID").longValue());
	}

	private ObjectNode deleteScheduled(JsonNode body) {
		sdkAppId(body);
		ObjectNode task = requireTask(body);
		if (!type(body).equals(task.path("Type").stringValue())) {
			throw new EmulatorError(90104, "the task is not of this type");
		}
		this.scheduled.remove(task.path("TaskID").longValue());
		return json.objectNode().put("TaskID", task.path("TaskID").longValue());
	}

	private record Condition(EmulatorPush.Target target, List<String> tags, Map<String, String> attributes,
			@Nullable String json) {

	}

}
