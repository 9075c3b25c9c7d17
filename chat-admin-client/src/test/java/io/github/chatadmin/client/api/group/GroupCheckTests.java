package io.github.chatadmin.client.api.group;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.chatadmin.client.ChatAdminTemplate;
import io.github.chatadmin.client.ChatCommand;
import io.github.chatadmin.client.TestTemplates;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import reactor.core.publisher.Mono;

import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * Tests that every group command refuses bad input before anything is sent, on the typed
 * operations and on {@code execute(ChatCommand, request)}.
 */
class GroupCheckTests {

	private static final String GROUP = "@TGS#2C5SZEAEF";

	@RegisterExtension
	static WireMockExtension wireMock = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
		.build();

	private ChatAdminTemplate template;

	private GroupOperations groups;

	@BeforeEach
	void create() {
		wireMock.stubFor(post(anyUrl()).willReturn(okJson("{\"ActionStatus\":\"OK\",\"ErrorCode\":0}")));
		this.template = TestTemplates.builder("http://127.0.0.1:" + wireMock.getPort()).build();
		this.groups = new DefaultGroupOperations(this.template, 4);
	}

	@AfterEach
	void close() {
		this.template.close();
		wireMock.verify(0, postRequestedFor(anyUrl()));
	}

	static List<String> users(int count) {
		return IntStream.range(0, count).mapToObj((i) -> "u" + i).toList();
	}

	static Stream<Arguments> badRequests() {
		return Stream.of(bad(GroupCommands.APP_GROUPS, new AppGroupsRequest(10001, 0L, null), "'Limit'"),
				bad(GroupCommands.APP_GROUPS, new AppGroupsRequest(10, -1L, null), "'Next'"),
				bad(GroupCommands.CREATE, CreateGroupRequest.builder(GroupType.PUBLIC, "").build(), "'Name'"),
				bad(GroupCommands.CREATE, CreateGroupRequest.builder(GroupType.PUBLIC, "n".repeat(31)).build(),
						"'Name' is 31 bytes"),
				bad(GroupCommands.CREATE,
						CreateGroupRequest.builder(GroupType.PUBLIC, "n").groupId("@TGS#mine").build(),
						"must not start with @TGS#"),
				bad(GroupCommands.CREATE,
						CreateGroupRequest.builder(GroupType.COMMUNITY, "n").groupId("my-community").build(),
						"must start with @TGS#_"),
				bad(GroupCommands.CREATE,
						CreateGroupRequest.builder(GroupType.PUBLIC, "n").groupId("g".repeat(49)).build(),
						"'GroupId' is 49 bytes"),
				bad(GroupCommands.CREATE,
						CreateGroupRequest.builder(GroupType.PUBLIC, "n").groupId("gr\u00fcn").build(),
						"printable ASCII"),
				bad(GroupCommands.CREATE,
						CreateGroupRequest.builder(GroupType.AV_CHAT_ROOM, "n")
							.memberList(List.of(NewMember.of("a")))
							.build(),
						"AVChatRoom"),
				bad(GroupCommands.CREATE,
						CreateGroupRequest.builder(GroupType.PUBLIC, "n")
							.memberList(users(101).stream().map(NewMember::of).toList())
							.build(),
						"at most 100"),
				bad(GroupCommands.CREATE,
						CreateGroupRequest.builder(GroupType.PUBLIC, "n")
							.memberList(List.of(new NewMember("a", MemberRole.OWNER, null)))
							.build(),
						"'MemberList[0].Role'"),
				bad(GroupCommands.CREATE, CreateGroupRequest.builder(GroupType.PUBLIC, "n").supportTopic(1).build(),
						"'SupportTopic'"),
				bad(GroupCommands.CREATE, CreateGroupRequest.builder(GroupType.PUBLIC, "n").ownerAccount("").build(),
						"'Owner_Account'"),
				bad(GroupCommands.INFO, GroupInfoRequest.of(List.of()), "'GroupIdList'"),
				bad(GroupCommands.INFO, GroupInfoRequest.of(users(51)), "at most 50"),
				bad(GroupCommands.INFO, GroupInfoRequest.of(List.of(GROUP, "")), "'GroupIdList[1]'"),
				bad(GroupCommands.MEMBERS, GroupMembersRequest.first(GROUP, 201), "'Limit'"),
				bad(GroupCommands.MEMBERS, GroupMembersRequest.first("@TGS#_@TGS#cAVQ", 101), "'Limit'"),
				bad(GroupCommands.MEMBERS, GroupMembersRequest.builder("@TGS#_@TGS#cAVQ").offset(0).build(),
						"'Offset'"),
				bad(GroupCommands.MEMBERS, GroupMembersRequest.builder(GROUP).offset(0).next("").build(), "'Next'"),
				bad(GroupCommands.MEMBERS, GroupMembersRequest.builder("").build(), "'GroupId'"),
				bad(GroupCommands.SPECIFIED_MEMBERS, SpecifiedMembersRequest.of(GROUP, users(51)), "at most 50"),
				bad(GroupCommands.SPECIFIED_MEMBERS, SpecifiedMembersRequest.of(GROUP, List.of("x".repeat(33))),
						"'Member_List_Account[0]'"),
				bad(GroupCommands.MODIFY, ModifyGroupRequest.builder(GROUP).introduction("i".repeat(241)).build(),
						"'Introduction'"),
				bad(GroupCommands.MODIFY, ModifyGroupRequest.builder(GROUP).notification("i".repeat(301)).build(),
						"'Notification'"),
				bad(GroupCommands.MODIFY, ModifyGroupRequest.builder(GROUP).faceUrl("i".repeat(101)).build(),
						"'FaceUrl'"),
				bad(GroupCommands.ADD_MEMBERS, AddMembersRequest.of(GROUP, users(301)), "at most 300"),
				bad(GroupCommands.ADD_MEMBERS, new AddMembersRequest(GROUP, 2, MemberAccount.of(users(1))),
						"'Silence'"),
				bad(GroupCommands.DELETE_MEMBERS, DeleteMembersRequest.of(GROUP, users(101)), "at most 100"),
				bad(GroupCommands.DELETE_MEMBERS, DeleteMembersRequest.of(GROUP, List.of()), "'MemberToDel_Account'"),
				bad(GroupCommands.MODIFY_MEMBER,
						ModifyMemberRequest.builder(GROUP, "bob").muteTime(4294967296L).build(), "'MuteTime'"),
				bad(GroupCommands.MODIFY_MEMBER,
						ModifyMemberRequest.builder(GROUP, "bob").role(MemberRole.OWNER).build(), "'Role'"),
				bad(GroupCommands.MODIFY_MEMBER,
						ModifyMemberRequest.builder(GROUP, "bob").nameCard("n".repeat(51)).build(), "'NameCard'"),
				bad(GroupCommands.DESTROY, GroupIdRequest.of(""), "'GroupId'"),
				bad(GroupCommands.JOINED_GROUPS, JoinedGroupsRequest.builder("leckie").limit(5001).build(), "'Limit'"),
				bad(GroupCommands.JOINED_GROUPS, JoinedGroupsRequest.builder("leckie").supportTopic(1).build(),
						"'GroupType'"),
				bad(GroupCommands.JOINED_GROUPS, JoinedGroupsRequest.builder("").build(), "'Member_Account'"),
				bad(GroupCommands.ROLES, new RolesRequest(GROUP, users(501)), "at most 500"),
				bad(GroupCommands.MUTE, MuteRequest.of(GROUP, users(501), 60), "at most 500"),
				bad(GroupCommands.MUTE, MuteRequest.of(GROUP, users(1), -1), "'MuteTime'"),
				bad(GroupCommands.MUTE, MuteRequest.of(GROUP, users(1), 60).inTopic(""), "'TopicId'"),
				bad(GroupCommands.MUTED_MEMBERS, new MutedMembersRequest("", null), "'GroupId'"),
				bad(GroupCommands.CHANGE_OWNER, new ChangeOwnerRequest(GROUP, ""), "'NewOwner_Account'"),
				bad(GroupCommands.IMPORT, ImportGroupRequest.builder(GroupType.AV_CHAT_ROOM, "n").build(),
						"AVChatRoom"),
				bad(GroupCommands.IMPORT, ImportGroupRequest.builder(GroupType.PUBLIC, "n").groupId("@TGS#x").build(),
						"'GroupId'"),
				bad(GroupCommands.IMPORT_MEMBERS,
						ImportMembersRequest.of(GROUP, users(301).stream().map(ImportedMember::of).toList()),
						"at most 300"),
				bad(GroupCommands.IMPORT_MEMBERS,
						ImportMembersRequest.of(GROUP, List.of(new ImportedMember("a", null, null, -1L))),
						"'MemberList[0].UnreadMsgNum'"),
				bad(GroupCommands.SET_UNREAD, new SetUnreadRequest(GROUP, "bob", -1), "'UnreadMsgNum'"),
				bad(GroupCommands.ONLINE_COUNT, GroupIdRequest.of("g\u0007"), "printable ASCII"),
				bad(GroupCommands.BANNED_MEMBERS, BannedMembersRequest.first(GROUP, 101), "'Limit'"),
				bad(GroupCommands.BAN, new BanRequest(GROUP, users(21), 60, null), "at most 20"),
				bad(GroupCommands.BAN, new BanRequest(GROUP, users(1), 4294967296L, null), "'Duration'"),
				bad(GroupCommands.BAN, new BanRequest(GROUP, users(1), 60, "d".repeat(1001)), "'Description'"),
				bad(GroupCommands.UNBAN, new UnbanRequest(GROUP, users(21)), "at most 20"),
				bad(GroupCommands.COUNTERS, new CounterKeysRequest(GROUP, List.of("k".repeat(129))),
						"'GroupCounterKeys[0]'"),
				bad(GroupCommands.UPDATE_COUNTERS,
						new UpdateCountersRequest(GROUP,
								IntStream.range(0, 21).mapToObj((i) -> GroupCounter.of("k" + i, i)).toList(), null),
						"at most 20"),
				bad(GroupCommands.DELETE_COUNTERS, new CounterKeysRequest(GROUP, List.of("")), "'GroupCounterKeys[0]'"),
				bad(GroupCommands.ATTRIBUTES, GroupIdRequest.of(""), "'GroupId'"),
				bad(GroupCommands.MODIFY_ATTRIBUTES,
						new AttributesRequest(GROUP, List.of(GroupAttribute.of("k".repeat(33), "v"))),
						"'GroupAttr[0].key'"),
				bad(GroupCommands.MODIFY_ATTRIBUTES,
						new AttributesRequest(GROUP,
								IntStream.range(0, 17).mapToObj((i) -> GroupAttribute.of("k" + i, "v")).toList()),
						"at most 16"),
				bad(GroupCommands.MODIFY_ATTRIBUTES, new AttributesRequest(GROUP,
						IntStream.range(0, 5).mapToObj((i) -> GroupAttribute.of("k" + i, "v".repeat(4000))).toList()),
						"16000"),
				bad(GroupCommands.CLEAR_ATTRIBUTES, GroupIdRequest.of(""), "'GroupId'"),
				bad(GroupCommands.SET_ATTRIBUTES,
						new AttributesRequest(GROUP, List.of(GroupAttribute.of("k", "v".repeat(4001)))),
						"'GroupAttr[0].value'"),
				bad(GroupCommands.DELETE_ATTRIBUTES, new AttributesRequest(GROUP, List.of()), "'GroupAttr'"),
				bad(GroupCommands.ONLINE_MEMBERS, new OnlineMembersRequest(GROUP, -1, null), "'Timestamp'"),
				bad(GroupCommands.MARK_MEMBERS,
						MarkMembersRequest.set(GROUP, List.of(new MarkedMember("a", List.of(999L)))),
						"'MemberList[0].Marks[0]'"),
				bad(GroupCommands.MARK_MEMBERS,
						new MarkMembersRequest(GROUP, 3, List.of(new MarkedMember("a", List.of(1000L)))),
						"'CommandType'"),
				bad(GroupCommands.MODIFY_ADMINS, LiveAdminsRequest.add(GROUP, users(6)), "at most 5"),
				bad(GroupCommands.ADMINS, GroupIdRequest.of(""), "'GroupId'"),
				bad(GroupCommands.CHECK_MEMBERS, new CheckMembersRequest(GROUP, List.of()), "'Member_Account'"));
	}

	private static <Q> Arguments bad(ChatCommand<Q, ?> command, Q request, String message) {
		return Arguments.of(command, request, message);
	}

	@ParameterizedTest(name = "{0}: {2}")
	@MethodSource("badRequests")
	<Q> void executeShouldRefuseBadInputBeforeSending(ChatCommand<Q, ?> command, Q request, String message) {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.template.execute(command, request).block(Duration.ofSeconds(10)))
			.withMessageContaining(message);
	}

	@Test
	void communityCustomIdsAndGeneratedIdsShouldPass() {
		assertThatNoException().isThrownBy(() -> GroupCommands.CREATE
			.validate(CreateGroupRequest.builder(GroupType.COMMUNITY, "n").groupId("@TGS#_my-community").build()));
		assertThatNoException().isThrownBy(() -> GroupCommands.CREATE
			.validate(CreateGroupRequest.builder(GroupType.PUBLIC, "n").groupId("g".repeat(48)).build()));
		assertThatNoException().isThrownBy(() -> GroupCommands.DESTROY.validate(GroupIdRequest.of("@TGS#2J4SZEAEL")));
		assertThatNoException().isThrownBy(() -> GroupCommands.MODIFY_MEMBER
			.validate(ModifyMemberRequest.builder(GROUP, "bob").muteTime(MuteRequest.PERMANENT).build()));
	}

	@Test
	void operationsShouldRefuseBadInputBeforeSendingAnyPart() {
		List<String> longList = new ArrayList<>(users(700));
		longList.set(650, "");
		List<Supplier<Mono<?>>> calls = new ArrayList<>();
		calls.add(() -> this.groups.create(GroupType.PUBLIC, ""));
		calls.add(() -> this.groups.destroy(""));
		calls.add(() -> this.groups.info(List.of(GROUP, "bad\u00e9")));
		calls.add(() -> this.groups.modify(ModifyGroupRequest.builder("").build()));
		calls.add(() -> this.groups.importGroup(ImportGroupRequest.builder(GroupType.AV_CHAT_ROOM, "n").build()));
		calls.add(() -> this.groups.members("").then());
		calls.add(() -> this.groups.members(GroupMembersRequest.builder(GROUP).build()).then());
		calls.add(() -> this.groups.membersPage(GroupMembersRequest.first(GROUP, 0)));
		calls.add(() -> this.groups.memberProfiles(GROUP, longList).then());
		calls.add(() -> this.groups.addMembers(GROUP, longList));
		calls.add(() -> this.groups.deleteMembers(GROUP, longList));
		calls.add(() -> this.groups.modifyMember(ModifyMemberRequest.builder(GROUP, "").build()));
		calls.add(() -> this.groups.joinedGroups("").then());
		calls.add(() -> this.groups.joinedGroupsPage(JoinedGroupsRequest.builder("u").limit(0).build()));
		calls.add(() -> this.groups.appGroupsPage(new AppGroupsRequest(0, null, null)));
		calls.add(() -> this.groups.roles(GROUP, longList));
		calls.add(() -> this.groups.mute(GROUP, longList, Duration.ofMinutes(1)));
		calls.add(() -> this.groups.mute(GROUP, users(3), Duration.ofSeconds(4294967296L)));
		calls.add(() -> this.groups.unmute("", users(1)));
		calls.add(() -> this.groups.mutedMembers(""));
		calls.add(() -> this.groups.changeOwner(GROUP, ""));
		calls.add(() -> this.groups
			.importMembers(ImportMembersRequest.of(GROUP, longList.stream().map(ImportedMember::of).toList())));
		calls.add(() -> this.groups.setUnreadCount(GROUP, "u", -1));
		calls.add(() -> this.groups.onlineCount(""));
		calls.add(() -> this.groups.bannedMembers("").then());
		calls.add(() -> this.groups.bannedMembersPage(BannedMembersRequest.first(GROUP, 0)));
		calls.add(() -> this.groups.ban(GROUP, longList, Duration.ofHours(1), null));
		calls.add(() -> this.groups.ban(GROUP, users(2), Duration.ofSeconds(-1), null));
		calls.add(() -> this.groups.unban(GROUP, longList));
		calls.add(() -> this.groups.counters("", null));
		calls.add(() -> this.groups.updateCounters(new UpdateCountersRequest(GROUP, List.of(), null)));
		calls.add(() -> this.groups.deleteCounters(GROUP, List.of()));
		calls.add(() -> this.groups.deleteAllCounters(""));
		calls.add(() -> this.groups.attributes(""));
		calls.add(() -> this.groups.modifyAttributes(GROUP, Map.of()));
		calls.add(() -> this.groups.setAttributes(GROUP, Map.of("", "v")));
		calls.add(() -> this.groups.clearAttributes(""));
		calls.add(() -> this.groups.deleteAttributes(GROUP, List.of()));
		calls.add(() -> this.groups.onlineMembers("").then());
		calls.add(() -> this.groups.onlineMembersPage(new OnlineMembersRequest(GROUP, -5, null)));
		calls.add(() -> this.groups.markMembers(MarkMembersRequest.set(GROUP, List.of())));
		calls.add(() -> this.groups.modifyAdmins(LiveAdminsRequest.remove(GROUP, List.of())));
		calls.add(() -> this.groups.admins(""));
		calls.add(() -> this.groups.checkMembers(GROUP, List.of("")));
		for (int i = 0; i < calls.size(); i++) {
			Supplier<Mono<?>> call = calls.get(i);
			assertThatIllegalArgumentException().as("call %d", i)
				.isThrownBy(() -> call.get().block(Duration.ofSeconds(10)));
		}
	}

}
