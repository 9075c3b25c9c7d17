package io.github.chatadmin.client.api.group;

import java.util.List;

import io.github.chatadmin.client.ChatResponse;
import io.github.chatadmin.client.GoldenFixtures;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Golden fixtures of the group commands, from the vendor's pages: each typed request is
 * written as the page's request example, and each response example is read with its
 * values, 64-bit ones included.
 */
class GroupFixtureTests {

	private static final GoldenFixtures fixtures = GoldenFixtures.of(GroupFixtureTests.class);

	private static final List<AppDefinedData> MEMBER_DATA = List.of(AppDefinedData.of("MemberDefined1", "MemberData1"),
			AppDefinedData.of("MemberDefined2", "MemberData2"));

	private static final List<String> ALL_MEMBER_FIELDS = List.of("Role", "JoinTime", "MsgSeq", "MsgFlag",
			"LastSendMsgTime", "MuteUntil", "NameCard");

	private static void assertOk(String name) {
		ChatResponse response = fixtures.read(name, ChatResponse.class);
		assertThat(response.actionStatus()).isEqualTo("OK");
		assertThat(response.errorCode()).isZero();
	}

	@Test
	void get_appid_group_list() {
		fixtures.assertWrittenAs(new AppGroupsRequest(null, null, null), "get_appid_group_list.request.json");
		fixtures.assertWrittenAs(AppGroupsRequest.first(1000, null), "get_appid_group_list.request-2.json");
		fixtures.assertWrittenAs(new AppGroupsRequest(null, null, GroupType.PUBLIC),
				"get_appid_group_list.request-3.json");
		fixtures.assertWrittenAs(AppGroupsRequest.first(1000, GroupType.PUBLIC), "get_appid_group_list.request-4.json");
		AppGroupsResponse response = fixtures.read("get_appid_group_list.response.json", AppGroupsResponse.class);
		assertThat(response.totalCount()).isEqualTo(2);
		assertThat(response.groupIds()).containsExactly("@TGS#2J4SZEAEL", "@TGS#2C5SZEAEF");
		assertThat(response.next()).isEqualTo(4454685361L);
		assertThat(response.extra()).containsKeys("ActionStatus", "ErrorCode");
	}

	@Test
	void create_group() {
		fixtures.assertWrittenAs(
				CreateGroupRequest.builder(GroupType.PUBLIC, "TestGroup").ownerAccount("leckie").build(),
				"create_group.request.json");
		fixtures.assertWrittenAs(CreateGroupRequest.builder(GroupType.PUBLIC, "TestGroup")
			.ownerAccount("leckie")
			.introduction("This is group Introduction")
			.notification("This is group Notification")
			.faceUrl("http://this.is.face.url")
			.maxMemberCount(500)
			.applyJoinOption(JoinOption.FREE_ACCESS)
			.build(), "create_group.request-2.json");
		fixtures.assertWrittenAs(CreateGroupRequest.builder(GroupType.PUBLIC, "TestGroup")
			.memberList(List.of(NewMember.admin("bob"), NewMember.of("peter")))
			.build(), "create_group.request-3.json");
		fixtures.assertWrittenAs(CreateGroupRequest.builder(GroupType.PUBLIC, "TestGroup")
			.ownerAccount("leckie")
			.groupId("MyFirstGroup")
			.build(), "create_group.request-4.json");
		fixtures.assertWrittenAs(CreateGroupRequest.builder(GroupType.PUBLIC, "TestGroup")
			.appDefinedData(List.of(AppDefinedData.of("GroupTestData1", "xxxxx"),
					AppDefinedData.of(" GroupTestData2", "abc\u0000\u0001")))
			.build(), "create_group.request-5.json");
		fixtures.assertWrittenAs(CreateGroupRequest.builder(GroupType.PUBLIC, "TestGroup")
			.ownerAccount("leckie")
			.memberList(List.of(new NewMember("bob", null, MEMBER_DATA), new NewMember("peter", null, MEMBER_DATA)))
			.build(), "create_group.request-6.json");
		fixtures.assertWrittenAs(
				CreateGroupRequest.builder(GroupType.COMMUNITY, "TestCommunityGroup").supportTopic(1).build(),
				"create_group.request-7.json");
		fixtures.assertWrittenAs(CreateGroupRequest.builder(GroupType.PUBLIC, "TestGroup")
			.ownerAccount("leckie")
			.groupId("MyFirstGroup")
			.introduction("This is group Introduction")
			.notification("This is group Notification")
			.faceUrl("http://this.is.face.url")
			.maxMemberCount(500)
			.applyJoinOption(JoinOption.FREE_ACCESS)
			.appDefinedData(List.of(AppDefinedData.of("GroupTestData1", "xxxxx"),
					AppDefinedData.of("GroupTestData2", "abc\u0000\u0001")))
			.memberList(List.of(new NewMember("bob", MemberRole.ADMIN, MEMBER_DATA),
					new NewMember("peter", null, MEMBER_DATA)))
			.build(), "create_group.request-8.json");
		assertThat(fixtures.read("create_group.response.json", CreateGroupResponse.class).groupId())
			.isEqualTo("@TGS#2J4SZEAEL");
		CreateGroupResponse community = fixtures.read("create_group.response-2.json", CreateGroupResponse.class);
		assertThat(community.groupId()).isEqualTo("@TGS#_@TGS#cRDH3HIM62CP");
		assertThat(community.type().kind()).isEqualTo(GroupType.Kind.COMMUNITY);
		assertThat(community.hugeGroupFlag()).isZero();
		assertThat(fixtures.read("create_group.response-3.json", CreateGroupResponse.class).groupId())
			.isEqualTo("MyFirstGroup");
	}

	@Test
	void get_group_info() {
		fixtures.assertWrittenAs(GroupInfoRequest.of(List.of("@TGS#1NVTZEAE4", "@TGS#1CXTZEAET")),
				"get_group_info.request.json");
		fixtures.assertWrittenAs(new GroupInfoRequest(List.of("@TGS#1NVTZEAE4", "@TGS#1CXTZEAET"),
				new GroupInfoFilter(List.of("Type", "Name", "Introduction", "Notification"), List.of("Account", "Role"),
						List.of("GroupTestData1", "GroupTestData2"), List.of("MemberDefined2", "MemberDefined1"))),
				"get_group_info.request-2.json");
		GroupInfoResponse response = fixtures.read("get_group_info.response.json", GroupInfoResponse.class);
		assertThat(response.failures()).isEmpty();
		GroupInfo group = response.groups().get(0);
		assertThat(group.groupId()).isEqualTo("@TGS#2J4SZEAEL");
		assertThat(group.type()).isEqualTo(GroupType.PUBLIC);
		assertThat(group.appid()).isEqualTo(1400001001L);
		assertThat(group.ownerAccount()).isEqualTo("leckie");
		assertThat(group.createTime()).isEqualTo(1426976500L);
		assertThat(group.lastMsgTime()).isEqualTo(1426976600L);
		assertThat(group.nextMsgSeq()).isEqualTo(1234L);
		assertThat(group.memberNum()).isEqualTo(2L);
		assertThat(group.maxMemberNum()).isEqualTo(50L);
		assertThat(group.applyJoinOption()).isEqualTo(JoinOption.FREE_ACCESS);
		assertThat(group.muteAllMember()).isEqualTo(MuteAllMember.ON);
		assertThat(group.appDefinedData()).containsExactly(AppDefinedData.of("GroupTestData1", "xxxx"),
				AppDefinedData.of("GroupTestData2", "abc\u0000\u0001"));
		GroupMember owner = group.members().get(0);
		assertThat(owner.role()).isEqualTo(MemberRole.OWNER);
		assertThat(owner.msgFlag()).isEqualTo(MessageFlag.ACCEPT_AND_NOTIFY);
		assertThat(owner.muteUntil()).isEqualTo(1431069882L);
		assertThat(owner.appMemberDefinedData()).hasSize(2);
		assertThat(group.members().get(1).muteUntil()).isZero();
		GroupInfoResponse filtered = fixtures.read("get_group_info.response-2.json", GroupInfoResponse.class);
		assertThat(filtered.groups().get(0).members()).extracting(GroupMember::memberAccount)
			.containsExactly("leckie", "peter");
		assertThat(filtered.groups().get(0).createTime()).isNull();
	}

	@Test
	void get_group_member_info() {
		fixtures.assertWrittenAs(GroupMembersRequest.builder("@TGS#1NVTZEAE4").build(),
				"get_group_member_info.request.json");
		fixtures.assertWrittenAs(GroupMembersRequest.first("@TGS#1NVTZEAE4", 100),
				"get_group_member_info.request-2.json");
		fixtures.assertWrittenAs(GroupMembersRequest.first("@TGS#_@TGS#cAVQXXXXXX", 100),
				"get_group_member_info.request-3.json");
		fixtures.assertWrittenAs(
				GroupMembersRequest.builder("@TGS#1NVTZEAE4").memberInfoFilter(ALL_MEMBER_FIELDS).build(),
				"get_group_member_info.request-4.json");
		fixtures.assertWrittenAs(GroupMembersRequest.builder("@TGS#37AB3PAEC")
			.memberRoleFilter(List.of(MemberRole.OWNER, MemberRole.MEMBER))
			.build(), "get_group_member_info.request-5.json");
		fixtures.assertWrittenAs(GroupMembersRequest.builder("@TGS#37AB3PAEC")
			.appDefinedDataFilterGroupMember(List.of("MemberDefined2"))
			.build(), "get_group_member_info.request-6.json");
		fixtures.assertWrittenAs(GroupMembersRequest.builder("@TGS#1NVTZEAE4")
			.memberInfoFilter(ALL_MEMBER_FIELDS)
			.memberRoleFilter(List.of(MemberRole.OWNER, MemberRole.MEMBER))
			.appDefinedDataFilterGroupMember(List.of("MemberDefined2", "MemberDefined1"))
			.limit(100)
			.offset(0)
			.build(), "get_group_member_info.request-7.json");
		GroupMembersResponse community = fixtures.read("get_group_member_info.response.json",
				GroupMembersResponse.class);
		assertThat(community.next()).isEqualTo("144115265295492787");
		assertThat(community.memberNum()).isEqualTo(2);
		assertThat(community.members().get(1).role().value()).isEqualTo("Member ");
		assertThat(community.members().get(1).role().is(MemberRole.MEMBER)).isTrue();
		assertThat(community.members().get(1).role().isKnown()).isTrue();
		GroupMembersResponse page = fixtures.read("get_group_member_info.response-2.json", GroupMembersResponse.class);
		assertThat(page.next()).isNull();
		assertThat(page.members().get(0).joinTime()).isEqualTo(1425976500L);
		assertThat(page.members().get(0).lastSendMsgTime()).isEqualTo(1425976500L);
		GroupMembersResponse withCards = fixtures.read("get_group_member_info.response-3.json",
				GroupMembersResponse.class);
		assertThat(withCards.memberNum()).isEqualTo(8);
		assertThat(withCards.members()).extracting(GroupMember::msgFlag).containsOnly(MessageFlag.ACCEPT_NOT_NOTIFY);
		assertThat(withCards.members().get(1).role()).isEqualTo(MemberRole.ADMIN);
		assertThat(withCards.members().get(0).nameCard()).isEmpty();
		assertThat(fixtures.read("get_group_member_info.response-4.json", GroupMembersResponse.class)
			.members()
			.get(0)
			.appMemberDefinedData()).containsExactly(AppDefinedData.of("MemberDefined2", "ModifyDefined2"));
		assertThat(fixtures.read("get_group_member_info.response-5.json", GroupMembersResponse.class).next())
			.isEqualTo("144115265295492787");
	}

	@Test
	void get_specified_group_member_info() {
		fixtures.assertWrittenAs(SpecifiedMembersRequest.of("@TGS#2KIFZCIPQ", List.of("bob", "peter")),
				"get_specified_group_member_info.request.json");
	}

	@Test
	void modify_group_base_info() {
		ModifyGroupRequest.Builder full = ModifyGroupRequest.builder("@TGS#1NVTZEAE4")
			.name("NewName")
			.introduction("NewIntroduction")
			.notification("NewNotification")
			.faceUrl("http://this.is.new.face.url")
			.maxMemberNum(500)
			.applyJoinOption(JoinOption.NEED_PERMISSION)
			.muteAllMember(MuteAllMember.ON);
		fixtures.assertWrittenAs(full.build(), "modify_group_base_info.request.json");
		fixtures.assertWrittenAs(ModifyGroupRequest.builder("@TGS#1NVTZEAE4")
			.appDefinedData(List.of(AppDefinedData.of("GroupTestData1", "NewData")))
			.build(), "modify_group_base_info.request-2.json");
		fixtures.assertWrittenAs(ModifyGroupRequest.builder("@TGS#1NVTZEAE4")
			.appDefinedData(List.of(AppDefinedData.of("GroupTestData2", "")))
			.build(), "modify_group_base_info.request-3.json");
		fixtures.assertWrittenAs(ModifyGroupRequest.builder("@TGS#2J4SZEAEL")
			.name("NewName")
			.introduction("NewIntroduction")
			.notification("NewNotification")
			.faceUrl("http://this.is.new.face.url")
			.maxMemberNum(500)
			.applyJoinOption(JoinOption.NEED_PERMISSION)
			.muteAllMember(MuteAllMember.ON)
			.appDefinedData(
					List.of(AppDefinedData.of("GroupTestData1", "NewData"), AppDefinedData.of("GroupTestData2", "")))
			.build(), "modify_group_base_info.request-4.json");
		assertOk("modify_group_base_info.response.json");
	}

	@Test
	void add_group_member() {
		fixtures.assertWrittenAs(AddMembersRequest.of("@TGS#2J4SZEAEL", List.of("tommy", "jared")),
				"add_group_member.request.json");
		fixtures.assertWrittenAs(AddMembersRequest.of("@TGS#2J4SZEAEL", List.of("tommy", "jared")).silently(),
				"add_group_member.request-2.json");
		MemberResultsResponse response = fixtures.read("add_group_member.response.json", MemberResultsResponse.class);
		assertThat(response.results()).containsExactly(new MemberResult("tommy", 1, null),
				new MemberResult("jared", 1, null));
	}

	@Test
	void delete_group_member() {
		DeleteMembersRequest request = DeleteMembersRequest.of("@TGS#2J4SZEAEL", List.of("tommy", "jared"));
		fixtures.assertWrittenAs(request, "delete_group_member.request.json");
		fixtures.assertWrittenAs(request.silently(), "delete_group_member.request-2.json");
		fixtures.assertWrittenAs(request.withReason("kick reason"), "delete_group_member.request-3.json");
		assertOk("delete_group_member.response.json");
	}

	@Test
	void modify_group_member_info() {
		String group = "@TGS#2CLUZEAEJ";
		fixtures.assertWrittenAs(ModifyMemberRequest.builder(group, "bob").role(MemberRole.ADMIN).build(),
				"modify_group_member_info.request.json");
		fixtures.assertWrittenAs(ModifyMemberRequest.builder(group, "bob").role(MemberRole.MEMBER).build(),
				"modify_group_member_info.request-2.json");
		fixtures.assertWrittenAs(
				ModifyMemberRequest.builder(group, "bob").msgFlag(MessageFlag.ACCEPT_AND_NOTIFY).build(),
				"modify_group_member_info.request-3.json");
		fixtures.assertWrittenAs(ModifyMemberRequest.builder(group, "bob").nameCard("bob").build(),
				"modify_group_member_info.request-4.json");
		fixtures.assertWrittenAs(ModifyMemberRequest.builder(group, "bob")
			.appMemberDefinedData(List.of(AppDefinedData.of("MemberDefined1", "ModifyData1"),
					AppDefinedData.of("MemberDefined3", "ModifyData3")))
			.build(), "modify_group_member_info.request-5.json");
		fixtures.assertWrittenAs(ModifyMemberRequest.builder(group, "bob").muteTime(86400).build(),
				"modify_group_member_info.request-6.json");
		assertOk("modify_group_member_info.response.json");
		assertThat(GoldenFixtures
			.written(ModifyMemberRequest.builder(group, "bob").muteTime(MuteRequest.PERMANENT).build())
			.get("MuteTime")
			.longValue()).isEqualTo(4294967295L);
	}

	@Test
	void destroy_group() {
		fixtures.assertWrittenAs(GroupIdRequest.of("@TGS#2J4SZEAEL"), "destroy_group.request.json");
		assertOk("destroy_group.response.json");
	}

	@Test
	void get_joined_group_list() {
		fixtures.assertWrittenAs(JoinedGroupsRequest.builder("leckie").build(), "get_joined_group_list.request.json");
		fixtures.assertWrittenAs(JoinedGroupsRequest.builder("leckie").limit(10).offset(0).build(),
				"get_joined_group_list.request-2.json");
		fixtures.assertWrittenAs(JoinedGroupsRequest.builder("leckie").groupType(GroupType.PUBLIC).build(),
				"get_joined_group_list.request-3.json");
		fixtures.assertWrittenAs(JoinedGroupsRequest.builder("leckie")
			.withHugeGroups(1)
			.withNoActiveGroups(1)
			.limit(10)
			.offset(0)
			.responseFilter(new JoinedGroupFilter(List.of("Type", "Name", "Introduction", "Notification"),
					List.of("Role", "JoinTime")))
			.build(), "get_joined_group_list.request-4.json");
		fixtures.assertWrittenAs(JoinedGroupsRequest.builder("107867").supportTopic(1).build(),
				"get_joined_group_list.request-5.json");
		fixtures
			.assertWrittenAs(JoinedGroupsRequest.builder("leckie")
				.withHugeGroups(1)
				.withNoActiveGroups(1)
				.responseFilter(new JoinedGroupFilter(
						List.of("Type", "Name", "Introduction", "Notification", "FaceUrl", "CreateTime",
								"Owner_Account", "LastInfoTime", "LastMsgTime", "NextMsgSeq", "MemberNum",
								"MaxMemberNum", "ApplyJoinOption", "MuteAllMember"),
						List.of("Role", "JoinTime", "MsgFlag", "MsgSeq")))
				.build(), "get_joined_group_list.request-6.json");
		JoinedGroupsResponse ids = fixtures.read("get_joined_group_list.response.json", JoinedGroupsResponse.class);
		assertThat(ids.totalCount()).isEqualTo(2);
		assertThat(ids.groups()).extracting(JoinedGroup::groupId).containsExactly("@TGS#2J4SZEAEL", "@TGS#2C5SZEAEF");
		assertThat(fixtures.read("get_joined_group_list.response-2.json", JoinedGroupsResponse.class).groups())
			.hasSize(1);
		JoinedGroupsResponse typed = fixtures.read("get_joined_group_list.response-3.json", JoinedGroupsResponse.class);
		assertThat(typed.groups()).extracting((group) -> group.type().kind())
			.containsExactly(GroupType.Kind.WORK, GroupType.Kind.MEETING);
		assertThat(typed.groups().get(0).type()).isEqualTo(GroupType.PRIVATE);
		assertThat(typed.groups().get(0).selfInfo().joinTime()).isEqualTo(1588148506L);
		assertThat(typed.groups().get(0).selfInfo().role()).isEqualTo(MemberRole.MEMBER);
		JoinedGroup community = fixtures.read("get_joined_group_list.response-4.json", JoinedGroupsResponse.class)
			.groups()
			.get(0);
		assertThat(community.supportTopic()).isOne();
		assertThat(community.grossTopicNextMsgSeq()).isEqualTo(3L);
		assertThat(community.selfInfo().grossTopicReadSeq()).isEqualTo(2L);
		JoinedGroup full = fixtures.read("get_joined_group_list.response-5.json", JoinedGroupsResponse.class)
			.groups()
			.get(0);
		assertThat(full.applyJoinOption()).isEqualTo(JoinOption.DISABLE_APPLY);
		assertThat(full.createTime()).isEqualTo(1585718204L);
		assertThat(full.maxMemberNum()).isEqualTo(200L);
		assertThat(full.muteAllMember()).isEqualTo(MuteAllMember.OFF);
		assertThat(full.selfInfo().msgFlag()).isEqualTo(MessageFlag.ACCEPT_AND_NOTIFY);
		assertThat(full.selfInfo().msgSeq()).isEqualTo(1L);
	}

	@Test
	void get_role_in_group() {
		fixtures.assertWrittenAs(new RolesRequest("@TGS#2C5SZEAEF", List.of("leckie", "peter", "wesley")),
				"get_role_in_group.request.json");
		RolesResponse response = fixtures.read("get_role_in_group.response.json", RolesResponse.class);
		assertThat(response.roles()).containsExactly(new UserRole("leckie", MemberRole.OWNER),
				new UserRole("peter", MemberRole.MEMBER), new UserRole("wesley", MemberRole.NOT_MEMBER));
	}

	@Test
	void forbid_send_msg() {
		fixtures.assertWrittenAs(MuteRequest.of("@TGS#2C5SZEAEF", List.of("peter", "leckie"), 60),
				"forbid_send_msg.request.json");
		fixtures.assertWrittenAs(MuteRequest.of("@TGS#2C5SZEAEF", List.of("peter", "leckie"), 0),
				"forbid_send_msg.request-2.json");
		assertOk("forbid_send_msg.response.json");
		assertThat(GoldenFixtures.written(MuteRequest.of("g", List.of("u"), MuteRequest.PERMANENT))
			.get("MuteTime")
			.longValue()).isEqualTo(4294967295L);
	}

	@Test
	void get_group_muted_account() {
		fixtures.assertWrittenAs(new MutedMembersRequest("@TGS#1KGZ2RAEU", null),
				"get_group_muted_account.request.json");
		MutedMembersResponse response = fixtures.read("get_group_muted_account.response.json",
				MutedMembersResponse.class);
		assertThat(response.groupId()).isEqualTo("@TGS#2FZNNRAEU");
		assertThat(response.members()).containsExactly(new MutedMember("tommy", 1458115189L),
				new MutedMember("peter", 1458115189L));
	}

	@Test
	void change_group_owner() {
		fixtures.assertWrittenAs(new ChangeOwnerRequest("@TGS#1NVTZEAE4", "peter"), "change_group_owner.request.json");
		assertOk("change_group_owner.response.json");
	}

	@Test
	void import_group() {
		fixtures.assertWrittenAs(ImportGroupRequest.builder(GroupType.PUBLIC, "TestGroup")
			.ownerAccount("leckie")
			.createTime(1448357837)
			.build(), "import_group.request.json");
		fixtures.assertWrittenAs(
				ImportGroupRequest.builder(GroupType.COMMUNITY, "test_import_group").supportTopic(1).build(),
				"import_group.request-2.json");
		fixtures.assertWrittenAs(ImportGroupRequest.builder(GroupType.PUBLIC, "TestGroup")
			.ownerAccount("leckie")
			.groupId("MyFirstGroup")
			.introduction("This is group Introduction")
			.notification("This is group Notification")
			.faceUrl("http://this.is.face.url")
			.maxMemberCount(500)
			.applyJoinOption(JoinOption.FREE_ACCESS)
			.createTime(1448357837)
			.appDefinedData(List.of(AppDefinedData.of("GroupTestData1", "xxxxx"),
					AppDefinedData.of(" GroupTestData2", "abc\u0000\u0001")))
			.build(), "import_group.request-3.json");
		assertThat(fixtures.read("import_group.response.json", CreateGroupResponse.class).groupId())
			.isEqualTo("@TGS#2J4SZEAEL");
		assertThat(fixtures.read("import_group.response-2.json", CreateGroupResponse.class).groupId())
			.isEqualTo("@TGS#_@TGS#c4YHCIIM62CX");
		assertThat(fixtures.read("import_group.response-3.json", CreateGroupResponse.class).groupId())
			.isEqualTo("MyFirstGroup");
	}

	@Test
	void import_group_member() {
		fixtures.assertWrittenAs(
				ImportMembersRequest.of("@TGS#2J4SZEAEL",
						List.of(new ImportedMember("tommy", MemberRole.ADMIN, 1448357837L, 5L),
								new ImportedMember("jared", null, 1448357857L, 2L))),
				"import_group_member.request.json");
		assertThat(fixtures.read("import_group_member.response.json", MemberResultsResponse.class).results())
			.extracting(MemberResult::result)
			.containsExactly(1, 1);
	}

	@Test
	void set_unread_msg_num() {
		fixtures.assertWrittenAs(new SetUnreadRequest("@TGS#2CLUZEAEJ", "bob", 5), "set_unread_msg_num.request.json");
		assertOk("set_unread_msg_num.response.json");
	}

	@Test
	void get_online_member_num() {
		fixtures.assertWrittenAs(GroupIdRequest.of("@TGS#a6I4ZUUGO"), "get_online_member_num.request.json");
		assertThat(fixtures.read("get_online_member_num.response.json", OnlineCountResponse.class).onlineMemberNum())
			.isEqualTo(1000L);
	}

	@Test
	void get_group_ban_member() {
		fixtures.assertWrittenAs(BannedMembersRequest.first("@TGS#aJRGC4MH6", 20), "get_group_ban_member.request.json");
		BannedMembersResponse response = fixtures.read("get_group_ban_member.response.json",
				BannedMembersResponse.class);
		assertThat(response.members()).containsExactly(new BannedMember("brennanli1", 1660875916L),
				new BannedMember("brennanli12", 1660875916L));
		assertThat(response.nextOffset()).isEqualTo(2L);
	}

	@Test
	void ban_group_member() {
		fixtures.assertWrittenAs(new BanRequest("@TGS#aJRGC4MH6", List.of("brennanli3", "brennanli12"), 3600,
				"you are banned because of irregularities"), "ban_group_member.request.json");
		assertOk("ban_group_member.response.json");
	}

	@Test
	void unban_group_member() {
		fixtures.assertWrittenAs(new UnbanRequest("@TGS#aJRGC4MH6", List.of("brennanli3", "brennanli12")),
				"unban_group_member.request.json");
		assertOk("unban_group_member.response.json");
	}

	@Test
	void get_group_counter() {
		fixtures.assertWrittenAs(new CounterKeysRequest("@TGS#aC5SZEAEF", List.of("like", "unlike")),
				"get_group_counter.request.json");
		assertThat(fixtures.read("get_group_counter.response.json", CountersResponse.class).counters())
			.containsExactly(GroupCounter.of("like", 5), GroupCounter.of("unlike", 1));
	}

	@Test
	void update_group_counter() {
		fixtures.assertWrittenAs(
				new UpdateCountersRequest("@TGS#aC5SZEAEF",
						List.of(GroupCounter.of("like", 5), GroupCounter.of("unlike", 1)), CounterMode.SET),
				"update_group_counter.request.json");
		assertThat(fixtures.read("update_group_counter.response.json", CountersResponse.class).counters())
			.containsExactly(GroupCounter.of("like", 5), GroupCounter.of("unlike", 1));
		assertThat(GoldenFixtures.written(GroupCounter.of("big", Long.MIN_VALUE)).get("Value").longValue())
			.isEqualTo(Long.MIN_VALUE);
	}

	@Test
	void delete_group_counter() {
		fixtures.assertWrittenAs(new CounterKeysRequest("@TGS#aC5SZEAEF", List.of("like", "unlike")),
				"delete_group_counter.request.json");
		assertOk("delete_group_counter.response.json");
	}

	@Test
	void get_group_attr() {
		fixtures.assertWrittenAs(GroupIdRequest.of("@TGS#aC5SZEAEF"), "get_group_attr.request.json");
		AttributesResponse response = fixtures.read("get_group_attr.response.json", AttributesResponse.class);
		assertThat(response.asMap()).containsExactly(org.assertj.core.api.Assertions.entry("attr_key1", "attr_val1"),
				org.assertj.core.api.Assertions.entry("attr_key2", "attr_val2"));
	}

	@Test
	void modify_and_set_group_attr() {
		AttributesRequest request = new AttributesRequest("@TGS#aC5SZEAEF",
				List.of(GroupAttribute.of("attr_key", "attr_val"), GroupAttribute.of("attr_key1", "attr_val1")));
		fixtures.assertWrittenAs(request, "modify_group_attr.request.json");
		fixtures.assertWrittenAs(request, "set_group_attr.request.json");
		assertOk("modify_group_attr.response.json");
		assertOk("set_group_attr.response.json");
	}

	@Test
	void clear_group_attr() {
		fixtures.assertWrittenAs(GroupIdRequest.of("@TGS#aC5SZEAEF"), "clear_group_attr.request.json");
		assertOk("clear_group_attr.response.json");
	}

	@Test
	void delete_group_attr() {
		fixtures.assertWrittenAs(
				new AttributesRequest("@TGS#aC5SZEAEF",
						List.of(GroupAttribute.key("attr_key"), GroupAttribute.key("attr_key1"))),
				"delete_group_attr.request.json");
		assertOk("delete_group_attr.response.json");
	}

	@Test
	void get_members() {
		fixtures.assertWrittenAs(OnlineMembersRequest.first("@TGS#a6I4ZUUGO"), "get_members.request.json");
		fixtures.assertWrittenAs(OnlineMembersRequest.marked("@TGS#a6I4ZUUGO", 1000), "get_members.request-2.json");
		OnlineMembersResponse response = fixtures.read("get_members.response.json", OnlineMembersResponse.class);
		assertThat(response.nextTimestamp()).isZero();
		OnlineMember member = response.members().get(0);
		assertThat(member.memberAccount()).isEqualTo("teacher2");
		assertThat(member.joinTime()).isEqualTo(1657773110L);
		assertThat(member.nickName()).isEqualTo("Teacher t02");
		assertThat(member.avatar()).isEqualTo("http://www.example.com/teacher2.jpg");
	}

	@Test
	void modify_user_info() {
		List<MarkedMember> members = List.of(new MarkedMember("teacher10", List.of(1000L)),
				new MarkedMember("student9", List.of(1001L)));
		fixtures.assertWrittenAs(MarkMembersRequest.set("@TGS#a6I4ZUUGO", members), "modify_user_info.request.json");
		fixtures.assertWrittenAs(MarkMembersRequest.remove("@TGS#a6I4ZUUGO", members),
				"modify_user_info.request-2.json");
		MarkMembersResponse response = fixtures.read("modify_user_info.response.json", MarkMembersResponse.class);
		assertThat(response.commandType()).isOne();
		assertThat(response.members()).isEqualTo(members);
	}

	@Test
	void modify_admin() {
		fixtures.assertWrittenAs(LiveAdminsRequest.add("@TGS#a6I4ZUUGO", List.of("user1")),
				"modify_admin.request.json");
		assertOk("modify_admin.response.json");
	}

	@Test
	void get_admin_list() {
		fixtures.assertWrittenAs(GroupIdRequest.of("@TGS#a6I4ZUUGO"), "get_admin_list.request.json");
		LiveAdminsResponse response = fixtures.read("get_admin_list.response.json", LiveAdminsResponse.class);
		assertThat(response.admins()).containsExactly(new LiveAdmin("user1", "https://example.com/abc.jpg", "AA"),
				new LiveAdmin("116400", "", "Charles 2"));
	}

	@Test
	void check_members() {
		fixtures.assertWrittenAs(
				new CheckMembersRequest("@TGS#a6I4ZUUGO", List.of("245000", "202200", "239017", "361697")),
				"check_members.request.json");
		assertThat(fixtures.read("check_members.response.json", CheckMembersResponse.class).members())
			.containsExactly("245000", "239017");
	}

	@Test
	void vocabulariesShouldKeepValuesTheyDoNotKnow() {
		GroupType type = GoldenFixtures.mapper().readValue("\"Stadium\"", GroupType.class);
		assertThat(type.value()).isEqualTo("Stadium");
		assertThat(type.isKnown()).isFalse();
		assertThat(type.kind()).isEqualTo(GroupType.Kind.UNKNOWN);
		assertThat(GoldenFixtures.written(type).asString()).isEqualTo("Stadium");
		assertThat(GroupType.WORK.kind()).isEqualTo(GroupType.PRIVATE.kind());
		assertThat(GroupType.MEETING.kind()).isEqualTo(GroupType.CHAT_ROOM.kind());
		assertThat(GoldenFixtures.mapper().readValue("\"Observer\"", MemberRole.class).isKnown()).isFalse();
		assertThat(GoldenFixtures.mapper().readValue("\"Mute\"", MessageFlag.class).value()).isEqualTo("Mute");
		assertThat(GoldenFixtures.mapper().readValue("\"Invite\"", JoinOption.class).isKnown()).isFalse();
		assertThat(GoldenFixtures.written(JoinOption.FREE_ACCESS).asString()).isEqualTo("FreeAccess");
	}

}
