package io.github.chatadmin.client.api.group;

import java.util.List;

import io.github.chatadmin.client.ChatCommand;
import io.github.chatadmin.client.ChatResponse;
import io.github.chatadmin.client.api.RequestChecks;
import org.jspecify.annotations.Nullable;

/**
 * The group commands of the REST API (group management, attributes, counters, bans and
 * audio-video groups), each declared once with its limits, quota and input checks. Every
 * write is declared not idempotent: none of these pages promises that a repeated call has
 * no further effect.
 *
 * @author chat-admin
 */
public final class GroupCommands {

	private static final String SERVICE = "group_open_http_svc";

	private static final String AV_SERVICE = "group_open_avchatroom_http_svc";

	/**
	 * Read one page of every group of the app, at most once a second.
	 */
	public static final ChatCommand<AppGroupsRequest, AppGroupsResponse> APP_GROUPS = ChatCommand
		.read(SERVICE, "get_appid_group_list", AppGroupsRequest.class, AppGroupsResponse.class)
		.withQuota(1)
		.withBatchLimit(AppGroupsRequest.MAX_PAGE_SIZE)
		.withCheck((request) -> {
			if (request.limit() != null) {
				RequestChecks.range(request.limit(), "Limit", 1, AppGroupsRequest.MAX_PAGE_SIZE);
			}
			if (request.next() != null) {
				RequestChecks.range(request.next(), "Next", 0, Long.MAX_VALUE);
			}
		});

	/**
	 * Create a group with up to 100 initial members.
	 */
	public static final ChatCommand<CreateGroupRequest, CreateGroupResponse> CREATE = ChatCommand
		.write(SERVICE, "create_group", CreateGroupRequest.class, CreateGroupResponse.class)
		.withBatchLimit(100)
		.withCheck((request) -> {
			RequestChecks.optionalUserId(request.ownerAccount(), "Owner_Account");
			RequestChecks.notNull(request.type(), "Type");
			RequestChecks.customGroupId(request.groupId(), isCommunity(request.type()), "GroupId");
			checkProfile(request.name(), request.introduction(), request.notification(), request.faceUrl());
			RequestChecks.notEmpty(request.name(), "Name");
			checkDefinedData(request.appDefinedData(), "AppDefinedData");
			checkSupportTopic(request.supportTopic(), request.type());
			List<NewMember> members = request.memberList();
			if (members != null) {
				if (request.type().kind() == GroupType.Kind.AV_CHAT_ROOM && !members.isEmpty()) {
					throw new IllegalArgumentException(
							"'MemberList' must be empty for an AVChatRoom: users join it themselves (the vendor answers 10007)");
				}
				if (members.size() > 100) {
					throw new IllegalArgumentException("'MemberList' has " + members.size()
							+ " members, but a group is created with at most 100; add the others with addMembers");
				}
				for (int i = 0; i < members.size(); i++) {
					NewMember member = members.get(i);
					RequestChecks.notNull(member, "MemberList[" + i + "]");
					RequestChecks.userId(member.memberAccount(), "MemberList[" + i + "].Member_Account");
					checkInitialRole(member.role(), "MemberList[" + i + "].Role");
					checkDefinedData(member.appMemberDefinedData(), "MemberList[" + i + "].AppMemberDefinedData");
				}
			}
		});

	/**
	 * Read the profiles of up to 50 groups.
	 */
	public static final ChatCommand<GroupInfoRequest, GroupInfoResponse> INFO = ChatCommand
		.read(SERVICE, "get_group_info", GroupInfoRequest.class, GroupInfoResponse.class)
		.withList("GroupIdList", 50, GroupInfoRequest::groupIdList)
		.withCheck((request) -> checkGroupIds(request.groupIdList(), "GroupIdList"));

	/**
	 * Read one page of a group's members.
	 */
	public static final ChatCommand<GroupMembersRequest, GroupMembersResponse> MEMBERS = ChatCommand
		.read(SERVICE, "get_group_member_info", GroupMembersRequest.class, GroupMembersResponse.class)
		.withBatchLimit(GroupMembersRequest.MAX_PAGE_SIZE)
		.withCheck((request) -> {
			RequestChecks.groupId(request.groupId(), "GroupId");
			boolean community = GroupMembersRequest.isCommunity(request.groupId());
			if (request.offset() != null && request.next() != null) {
				throw new IllegalArgumentException("'Offset' and 'Next' must not both be set");
			}
			if (community && request.offset() != null) {
				throw new IllegalArgumentException(
						"'Offset' is not supported by communities: page with 'Next' (\"\" for the first page)");
			}
			if (request.offset() != null) {
				RequestChecks.range(request.offset(), "Offset", 0, Long.MAX_VALUE);
			}
			if (request.limit() != null) {
				RequestChecks.range(request.limit(), "Limit", 1,
						community ? GroupMembersRequest.MAX_COMMUNITY_PAGE_SIZE : GroupMembersRequest.MAX_PAGE_SIZE);
			}
			RequestChecks.optionalList(request.memberRoleFilter(), "MemberRoleFilter");
		});

	/**
	 * Read the profiles of up to 50 named members.
	 */
	public static final ChatCommand<SpecifiedMembersRequest, GroupMembersResponse> SPECIFIED_MEMBERS = ChatCommand
		.read(SERVICE, "get_specified_group_member_info", SpecifiedMembersRequest.class, GroupMembersResponse.class)
		.withList("Member_List_Account", 50, SpecifiedMembersRequest::memberListAccount)
		.withCheck((request) -> {
			RequestChecks.groupId(request.groupId(), "GroupId");
			RequestChecks.userIds(request.memberListAccount(), "Member_List_Account");
		});

	/**
	 * Change a group's profile.
	 */
	public static final ChatCommand<ModifyGroupRequest, ChatResponse> MODIFY = ChatCommand
		.write(SERVICE, "modify_group_base_info", ModifyGroupRequest.class, ChatResponse.class)
		.withCheck((request) -> {
			RequestChecks.groupId(request.groupId(), "GroupId");
			if (request.name() != null) {
				RequestChecks.notEmpty(request.name(), "Name");
			}
			checkProfile(request.name(), request.introduction(), request.notification(), request.faceUrl());
			if (request.maxMemberNum() != null) {
				RequestChecks.range(request.maxMemberNum(), "MaxMemberNum", 1, Long.MAX_VALUE);
			}
			checkDefinedData(request.appDefinedData(), "AppDefinedData");
		});

	/**
	 * Add up to 300 members to a group.
	 */
	public static final ChatCommand<AddMembersRequest, MemberResultsResponse> ADD_MEMBERS = ChatCommand
		.write(SERVICE, "add_group_member", AddMembersRequest.class, MemberResultsResponse.class)
		.withList("MemberList", 300, AddMembersRequest::memberList)
		.withCheck((request) -> {
			RequestChecks.groupId(request.groupId(), "GroupId");
			checkSilence(request.silence());
			checkMemberAccounts(request.memberList(), "MemberList");
		});

	/**
	 * Remove up to 100 members from a group.
	 */
	public static final ChatCommand<DeleteMembersRequest, ChatResponse> DELETE_MEMBERS = ChatCommand
		.write(SERVICE, "delete_group_member", DeleteMembersRequest.class, ChatResponse.class)
		.withList("MemberToDel_Account", 100, DeleteMembersRequest::memberToDelAccount)
		.withCheck((request) -> {
			RequestChecks.groupId(request.groupId(), "GroupId");
			checkSilence(request.silence());
			RequestChecks.userIds(request.memberToDelAccount(), "MemberToDel_Account");
		});

	/**
	 * Change one member's role, message flag, name card, custom fields or muting.
	 */
	public static final ChatCommand<ModifyMemberRequest, ChatResponse> MODIFY_MEMBER = ChatCommand
		.write(SERVICE, "modify_group_member_info", ModifyMemberRequest.class, ChatResponse.class)
		.withCheck((request) -> {
			RequestChecks.groupId(request.groupId(), "GroupId");
			RequestChecks.userId(request.memberAccount(), "Member_Account");
			MemberRole role = request.role();
			if (role != null && !role.is(MemberRole.ADMIN) && !role.is(MemberRole.MEMBER)) {
				throw new IllegalArgumentException("'Role' must be Admin or Member, but was '" + role.value() + "'");
			}
			RequestChecks.maxBytes(request.nameCard(), "NameCard", 50);
			checkDefinedData(request.appMemberDefinedData(), "AppMemberDefinedData");
			RequestChecks.unsigned32(request.muteTime(), "MuteTime");
		});

	/**
	 * Disband a group.
	 */
	public static final ChatCommand<GroupIdRequest, ChatResponse> DESTROY = ChatCommand
		.write(SERVICE, "destroy_group", GroupIdRequest.class, ChatResponse.class)
		.withCheck((request) -> RequestChecks.groupId(request.groupId(), "GroupId"));

	/**
	 * Read one page of the groups a user joined.
	 */
	public static final ChatCommand<JoinedGroupsRequest, JoinedGroupsResponse> JOINED_GROUPS = ChatCommand
		.read(SERVICE, "get_joined_group_list", JoinedGroupsRequest.class, JoinedGroupsResponse.class)
		.withBatchLimit(JoinedGroupsRequest.MAX_PAGE_SIZE)
		.withCheck((request) -> {
			RequestChecks.userId(request.memberAccount(), "Member_Account");
			if (request.limit() != null) {
				RequestChecks.range(request.limit(), "Limit", 1, JoinedGroupsRequest.MAX_PAGE_SIZE);
			}
			if (request.offset() != null) {
				RequestChecks.range(request.offset(), "Offset", 0, Long.MAX_VALUE);
			}
			flag(request.withHugeGroups(), "WithHugeGroups");
			flag(request.withNoActiveGroups(), "WithNoActiveGroups");
			flag(request.supportTopic(), "SupportTopic");
			if (request.supportTopic() != null && request.supportTopic() == 1
					&& (request.groupType() == null || !isCommunity(request.groupType()))) {
				throw new IllegalArgumentException("'GroupType' must be Community when 'SupportTopic' is 1");
			}
		});

	/**
	 * Read the roles of up to 500 users in a group.
	 */
	public static final ChatCommand<RolesRequest, RolesResponse> ROLES = ChatCommand
		.read(SERVICE, "get_role_in_group", RolesRequest.class, RolesResponse.class)
		.withList("User_Account", 500, RolesRequest::userAccount)
		.withCheck((request) -> {
			RequestChecks.groupId(request.groupId(), "GroupId");
			RequestChecks.userIds(request.userAccount(), "User_Account");
		});

	/**
	 * Mute or unmute up to 500 members.
	 */
	public static final ChatCommand<MuteRequest, ChatResponse> MUTE = ChatCommand
		.write(SERVICE, "forbid_send_msg", MuteRequest.class, ChatResponse.class)
		.withList("Members_Account", 500, MuteRequest::membersAccount)
		.withCheck((request) -> {
			RequestChecks.groupId(request.groupId(), "GroupId");
			RequestChecks.userIds(request.membersAccount(), "Members_Account");
			RequestChecks.unsigned32(request.muteTime(), "MuteTime");
			optionalTopic(request.topicId());
		});

	/**
	 * Read the muted members of a group or topic.
	 */
	public static final ChatCommand<MutedMembersRequest, MutedMembersResponse> MUTED_MEMBERS = ChatCommand
		.read(SERVICE, "get_group_muted_account", MutedMembersRequest.class, MutedMembersResponse.class)
		.withCheck((request) -> {
			RequestChecks.groupId(request.groupId(), "GroupId");
			optionalTopic(request.topicId());
		});

	/**
	 * Hand a group to another member.
	 */
	public static final ChatCommand<ChangeOwnerRequest, ChatResponse> CHANGE_OWNER = ChatCommand
		.write(SERVICE, "change_group_owner", ChangeOwnerRequest.class, ChatResponse.class)
		.withCheck((request) -> {
			RequestChecks.groupId(request.groupId(), "GroupId");
			RequestChecks.userId(request.newOwnerAccount(), "NewOwner_Account");
		});

	/**
	 * Import a group's profile from another system.
	 */
	public static final ChatCommand<ImportGroupRequest, CreateGroupResponse> IMPORT = ChatCommand
		.write(SERVICE, "import_group", ImportGroupRequest.class, CreateGroupResponse.class)
		.withCheck((request) -> {
			RequestChecks.optionalUserId(request.ownerAccount(), "Owner_Account");
			RequestChecks.notNull(request.type(), "Type");
			if (request.type().kind() == GroupType.Kind.AV_CHAT_ROOM) {
				throw new IllegalArgumentException("'Type' AVChatRoom cannot be imported (the vendor answers 10007)");
			}
			RequestChecks.customGroupId(request.groupId(), isCommunity(request.type()), "GroupId");
			RequestChecks.notEmpty(request.name(), "Name");
			checkProfile(request.name(), request.introduction(), request.notification(), request.faceUrl());
			checkDefinedData(request.appDefinedData(), "AppDefinedData");
			checkSupportTopic(request.supportTopic(), request.type());
			if (request.createTime() != null) {
				RequestChecks.range(request.createTime(), "CreateTime", 0, Long.MAX_VALUE);
			}
		});

	/**
	 * Import up to 300 members into a group.
	 */
	public static final ChatCommand<ImportMembersRequest, MemberResultsResponse> IMPORT_MEMBERS = ChatCommand
		.write(SERVICE, "import_group_member", ImportMembersRequest.class, MemberResultsResponse.class)
		.withList("MemberList", 300, ImportMembersRequest::memberList)
		.withCheck((request) -> {
			RequestChecks.groupId(request.groupId(), "GroupId");
			List<ImportedMember> members = request.memberList();
			for (int i = 0; i < members.size(); i++) {
				ImportedMember member = members.get(i);
				String field = "MemberList[" + i + "]";
				RequestChecks.notNull(member, field);
				RequestChecks.userId(member.memberAccount(), field + ".Member_Account");
				checkInitialRole(member.role(), field + ".Role");
				if (member.joinTime() != null) {
					RequestChecks.range(member.joinTime(), field + ".JoinTime", 0, Long.MAX_VALUE);
				}
				if (member.unreadMsgNum() != null) {
					RequestChecks.range(member.unreadMsgNum(), field + ".UnreadMsgNum", 0, Long.MAX_VALUE);
				}
			}
		});

	/**
	 * Set a member's unread message count.
	 */
	public static final ChatCommand<SetUnreadRequest, ChatResponse> SET_UNREAD = ChatCommand
		.write(SERVICE, "set_unread_msg_num", SetUnreadRequest.class, ChatResponse.class)
		.withCheck((request) -> {
			RequestChecks.groupId(request.groupId(), "GroupId");
			RequestChecks.userId(request.memberAccount(), "Member_Account");
			RequestChecks.range(request.unreadMsgNum(), "UnreadMsgNum", 0, Long.MAX_VALUE);
		});

	/**
	 * Count the online members of an audio-video group.
	 */
	public static final ChatCommand<GroupIdRequest, OnlineCountResponse> ONLINE_COUNT = ChatCommand
		.read(SERVICE, "get_online_member_num", GroupIdRequest.class, OnlineCountResponse.class)
		.withCheck((request) -> RequestChecks.groupId(request.groupId(), "GroupId"));

	/**
	 * Read one page of up to 100 banned members of an audio-video group.
	 */
	public static final ChatCommand<BannedMembersRequest, BannedMembersResponse> BANNED_MEMBERS = ChatCommand
		.read(SERVICE, "get_group_ban_member", BannedMembersRequest.class, BannedMembersResponse.class)
		.withBatchLimit(BannedMembersRequest.MAX_PAGE_SIZE)
		.withCheck((request) -> {
			RequestChecks.groupId(request.groupId(), "GroupId");
			RequestChecks.range(request.limit(), "Limit", 1, BannedMembersRequest.MAX_PAGE_SIZE);
			RequestChecks.range(request.offset(), "Offset", 0, Long.MAX_VALUE);
		});

	/**
	 * Ban up to 20 members of an audio-video group.
	 */
	public static final ChatCommand<BanRequest, ChatResponse> BAN = ChatCommand
		.write(SERVICE, "ban_group_member", BanRequest.class, ChatResponse.class)
		.withList("Members_Account", 20, BanRequest::membersAccount)
		.withCheck((request) -> {
			RequestChecks.groupId(request.groupId(), "GroupId");
			RequestChecks.userIds(request.membersAccount(), "Members_Account");
			RequestChecks.range(request.duration(), "Duration", 1, 0xFFFF_FFFFL);
			RequestChecks.maxBytes(request.description(), "Description", 1000);
		});

	/**
	 * Lift the ban of up to 20 members.
	 */
	public static final ChatCommand<UnbanRequest, ChatResponse> UNBAN = ChatCommand
		.write(SERVICE, "unban_group_member", UnbanRequest.class, ChatResponse.class)
		.withList("Members_Account", 20, UnbanRequest::membersAccount)
		.withCheck((request) -> {
			RequestChecks.groupId(request.groupId(), "GroupId");
			RequestChecks.userIds(request.membersAccount(), "Members_Account");
		});

	/**
	 * Read a group's counters, all or by key.
	 */
	public static final ChatCommand<CounterKeysRequest, CountersResponse> COUNTERS = ChatCommand
		.read(SERVICE, "get_group_counter", CounterKeysRequest.class, CountersResponse.class)
		.withCheck((request) -> {
			RequestChecks.groupId(request.groupId(), "GroupId");
			checkCounterKeys(request.groupCounterKeys());
		});

	/**
	 * Set, increase or decrease up to 20 counters.
	 */
	public static final ChatCommand<UpdateCountersRequest, CountersResponse> UPDATE_COUNTERS = ChatCommand
		.write(SERVICE, "update_group_counter", UpdateCountersRequest.class, CountersResponse.class)
		.withList("GroupCounter", 20, UpdateCountersRequest::groupCounter)
		.withCheck((request) -> {
			RequestChecks.groupId(request.groupId(), "GroupId");
			List<GroupCounter> counters = request.groupCounter();
			for (int i = 0; i < counters.size(); i++) {
				RequestChecks.notNull(counters.get(i), "GroupCounter[" + i + "]");
				checkCounterKey(counters.get(i).key(), "GroupCounter[" + i + "].Key");
			}
		});

	/**
	 * Delete counters by key, or every counter when no key is given.
	 */
	public static final ChatCommand<CounterKeysRequest, ChatResponse> DELETE_COUNTERS = ChatCommand
		.write(SERVICE, "delete_group_counter", CounterKeysRequest.class, ChatResponse.class)
		.withCheck((request) -> {
			RequestChecks.groupId(request.groupId(), "GroupId");
			checkCounterKeys(request.groupCounterKeys());
		});

	/**
	 * Read a group's custom attributes.
	 */
	public static final ChatCommand<GroupIdRequest, AttributesResponse> ATTRIBUTES = ChatCommand
		.read("group_open_attr_http_svc", "get_group_attr", GroupIdRequest.class, AttributesResponse.class)
		.withCheck((request) -> RequestChecks.groupId(request.groupId(), "GroupId"));

	/**
	 * Add or overwrite up to 16 custom attributes.
	 */
	public static final ChatCommand<AttributesRequest, ChatResponse> MODIFY_ATTRIBUTES = ChatCommand
		.write(SERVICE, "modify_group_attr", AttributesRequest.class, ChatResponse.class)
		.withList("GroupAttr", 16, AttributesRequest::groupAttr)
		.withCheck((request) -> checkAttributes(request, true));

	/**
	 * Remove every custom attribute of a group.
	 */
	public static final ChatCommand<GroupIdRequest, ChatResponse> CLEAR_ATTRIBUTES = ChatCommand
		.write(SERVICE, "clear_group_attr", GroupIdRequest.class, ChatResponse.class)
		.withCheck((request) -> RequestChecks.groupId(request.groupId(), "GroupId"));

	/**
	 * Replace every custom attribute of a group with up to 16 others.
	 */
	public static final ChatCommand<AttributesRequest, ChatResponse> SET_ATTRIBUTES = ChatCommand
		.write(SERVICE, "set_group_attr", AttributesRequest.class, ChatResponse.class)
		.withList("GroupAttr", 16, AttributesRequest::groupAttr)
		.withCheck((request) -> checkAttributes(request, true));

	/**
	 * Delete custom attributes by key.
	 */
	public static final ChatCommand<AttributesRequest, ChatResponse> DELETE_ATTRIBUTES = ChatCommand
		.write(SERVICE, "delete_group_attr", AttributesRequest.class, ChatResponse.class)
		.withCheck((request) -> {
			RequestChecks.notNull(request.groupAttr(), "GroupAttr");
			if (request.groupAttr().isEmpty()) {
				throw new IllegalArgumentException("'GroupAttr' must not be empty");
			}
			checkAttributes(request, false);
		});

	/**
	 * Read one page of the online members of an audio-video group.
	 */
	public static final ChatCommand<OnlineMembersRequest, OnlineMembersResponse> ONLINE_MEMBERS = ChatCommand
		.read(AV_SERVICE, "get_members", OnlineMembersRequest.class, OnlineMembersResponse.class)
		.withCheck((request) -> {
			RequestChecks.groupId(request.groupId(), "GroupId");
			RequestChecks.range(request.timestamp(), "Timestamp", 0, Long.MAX_VALUE);
			if (request.mark() != null) {
				RequestChecks.range(request.mark(), "Mark", 0, Long.MAX_VALUE);
			}
		});

	/**
	 * Set or remove marks of up to 500 online members of an audio-video group.
	 */
	public static final ChatCommand<MarkMembersRequest, MarkMembersResponse> MARK_MEMBERS = ChatCommand
		.write(AV_SERVICE, "modify_user_info", MarkMembersRequest.class, MarkMembersResponse.class)
		.withList("MemberList", 500, MarkMembersRequest::memberList)
		.withCheck((request) -> {
			RequestChecks.groupId(request.groupId(), "GroupId");
			RequestChecks.range(request.commandType(), "CommandType", 1, 2);
			List<MarkedMember> members = request.memberList();
			for (int i = 0; i < members.size(); i++) {
				String field = "MemberList[" + i + "]";
				RequestChecks.notNull(members.get(i), field);
				RequestChecks.userId(members.get(i).memberAccount(), field + ".Member_Account");
				List<Long> marks = members.get(i).marks();
				if (marks == null || marks.isEmpty()) {
					throw new IllegalArgumentException("'" + field + ".Marks' must not be empty");
				}
				for (int j = 0; j < marks.size(); j++) {
					Long mark = marks.get(j);
					RequestChecks.notNull(mark, field + ".Marks[" + j + "]");
					if (mark != 500 && mark != 600 && mark < 1000) {
						throw new IllegalArgumentException("'" + field + ".Marks[" + j
								+ "]' must be 1000 or more, or the special mark 500 or 600, but was " + mark);
					}
				}
			}
		});

	/**
	 * Add or remove admins of an audio-video group (at most 5).
	 */
	public static final ChatCommand<LiveAdminsRequest, ChatResponse> MODIFY_ADMINS = ChatCommand
		.write(AV_SERVICE, "modify_admin", LiveAdminsRequest.class, ChatResponse.class)
		.withList("Admin_Account", 5, LiveAdminsRequest::adminAccount)
		.withCheck((request) -> {
			RequestChecks.groupId(request.groupId(), "GroupId");
			RequestChecks.range(request.commandType(), "CommandType", 1, 2);
			RequestChecks.userIds(request.adminAccount(), "Admin_Account");
		});

	/**
	 * List the admins of an audio-video group.
	 */
	public static final ChatCommand<GroupIdRequest, LiveAdminsResponse> ADMINS = ChatCommand
		.read(AV_SERVICE, "get_admin_list", GroupIdRequest.class, LiveAdminsResponse.class)
		.withCheck((request) -> RequestChecks.groupId(request.groupId(), "GroupId"));

	/**
	 * Tell which users are in an audio-video group.
	 */
	public static final ChatCommand<CheckMembersRequest, CheckMembersResponse> CHECK_MEMBERS = ChatCommand
		.read(AV_SERVICE, "check_members", CheckMembersRequest.class, CheckMembersResponse.class)
		.withCheck((request) -> {
			RequestChecks.groupId(request.groupId(), "GroupId");
			RequestChecks.userIds(request.memberAccount(), "Member_Account");
			if (request.memberAccount().isEmpty()) {
				throw new IllegalArgumentException("'Member_Account' must not be empty");
			}
		});

	private GroupCommands() {
	}

	static boolean isCommunity(GroupType type) {
		return type.kind() == GroupType.Kind.COMMUNITY;
	}

	/**
	 * Check a list of group IDs, which must not be {@code null}.
	 * @param groupIds the IDs
	 * @param field the list's name
	 */
	public static void checkGroupIds(@Nullable List<String> groupIds, String field) {
		RequestChecks.notNull(groupIds, field);
		for (int i = 0; i < groupIds.size(); i++) {
			RequestChecks.groupId(groupIds.get(i), field + "[" + i + "]");
		}
	}

	static void checkProfile(@Nullable String name, @Nullable String introduction, @Nullable String notification,
			@Nullable String faceUrl) {
		RequestChecks.maxBytes(name, "Name", 30);
		RequestChecks.maxBytes(introduction, "Introduction", 240);
		RequestChecks.maxBytes(notification, "Notification", 300);
		RequestChecks.maxBytes(faceUrl, "FaceUrl", 100);
	}

	static void checkDefinedData(@Nullable List<AppDefinedData> data, String field) {
		if (data != null) {
			for (int i = 0; i < data.size(); i++) {
				RequestChecks.notNull(data.get(i), field + "[" + i + "]");
				RequestChecks.notEmpty(data.get(i).key(), field + "[" + i + "].Key");
				RequestChecks.notNull(data.get(i).value(), field + "[" + i + "].Value");
			}
		}
	}

	private static void checkSupportTopic(@Nullable Integer supportTopic, GroupType type) {
		flag(supportTopic, "SupportTopic");
		if (supportTopic != null && supportTopic == 1 && !isCommunity(type)) {
			throw new IllegalArgumentException("'SupportTopic' is only for a Community, but 'Type' is " + type);
		}
	}

	private static void checkInitialRole(@Nullable MemberRole role, String field) {
		if (role != null && !role.is(MemberRole.ADMIN)) {
			throw new IllegalArgumentException("'" + field
					+ "' can only be Admin (leave it out for an ordinary member), but was '" + role.value() + "'");
		}
	}

	private static void checkSilence(@Nullable Integer silence) {
		flag(silence, "Silence");
	}

	private static void flag(@Nullable Integer value, String field) {
		if (value != null) {
			RequestChecks.range(value, field, 0, 1);
		}
	}

	static void checkMemberAccounts(@Nullable List<MemberAccount> members, String field) {
		RequestChecks.notNull(members, field);
		for (int i = 0; i < members.size(); i++) {
			RequestChecks.notNull(members.get(i), field + "[" + i + "]");
			RequestChecks.userId(members.get(i).memberAccount(), field + "[" + i + "].Member_Account");
		}
	}

	/**
	 * Check a topic ID when present: not empty, printable ASCII, at most 96 bytes.
	 * @param topicId the topic, may be {@code null}
	 */
	public static void optionalTopic(@Nullable String topicId) {
		if (topicId != null) {
			checkTopicId(topicId, "TopicId");
		}
	}

	/**
	 * Check a topic ID: not empty, printable ASCII, at most 96 bytes.
	 * @param topicId the topic
	 * @param field the field's name
	 */
	public static void checkTopicId(@Nullable String topicId, String field) {
		RequestChecks.notEmpty(topicId, field);
		RequestChecks.printableAscii(topicId, field);
		RequestChecks.maxBytes(topicId, field, 96);
	}

	private static void checkCounterKeys(@Nullable List<String> keys) {
		if (keys != null) {
			for (int i = 0; i < keys.size(); i++) {
				checkCounterKey(keys.get(i), "GroupCounterKeys[" + i + "]");
			}
		}
	}

	private static void checkCounterKey(@Nullable String key, String field) {
		RequestChecks.notEmpty(key, field);
		RequestChecks.maxBytes(key, field, 128);
	}

	private static void checkAttributes(AttributesRequest request, boolean withValues) {
		RequestChecks.groupId(request.groupId(), "GroupId");
		List<GroupAttribute> attributes = request.groupAttr();
		int total = 0;
		for (int i = 0; i < attributes.size(); i++) {
			String field = "GroupAttr[" + i + "]";
			GroupAttribute attribute = attributes.get(i);
			RequestChecks.notNull(attribute, field);
			RequestChecks.notEmpty(attribute.key(), field + ".key");
			RequestChecks.maxBytes(attribute.key(), field + ".key", 32);
			if (withValues) {
				RequestChecks.notNull(attribute.value(), field + ".value");
				RequestChecks.maxBytes(attribute.value(), field + ".value", 4000);
				total += attribute.value().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
			}
		}
		if (total > 16000) {
			throw new IllegalArgumentException(
					"'GroupAttr' values add up to " + total + " bytes, but at most 16000 are allowed");
		}
	}

}
