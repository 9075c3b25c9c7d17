package io.github.chatadmin.client.api.push;

import java.util.HashSet;
import java.util.List;
import java.util.Map;

import io.github.chatadmin.client.ChatCommand;
import io.github.chatadmin.client.ChatResponse;
import io.github.chatadmin.client.api.RequestChecks;
import io.github.chatadmin.client.api.message.MessageElement;
import org.jspecify.annotations.Nullable;

/**
 * The push commands of the REST API ({@code timpush} and the legacy
 * {@code all_member_push}), each declared once with its limits, quota and input checks.
 * Every write is declared not idempotent: a push sent twice reaches its users twice
 * ({@code MsgRandom} de-duplicates only within the same second).
 *
 * @author chat-admin
 */
public final class PushCommands {

	/**
	 * The vendor's limit of users in one attribute or tag call.
	 */
	public static final int MAX_USERS = 100;

	/**
	 * The vendor's limit of receivers of a user-targeted push.
	 */
	public static final int MAX_PUSH_USERS = 500;

	/**
	 * The vendor's limit of user attributes of an app.
	 */
	public static final int MAX_ATTRIBUTES = 10;

	private static final String SERVICE = "timpush";

	private static final String LEGACY = "all_member_push";

	/**
	 * Push to every user or to tagged users: 100 calls a day by default (10 on the free
	 * edition), more than one second apart.
	 */
	public static final ChatCommand<PushRequest, PushResponse> PUSH = ChatCommand
		.write(SERVICE, "push", PushRequest.class, PushResponse.class)
		.withQuota(1)
		.withCheck((request) -> {
			optionalSender(request.fromAccount());
			RequestChecks.unsigned32(request.msgRandom(), "MsgRandom");
			checkCondition(request.condition(), true);
			if (request.onlineOnlyFlag() != null) {
				RequestChecks.range(request.onlineOnlyFlag(), "OnlineOnlyFlag", 0, 1);
			}
			if (request.msgBody() != null) {
				checkBody(request.msgBody(), "MsgBody");
			}
			else if (request.offlinePushInfo() == null) {
				throw new IllegalArgumentException("'OfflinePushInfo' (or 'MsgBody') must be set");
			}
		});

	/**
	 * Push to 1 to 500 users; 30 calls/s (the newer page: 10 free, 30 standard, 40
	 * advanced edition).
	 */
	public static final ChatCommand<UserPushRequest, PushResponse> PUSH_TO_USERS = ChatCommand
		.write(SERVICE, "batch", UserPushRequest.class, PushResponse.class)
		.withQuota(30)
		.withList("To_Account", MAX_PUSH_USERS, UserPushRequest::toAccount)
		.withCheck((request) -> {
			RequestChecks.notEmpty(request.fromAccount(), "From_Account");
			accounts(request.toAccount(), "To_Account");
			RequestChecks.unsigned32(request.msgRandom(), "MsgRandom");
			RequestChecks.notNull(request.offlinePushInfo(), "OfflinePushInfo");
			RequestChecks.maxBytes(request.dataId(), "DataId", 64);
		});

	/**
	 * Revoke a push task within 24 hours; one call per second.
	 */
	public static final ChatCommand<RevokePushRequest, ChatResponse> REVOKE = ChatCommand
		.write(SERVICE, "revoke", RevokePushRequest.class, ChatResponse.class)
		.withQuota(1)
		.withCheck((request) -> RequestChecks.notEmpty(request.taskId(), "TaskId"));

	/**
	 * Name the app's user attributes.
	 */
	public static final ChatCommand<AttributeNamesRequest, ChatResponse> SET_ATTRIBUTE_NAMES = ChatCommand
		.write(SERVICE, "set_attr_name", AttributeNamesRequest.class, ChatResponse.class)
		.withQuota(100)
		.withCheck((request) -> checkAttributeNames(request, true));

	/**
	 * Read the names of the app's user attributes.
	 */
	public static final ChatCommand<Void, AttributeNamesResponse> GET_ATTRIBUTE_NAMES = ChatCommand
		.read(SERVICE, "get_attr_name", Void.class, AttributeNamesResponse.class)
		.withQuota(100);

	/**
	 * Read the attributes of up to 100 users.
	 */
	public static final ChatCommand<PushUsersRequest, UserAttributesResponse> GET_ATTRIBUTES = ChatCommand
		.read(SERVICE, "get_attr", PushUsersRequest.class, UserAttributesResponse.class)
		.withQuota(100)
		.withList("To_Account", MAX_USERS, PushUsersRequest::toAccount)
		.withCheck((request) -> accounts(request.toAccount(), "To_Account"));

	/**
	 * Set attributes of up to 100 users.
	 */
	public static final ChatCommand<UserAttributesRequest, PushUsersResponse> SET_ATTRIBUTES = ChatCommand
		.write(SERVICE, "set_attr", UserAttributesRequest.class, PushUsersResponse.class)
		.withQuota(100)
		.withList("UserAttrs", MAX_USERS, UserAttributesRequest::userAttrs)
		.withCheck((request) -> checkUserAttributes(request.userAttrs(), false));

	/**
	 * Remove attributes of up to 100 users.
	 */
	public static final ChatCommand<RemoveAttributesRequest, PushUsersResponse> REMOVE_ATTRIBUTES = ChatCommand
		.write(SERVICE, "remove_attr", RemoveAttributesRequest.class, PushUsersResponse.class)
		.withQuota(100)
		.withList("UserAttrs", MAX_USERS, RemoveAttributesRequest::userAttrs)
		.withCheck((request) -> checkAttributeNames(request.userAttrs(), false));

	/**
	 * Read the tags of up to 100 users.
	 */
	public static final ChatCommand<PushUsersRequest, UserTagsResponse> GET_TAGS = ChatCommand
		.read(SERVICE, "get_tag", PushUsersRequest.class, UserTagsResponse.class)
		.withQuota(100)
		.withList("To_Account", MAX_USERS, PushUsersRequest::toAccount)
		.withCheck((request) -> accounts(request.toAccount(), "To_Account"));

	/**
	 * Add tags to up to 100 users.
	 */
	public static final ChatCommand<UserTagsRequest, PushUsersResponse> ADD_TAGS = ChatCommand
		.write(SERVICE, "add_tag", UserTagsRequest.class, PushUsersResponse.class)
		.withQuota(100)
		.withList("UserTags", MAX_USERS, UserTagsRequest::userTags)
		.withCheck((request) -> checkUserTags(request.userTags(), false));

	/**
	 * Remove tags of up to 100 users.
	 */
	public static final ChatCommand<UserTagsRequest, PushUsersResponse> REMOVE_TAGS = ChatCommand
		.write(SERVICE, "remove_tag", UserTagsRequest.class, PushUsersResponse.class)
		.withQuota(100)
		.withList("UserTags", MAX_USERS, UserTagsRequest::userTags)
		.withCheck((request) -> checkUserTags(request.userTags(), false));

	/**
	 * Remove every tag of up to 100 users.
	 */
	public static final ChatCommand<PushUsersRequest, PushUsersResponse> CLEAR_TAGS = ChatCommand
		.write(SERVICE, "clear_all_tags", PushUsersRequest.class, PushUsersResponse.class)
		.withQuota(100)
		.withList("To_Account", MAX_USERS, PushUsersRequest::toAccount)
		.withCheck((request) -> accounts(request.toAccount(), "To_Account"));

	/**
	 * Create a scheduled push; 5 calls/s.
	 */
	public static final ChatCommand<AddScheduledPushRequest, ScheduledTaskIdResponse> ADD_SCHEDULED = ChatCommand
		.write(SERVICE, "add_sched_task", AddScheduledPushRequest.class, ScheduledTaskIdResponse.class)
		.withQuota(5)
		.withBatchLimit(MAX_PUSH_USERS)
		.withCheck((request) -> {
			RequestChecks.range(request.sdkappid(), "Sdkappid", 1, Long.MAX_VALUE);
			checkType(request.type());
			PushTimes.check(request.schedAt(), "SchedAt");
			RequestChecks.notNull(request.content(), "Content");
			checkContent(request.type(), request.content());
		});

	/**
	 * Read a scheduled push; 5 calls/s.
	 */
	public static final ChatCommand<ScheduledTaskRequest, ScheduledTaskResponse> GET_SCHEDULED = ChatCommand
		.read(SERVICE, "get_sched_task", ScheduledTaskRequest.class, ScheduledTaskResponse.class)
		.withQuota(5)
		.withCheck((request) -> {
			RequestChecks.range(request.sdkappid(), "Sdkappid", 1, Long.MAX_VALUE);
			RequestChecks.range(request.taskId(), "TaskID", 1, Long.MAX_VALUE);
		});

	/**
	 * Read one page of scheduled pushes; 5 calls/s.
	 */
	public static final ChatCommand<ListScheduledTasksRequest, ScheduledTaskPage> LIST_SCHEDULED = ChatCommand
		.read(SERVICE, "list_sched_task", ListScheduledTasksRequest.class, ScheduledTaskPage.class)
		.withQuota(5)
		.withCheck((request) -> {
			RequestChecks.range(request.sdkappid(), "Sdkappid", 1, Long.MAX_VALUE);
			RequestChecks.range(request.offset(), "Offset", 0, Long.MAX_VALUE);
			RequestChecks.range(request.want(), "Want", 1, Long.MAX_VALUE);
			RequestChecks.notEmpty(request.orderBy(), "OrderBy");
			PushTimes.check(request.beginTime(), "BeginTime");
			PushTimes.check(request.endTime(), "EndTime");
			if (request.beginTime().compareTo(request.endTime()) > 0) {
				throw new IllegalArgumentException(
						"'BeginTime' " + request.beginTime() + " is after 'EndTime' " + request.endTime());
			}
		});

	/**
	 * Delete a pending scheduled push; 5 calls/s.
	 */
	public static final ChatCommand<DeleteScheduledPushRequest, ScheduledTaskIdResponse> DELETE_SCHEDULED = ChatCommand
		.write(SERVICE, "delete_sched_task", DeleteScheduledPushRequest.class, ScheduledTaskIdResponse.class)
		.withQuota(5)
		.withCheck((request) -> {
			RequestChecks.range(request.sdkappid(), "Sdkappid", 1, Long.MAX_VALUE);
			RequestChecks.range(request.taskId(), "TaskID", 1, Long.MAX_VALUE);
			checkType(request.type());
		});

	/**
	 * Change the time or the push of a pending scheduled push; 5 calls/s.
	 */
	public static final ChatCommand<ModifyScheduledPushRequest, ScheduledTaskIdResponse> MODIFY_SCHEDULED = ChatCommand
		.write(SERVICE, "modify_sched_task", ModifyScheduledPushRequest.class, ScheduledTaskIdResponse.class)
		.withQuota(5)
		.withCheck((request) -> {
			RequestChecks.range(request.sdkappid(), "Sdkappid", 1, Long.MAX_VALUE);
			RequestChecks.range(request.taskId(), "TaskID", 1, Long.MAX_VALUE);
			checkType(request.type());
			if (request.schedAt() == null && request.content() == null) {
				throw new IllegalArgumentException("'SchedAt' or 'Content' must be set: the call changes nothing");
			}
			if (request.schedAt() != null) {
				PushTimes.check(request.schedAt(), "SchedAt");
			}
		});

	/**
	 * Legacy: push a message to every user or to tagged users; 100 calls a day, more than
	 * one second apart.
	 */
	public static final ChatCommand<LegacyPushRequest, PushResponse> LEGACY_PUSH = ChatCommand
		.write(LEGACY, "im_push", LegacyPushRequest.class, PushResponse.class)
		.withQuota(1)
		.withCheck((request) -> {
			if (request.fromAccount() != null) {
				RequestChecks.userId(request.fromAccount(), "From_Account");
			}
			RequestChecks.unsigned32(request.msgRandom(), "MsgRandom");
			if (request.msgLifeTime() != null) {
				RequestChecks.range(request.msgLifeTime(), "MsgLifeTime", 0, LegacyPushRequest.MAX_LIFE_TIME);
			}
			checkCondition(request.condition(), false);
			checkBody(request.msgBody(), "MsgBody");
		});

	/**
	 * Legacy: name the app's user attributes.
	 */
	public static final ChatCommand<AttributeNamesRequest, ChatResponse> LEGACY_SET_ATTRIBUTE_NAMES = ChatCommand
		.write(LEGACY, "im_set_attr_name", AttributeNamesRequest.class, ChatResponse.class)
		.withQuota(100)
		.withCheck((request) -> checkAttributeNames(request, false));

	/**
	 * Legacy: read the names of the app's user attributes.
	 */
	public static final ChatCommand<Void, AttributeNamesResponse> LEGACY_GET_ATTRIBUTE_NAMES = ChatCommand
		.read(LEGACY, "im_get_attr_name", Void.class, AttributeNamesResponse.class)
		.withQuota(100);

	/**
	 * Legacy: read the attributes of up to 100 users.
	 */
	public static final ChatCommand<PushUsersRequest, UserAttributesResponse> LEGACY_GET_ATTRIBUTES = ChatCommand
		.read(LEGACY, "im_get_attr", PushUsersRequest.class, UserAttributesResponse.class)
		.withQuota(100)
		.withList("To_Account", MAX_USERS, PushUsersRequest::toAccount)
		.withCheck((request) -> RequestChecks.userIds(request.toAccount(), "To_Account"));

	/**
	 * Legacy: set attributes of up to 100 users.
	 */
	public static final ChatCommand<UserAttributesRequest, PushUsersResponse> LEGACY_SET_ATTRIBUTES = ChatCommand
		.write(LEGACY, "im_set_attr", UserAttributesRequest.class, PushUsersResponse.class)
		.withQuota(100)
		.withList("UserAttrs", MAX_USERS, UserAttributesRequest::userAttrs)
		.withCheck((request) -> checkUserAttributes(request.userAttrs(), true));

	/**
	 * Legacy: remove attributes of up to 100 users.
	 */
	public static final ChatCommand<RemoveAttributesRequest, PushUsersResponse> LEGACY_REMOVE_ATTRIBUTES = ChatCommand
		.write(LEGACY, "im_remove_attr", RemoveAttributesRequest.class, PushUsersResponse.class)
		.withQuota(100)
		.withList("UserAttrs", MAX_USERS, RemoveAttributesRequest::userAttrs)
		.withCheck((request) -> checkAttributeNames(request.userAttrs(), true));

	/**
	 * Legacy: read the tags of up to 100 users.
	 */
	public static final ChatCommand<PushUsersRequest, UserTagsResponse> LEGACY_GET_TAGS = ChatCommand
		.read(LEGACY, "im_get_tag", PushUsersRequest.class, UserTagsResponse.class)
		.withQuota(100)
		.withList("To_Account", MAX_USERS, PushUsersRequest::toAccount)
		.withCheck((request) -> RequestChecks.userIds(request.toAccount(), "To_Account"));

	/**
	 * Legacy: add tags to up to 100 users.
	 */
	public static final ChatCommand<UserTagsRequest, PushUsersResponse> LEGACY_ADD_TAGS = ChatCommand
		.write(LEGACY, "im_add_tag", UserTagsRequest.class, PushUsersResponse.class)
		.withQuota(100)
		.withList("UserTags", MAX_USERS, UserTagsRequest::userTags)
		.withCheck((request) -> checkUserTags(request.userTags(), true));

	/**
	 * Legacy: remove tags of up to 100 users.
	 */
	public static final ChatCommand<UserTagsRequest, PushUsersResponse> LEGACY_REMOVE_TAGS = ChatCommand
		.write(LEGACY, "im_remove_tag", UserTagsRequest.class, PushUsersResponse.class)
		.withQuota(100)
		.withList("UserTags", MAX_USERS, UserTagsRequest::userTags)
		.withCheck((request) -> checkUserTags(request.userTags(), true));

	/**
	 * Legacy: remove every tag of up to 100 users.
	 */
	public static final ChatCommand<PushUsersRequest, PushUsersResponse> LEGACY_CLEAR_TAGS = ChatCommand
		.write(LEGACY, "im_remove_all_tags", PushUsersRequest.class, PushUsersResponse.class)
		.withQuota(100)
		.withList("To_Account", MAX_USERS, PushUsersRequest::toAccount)
		.withCheck((request) -> RequestChecks.userIds(request.toAccount(), "To_Account"));

	private PushCommands() {
	}

	private static void optionalSender(@Nullable String from) {
		if (from != null) {
			RequestChecks.notEmpty(from, "From_Account");
		}
	}

	private static void accounts(List<String> accounts, String field) {
		for (int i = 0; i < accounts.size(); i++) {
			RequestChecks.notEmpty(accounts.get(i), field + "[" + i + "]");
		}
	}

	private static void account(@Nullable String account, String field, boolean userId) {
		if (userId) {
			RequestChecks.userId(account, field);
		}
		else {
			RequestChecks.notEmpty(account, field);
		}
	}

	private static void checkBody(@Nullable List<MessageElement> body, String field) {
		if (body == null || body.isEmpty()) {
			throw new IllegalArgumentException("'" + field + "' must have at least one element");
		}
		for (int i = 0; i < body.size(); i++) {
			RequestChecks.notNull(body.get(i), field + "[" + i + "]");
		}
	}

	static void checkCondition(@Nullable PushCondition condition, boolean tagsNot) {
		if (condition == null) {
			return;
		}
		if (!tagsNot && condition.tagsNot() != null) {
			throw new IllegalArgumentException("'Condition.TagsNot' is not supported by the legacy push");
		}
		boolean tags = condition.tagsAnd() != null || condition.tagsOr() != null || condition.tagsNot() != null;
		boolean attrs = condition.attrsAnd() != null || condition.attrsOr() != null;
		if (tags && attrs) {
			throw new IllegalArgumentException(
					"'Condition' cannot combine tag and attribute conditions (the vendor answers 90039)");
		}
		checkConditionTags(condition.tagsAnd(), "Condition.TagsAnd");
		checkConditionTags(condition.tagsOr(), "Condition.TagsOr");
		checkConditionTags(condition.tagsNot(), "Condition.TagsNot");
		checkConditionAttrs(condition.attrsAnd(), "Condition.AttrsAnd");
		checkConditionAttrs(condition.attrsOr(), "Condition.AttrsOr");
	}

	private static void checkConditionTags(@Nullable List<String> tags, String field) {
		if (tags == null) {
			return;
		}
		if (tags.isEmpty() || tags.size() > PushCondition.MAX_TAGS) {
			throw new IllegalArgumentException(
					"'" + field + "' must name 1 to " + PushCondition.MAX_TAGS + " tags, but named " + tags.size());
		}
		checkTags(tags, field);
		if (new HashSet<>(tags).size() != tags.size()) {
			throw new IllegalArgumentException("'" + field + "' names a tag twice (the vendor answers 90022)");
		}
	}

	private static void checkConditionAttrs(@Nullable Map<String, String> attrs, String field) {
		if (attrs == null) {
			return;
		}
		if (attrs.isEmpty()) {
			throw new IllegalArgumentException("'" + field + "' must not be empty");
		}
		checkAttrValues(attrs, field);
	}

	private static void checkTags(List<String> tags, String field) {
		for (int i = 0; i < tags.size(); i++) {
			RequestChecks.notEmpty(tags.get(i), field + "[" + i + "]");
			RequestChecks.maxBytes(tags.get(i), field + "[" + i + "]", PushCondition.MAX_VALUE_BYTES);
		}
	}

	private static void checkAttrValues(Map<String, String> attrs, String field) {
		for (Map.Entry<String, String> attr : attrs.entrySet()) {
			RequestChecks.notEmpty(attr.getKey(), field + " name");
			RequestChecks.maxBytes(attr.getKey(), field + " name", PushCondition.MAX_VALUE_BYTES);
			RequestChecks.notNull(attr.getValue(), field + "." + attr.getKey());
			RequestChecks.maxBytes(attr.getValue(), field + "." + attr.getKey(), PushCondition.MAX_VALUE_BYTES);
		}
	}

	private static void checkAttributeNames(AttributeNamesRequest request, boolean types) {
		Map<String, String> names = request.attrNames();
		if (names == null || names.isEmpty()) {
			throw new IllegalArgumentException("'AttrNames' must not be empty");
		}
		if (names.size() > MAX_ATTRIBUTES) {
			throw new IllegalArgumentException(
					"'AttrNames' names " + names.size() + " attributes, but an app has at most " + MAX_ATTRIBUTES);
		}
		for (Map.Entry<String, String> name : names.entrySet()) {
			if (!name.getKey().matches("[0-9]")) {
				throw new IllegalArgumentException(
						"'AttrNames' keys must be \"0\" to \"9\", but one was '" + name.getKey() + "'");
			}
			RequestChecks.notEmpty(name.getValue(), "AttrNames." + name.getKey());
			RequestChecks.maxBytes(name.getValue(), "AttrNames." + name.getKey(), PushCondition.MAX_VALUE_BYTES);
		}
		Map<String, Integer> attrTypes = request.attrTypes();
		if (attrTypes != null) {
			if (!types) {
				throw new IllegalArgumentException("'AttrTypes' is not supported by the legacy push");
			}
			for (Map.Entry<String, Integer> type : attrTypes.entrySet()) {
				if (!names.containsKey(type.getKey())) {
					throw new IllegalArgumentException(
							"'AttrTypes." + type.getKey() + "' names an attribute that 'AttrNames' does not name");
				}
				RequestChecks.notNull(type.getValue(), "AttrTypes." + type.getKey());
				RequestChecks.range(type.getValue(), "AttrTypes." + type.getKey(), 0, 1);
			}
		}
	}

	private static void checkUserAttributes(List<UserAttributes> users, boolean userIds) {
		for (int i = 0; i < users.size(); i++) {
			String field = "UserAttrs[" + i + "]";
			UserAttributes user = users.get(i);
			RequestChecks.notNull(user, field);
			account(user.toAccount(), field + ".To_Account", userIds);
			if (user.attrs() == null || user.attrs().isEmpty()) {
				throw new IllegalArgumentException("'" + field + ".Attrs' must not be empty");
			}
			checkAttrValues(user.attrs(), field + ".Attrs");
		}
	}

	private static void checkAttributeNames(List<UserAttributeNames> users, boolean userIds) {
		for (int i = 0; i < users.size(); i++) {
			String field = "UserAttrs[" + i + "]";
			UserAttributeNames user = users.get(i);
			RequestChecks.notNull(user, field);
			account(user.toAccount(), field + ".To_Account", userIds);
			if (user.attrs() == null || user.attrs().isEmpty()) {
				throw new IllegalArgumentException("'" + field + ".Attrs' must not be empty");
			}
			for (int j = 0; j < user.attrs().size(); j++) {
				RequestChecks.notEmpty(user.attrs().get(j), field + ".Attrs[" + j + "]");
			}
		}
	}

	private static void checkUserTags(List<UserTags> users, boolean userIds) {
		for (int i = 0; i < users.size(); i++) {
			String field = "UserTags[" + i + "]";
			UserTags user = users.get(i);
			RequestChecks.notNull(user, field);
			account(user.toAccount(), field + ".To_Account", userIds);
			List<String> tags = user.tags();
			if (tags == null || tags.isEmpty() || tags.size() > PushCondition.MAX_TAGS) {
				throw new IllegalArgumentException("'" + field + ".Tags' must name 1 to " + PushCondition.MAX_TAGS
						+ " tags, but named " + ((tags != null) ? tags.size() : 0));
			}
			checkTags(tags, field + ".Tags");
		}
	}

	private static void checkType(@Nullable ScheduledPushType type) {
		RequestChecks.notNull(type, "Type");
		if (!type.isKnown()) {
			throw new IllegalArgumentException("'Type' must be All, Tag or User, but was '" + type.value() + "'");
		}
	}

	private static void checkContent(ScheduledPushType type, ScheduledPushContent content) {
		optionalSender(content.fromAccount());
		RequestChecks.unsigned32(content.msgRandom(), "Content.MsgRandom");
		List<String> receivers = content.toAccount();
		if (type.equals(ScheduledPushType.USER)) {
			if (receivers == null || receivers.isEmpty() || receivers.size() > MAX_PUSH_USERS) {
				throw new IllegalArgumentException("'Content.To_Account' of a User task must name 1 to "
						+ MAX_PUSH_USERS + " users, but named " + ((receivers != null) ? receivers.size() : 0));
			}
			accounts(receivers, "Content.To_Account");
		}
		else if (receivers != null) {
			throw new IllegalArgumentException("'Content.To_Account' is only for a User task, not " + type);
		}
		if (type.equals(ScheduledPushType.TAG)) {
			RequestChecks.notNull(content.condition(), "Content.Condition");
		}
		checkCondition(content.condition(), true);
	}

}
