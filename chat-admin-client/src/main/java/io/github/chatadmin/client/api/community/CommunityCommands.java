package io.github.chatadmin.client.api.community;

import java.util.List;

import io.github.chatadmin.client.ChatCommand;
import io.github.chatadmin.client.ChatResponse;
import io.github.chatadmin.client.api.RequestChecks;
import io.github.chatadmin.client.api.group.GroupCommands;
import io.github.chatadmin.client.api.group.GroupType;
import io.github.chatadmin.client.api.group.MemberAccount;
import io.github.chatadmin.client.api.group.MemberResultsResponse;
import org.jspecify.annotations.Nullable;

/**
 * The community commands of the REST API (topics and permission groups), each declared
 * once with its limits, quota and input checks. Every write is declared not idempotent.
 * Community IDs start with {@code @TGS#_}, which the checks require.
 *
 * @author chat-admin
 */
public final class CommunityCommands {

	private static final String TOPIC_SERVICE = "million_group_open_http_svc";

	private static final String SERVICE = "group_open_http_svc";

	/**
	 * Create a topic in a community.
	 */
	public static final ChatCommand<CreateTopicRequest, TopicIdResponse> CREATE_TOPIC = ChatCommand
		.write(TOPIC_SERVICE, "create_topic", CreateTopicRequest.class, TopicIdResponse.class)
		.withCheck((request) -> {
			checkCommunityId(request.groupId());
			if (request.topicId() != null) {
				checkCustomTopicId(request.groupId(), request.topicId());
			}
			checkTopicProfile(request.topicName(), true, request.fromAccount(), request.customString(),
					request.faceUrl(), request.notification(), request.introduction());
		});

	/**
	 * Read the profiles of a community's topics.
	 */
	public static final ChatCommand<GetTopicsRequest, TopicsResponse> GET_TOPICS = ChatCommand
		.read(TOPIC_SERVICE, "get_topic", GetTopicsRequest.class, TopicsResponse.class)
		.withCheck((request) -> {
			checkCommunityId(request.groupId());
			RequestChecks.userId(request.fromAccount(), "From_Account");
			checkTopicIds(request.topicIdList(), false);
			RequestChecks.optionalList(request.responseFilter(), "ResponseFilter");
		});

	/**
	 * Change a topic's profile.
	 */
	public static final ChatCommand<ModifyTopicRequest, ChatResponse> MODIFY_TOPIC = ChatCommand
		.write(TOPIC_SERVICE, "modify_topic", ModifyTopicRequest.class, ChatResponse.class)
		.withCheck((request) -> {
			checkCommunityId(request.groupId());
			GroupCommands.checkTopicId(request.topicId(), "TopicId");
			checkTopicProfile(request.topicName(), false, request.fromAccount(), request.customString(),
					request.faceUrl(), request.notification(), request.introduction());
		});

	/**
	 * Disband topics of a community.
	 */
	public static final ChatCommand<DestroyTopicsRequest, DestroyTopicsResponse> DESTROY_TOPICS = ChatCommand
		.write(TOPIC_SERVICE, "destroy_topic", DestroyTopicsRequest.class, DestroyTopicsResponse.class)
		.withCheck((request) -> {
			checkCommunityId(request.groupId());
			checkTopicIds(request.topicIdList(), true);
		});

	/**
	 * Import a topic from another system.
	 */
	public static final ChatCommand<ImportTopicRequest, TopicIdResponse> IMPORT_TOPIC = ChatCommand
		.write(SERVICE, "import_topic", ImportTopicRequest.class, TopicIdResponse.class)
		.withCheck((request) -> {
			if (request.type() != null && request.type().kind() != GroupType.Kind.COMMUNITY) {
				throw new IllegalArgumentException("'Type' must be Community, but was " + request.type());
			}
			checkCommunityId(request.groupId());
			if (request.topicId() != null) {
				checkCustomTopicId(request.groupId(), request.topicId());
			}
			checkTopicProfile(request.topicName(), true, request.fromAccount(), request.customString(),
					request.faceUrl(), request.notification(), request.introduction());
			if (request.createTime() != null) {
				RequestChecks.range(request.createTime(), "CreateTime", 0, Long.MAX_VALUE);
			}
		});

	/**
	 * Create a permission group in a community.
	 */
	public static final ChatCommand<CreatePermissionGroupRequest, PermissionGroupIdResponse> CREATE_PERMISSION_GROUP = ChatCommand
		.write(SERVICE, "create_permission_group", CreatePermissionGroupRequest.class, PermissionGroupIdResponse.class)
		.withCheck((request) -> {
			checkCommunityId(request.groupId());
			if (request.permissionGroupId() != null) {
				checkPermissionGroupId(request.permissionGroupId(), "PermissionGroupId");
			}
			RequestChecks.notEmpty(request.permissionGroupName(), "PermissionGroupName");
			checkPermissionGroupProfile(request.permissionGroupName(), request.permission(), request.customString());
		});

	/**
	 * Destroy up to 20 permission groups.
	 */
	public static final ChatCommand<DestroyPermissionGroupsRequest, PermissionGroupResultsResponse> DESTROY_PERMISSION_GROUPS = ChatCommand
		.write(SERVICE, "destroy_permission_group", DestroyPermissionGroupsRequest.class,
				PermissionGroupResultsResponse.class)
		.withList("PermissionGroupIdList", 20, DestroyPermissionGroupsRequest::permissionGroupIdList)
		.withCheck((request) -> {
			checkCommunityId(request.groupId());
			List<String> ids = request.permissionGroupIdList();
			for (int i = 0; i < ids.size(); i++) {
				checkPermissionGroupId(ids.get(i), "PermissionGroupIdList[" + i + "]");
			}
		});

	/**
	 * Change a permission group's name, permissions or custom data.
	 */
	public static final ChatCommand<ModifyPermissionGroupRequest, ChatResponse> MODIFY_PERMISSION_GROUP = ChatCommand
		.write(SERVICE, "modify_permission_group", ModifyPermissionGroupRequest.class, ChatResponse.class)
		.withCheck((request) -> {
			checkCommunityId(request.groupId());
			checkPermissionGroupId(request.permissionGroupId(), "PermissionGroupId");
			if (request.permissionGroupName() != null) {
				RequestChecks.notEmpty(request.permissionGroupName(), "PermissionGroupName");
			}
			checkPermissionGroupProfile(request.permissionGroupName(), request.permission(), request.customString());
		});

	/**
	 * Read one page of up to 20 permission groups, or named ones.
	 */
	public static final ChatCommand<GetPermissionGroupsRequest, PermissionGroupsResponse> GET_PERMISSION_GROUPS = ChatCommand
		.read(SERVICE, "get_permission_group", GetPermissionGroupsRequest.class, PermissionGroupsResponse.class)
		.withBatchLimit(GetPermissionGroupsRequest.MAX_PAGE_SIZE)
		.withCheck((request) -> {
			checkCommunityId(request.groupId());
			if (request.limit() != null) {
				RequestChecks.range(request.limit(), "Limit", 1, GetPermissionGroupsRequest.MAX_PAGE_SIZE);
			}
			List<String> ids = request.permissionGroupIdList();
			if (ids != null) {
				RequestChecks.optionalList(ids, "PermissionGroupIdList");
				for (int i = 0; i < ids.size(); i++) {
					checkPermissionGroupId(ids.get(i), "PermissionGroupIdList[" + i + "]");
				}
			}
		});

	/**
	 * Give a permission group permissions in up to 50 topics.
	 */
	public static final ChatCommand<TopicPermissionsRequest, TopicPermissionsResponse> ADD_TOPIC_PERMISSIONS = ChatCommand
		.write(SERVICE, "add_topic_permission_group", TopicPermissionsRequest.class, TopicPermissionsResponse.class)
		.withList("TopicPermissionList", 50, TopicPermissionsRequest::topicPermissionList)
		.withCheck(CommunityCommands::checkTopicPermissions);

	/**
	 * Change a permission group's permissions in topics.
	 */
	public static final ChatCommand<TopicPermissionsRequest, TopicPermissionsResponse> SET_TOPIC_PERMISSIONS = ChatCommand
		.write(SERVICE, "set_topic_permission_group", TopicPermissionsRequest.class, TopicPermissionsResponse.class)
		.withCheck((request) -> {
			RequestChecks.notNull(request.topicPermissionList(), "TopicPermissionList");
			if (request.topicPermissionList().isEmpty()) {
				throw new IllegalArgumentException("'TopicPermissionList' must not be empty");
			}
			checkTopicPermissions(request);
		});

	/**
	 * Remove a permission group's permissions in topics.
	 */
	public static final ChatCommand<DeleteTopicPermissionsRequest, TopicPermissionsResponse> DELETE_TOPIC_PERMISSIONS = ChatCommand
		.write(SERVICE, "delete_topic_permission_group", DeleteTopicPermissionsRequest.class,
				TopicPermissionsResponse.class)
		.withCheck((request) -> {
			checkCommunityId(request.groupId());
			checkPermissionGroupId(request.permissionGroupId(), "PermissionGroupId");
			checkTopicIds(request.topicIdList(), true);
		});

	/**
	 * Read a permission group's permissions in topics.
	 */
	public static final ChatCommand<GetTopicPermissionsRequest, TopicPermissionsResponse> GET_TOPIC_PERMISSIONS = ChatCommand
		.read(SERVICE, "get_topic_permission_group", GetTopicPermissionsRequest.class, TopicPermissionsResponse.class)
		.withCheck((request) -> {
			checkCommunityId(request.groupId());
			checkPermissionGroupId(request.permissionGroupId(), "PermissionGroupId");
			checkTopicIds(request.topicIdList(), false);
		});

	/**
	 * Add up to 100 members to a permission group.
	 */
	public static final ChatCommand<PermissionGroupMembersRequest, MemberResultsResponse> ADD_PERMISSION_GROUP_MEMBERS = ChatCommand
		.write(SERVICE, "add_permission_group_member", PermissionGroupMembersRequest.class, MemberResultsResponse.class)
		.withList("MemberList", 100, PermissionGroupMembersRequest::memberList)
		.withCheck(CommunityCommands::checkPermissionGroupMembers);

	/**
	 * Remove up to 100 members from a permission group.
	 */
	public static final ChatCommand<PermissionGroupMembersRequest, MemberResultsResponse> DELETE_PERMISSION_GROUP_MEMBERS = ChatCommand
		.write(SERVICE, "delete_permission_group_member", PermissionGroupMembersRequest.class,
				MemberResultsResponse.class)
		.withList("MemberList", 100, PermissionGroupMembersRequest::memberList)
		.withCheck(CommunityCommands::checkPermissionGroupMembers);

	/**
	 * Read one page of a permission group's members.
	 */
	public static final ChatCommand<PermissionGroupMemberListRequest, PermissionGroupMemberListResponse> PERMISSION_GROUP_MEMBERS = ChatCommand
		.read(SERVICE, "get_permission_group_member_list", PermissionGroupMemberListRequest.class,
				PermissionGroupMemberListResponse.class)
		.withCheck((request) -> {
			checkCommunityId(request.groupId());
			checkPermissionGroupId(request.permissionGroupId(), "PermissionGroupId");
			if (request.limit() != null) {
				RequestChecks.range(request.limit(), "Limit", 1, Integer.MAX_VALUE);
			}
		});

	private CommunityCommands() {
	}

	/**
	 * Check a community ID: a valid group ID that starts with {@code @TGS#_}.
	 * @param groupId the community
	 */
	public static void checkCommunityId(@Nullable String groupId) {
		RequestChecks.groupId(groupId, "GroupId");
		if (!groupId.startsWith(RequestChecks.COMMUNITY_ID_PREFIX)) {
			throw new IllegalArgumentException("'GroupId' must be a community ID, starting with "
					+ RequestChecks.COMMUNITY_ID_PREFIX + ", but was '" + groupId + "'");
		}
	}

	private static void checkCustomTopicId(String groupId, String topicId) {
		GroupCommands.checkTopicId(topicId, "TopicId");
		String prefix = groupId + "@TOPIC#_";
		if (!topicId.startsWith(prefix)) {
			throw new IllegalArgumentException("'TopicId' must start with the community ID and @TOPIC#_ (" + prefix
					+ "), but was '" + topicId + "'");
		}
		String custom = topicId.substring(prefix.length());
		if (custom.isEmpty() || custom.contains(RequestChecks.COMMUNITY_ID_PREFIX) || custom.startsWith("@TOPIC#_")) {
			throw new IllegalArgumentException("'TopicId' must have a custom part after " + prefix
					+ " that holds no @TGS#_ and does not start with @TOPIC#_, but was '" + topicId + "'");
		}
	}

	private static void checkTopicIds(@Nullable List<String> topicIds, boolean required) {
		if (topicIds == null && !required) {
			return;
		}
		RequestChecks.notNull(topicIds, "TopicIdList");
		if (topicIds.isEmpty()) {
			throw new IllegalArgumentException("'TopicIdList' must not be empty");
		}
		for (int i = 0; i < topicIds.size(); i++) {
			GroupCommands.checkTopicId(topicIds.get(i), "TopicIdList[" + i + "]");
		}
	}

	private static void checkTopicProfile(@Nullable String topicName, boolean nameRequired,
			@Nullable String fromAccount, @Nullable String customString, @Nullable String faceUrl,
			@Nullable String notification, @Nullable String introduction) {
		if (nameRequired || topicName != null) {
			RequestChecks.notEmpty(topicName, "TopicName");
		}
		RequestChecks.maxBytes(topicName, "TopicName", 30);
		RequestChecks.optionalUserId(fromAccount, "From_Account");
		RequestChecks.maxBytes(customString, "CustomString", 3000);
		RequestChecks.maxBytes(faceUrl, "FaceUrl", 100);
		RequestChecks.maxBytes(notification, "Notification", 300);
		RequestChecks.maxBytes(introduction, "Introduction", 240);
	}

	private static void checkPermissionGroupId(@Nullable String permissionGroupId, String field) {
		RequestChecks.notEmpty(permissionGroupId, field);
		RequestChecks.printableAscii(permissionGroupId, field);
	}

	private static void checkPermissionGroupProfile(@Nullable String name, @Nullable Long permission,
			@Nullable String customString) {
		RequestChecks.maxBytes(name, "PermissionGroupName", 150);
		if (permission != null) {
			RequestChecks.range(permission, "Permission", 0, Long.MAX_VALUE);
		}
		RequestChecks.maxBytes(customString, "CustomString", 3000);
	}

	private static void checkTopicPermissions(TopicPermissionsRequest request) {
		checkCommunityId(request.groupId());
		checkPermissionGroupId(request.permissionGroupId(), "PermissionGroupId");
		List<TopicPermission> permissions = request.topicPermissionList();
		for (int i = 0; i < permissions.size(); i++) {
			RequestChecks.notNull(permissions.get(i), "TopicPermissionList[" + i + "]");
			GroupCommands.checkTopicId(permissions.get(i).topicId(), "TopicPermissionList[" + i + "].TopicId");
			RequestChecks.range(permissions.get(i).permission(), "TopicPermissionList[" + i + "].Permission", 0,
					Long.MAX_VALUE);
		}
	}

	private static void checkPermissionGroupMembers(PermissionGroupMembersRequest request) {
		checkCommunityId(request.groupId());
		checkPermissionGroupId(request.permissionGroupId(), "PermissionGroupId");
		List<MemberAccount> members = request.memberList();
		for (int i = 0; i < members.size(); i++) {
			RequestChecks.notNull(members.get(i), "MemberList[" + i + "]");
			RequestChecks.userId(members.get(i).memberAccount(), "MemberList[" + i + "].Member_Account");
		}
	}

}
