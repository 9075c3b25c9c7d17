package io.github.chatadmin.emulator;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import io.github.chatadmin.client.ChatAdminResponseException;
import io.github.chatadmin.client.ChatAdminTemplate;
import io.github.chatadmin.client.api.community.CreatePermissionGroupRequest;
import io.github.chatadmin.client.api.community.CreateTopicRequest;
import io.github.chatadmin.client.api.community.PermissionGroupInfo;
import io.github.chatadmin.client.api.community.TopicAndSelfInfo;
import io.github.chatadmin.client.api.community.TopicPermission;
import io.github.chatadmin.client.api.community.TopicPermissionResult;
import io.github.chatadmin.client.api.community.TopicPermissionsRequest;
import io.github.chatadmin.client.api.group.AppGroupsRequest;
import io.github.chatadmin.client.api.group.AppGroupsResponse;
import io.github.chatadmin.client.api.group.CounterMode;
import io.github.chatadmin.client.api.group.CreateGroupRequest;
import io.github.chatadmin.client.api.group.GroupCounter;
import io.github.chatadmin.client.api.group.GroupMember;
import io.github.chatadmin.client.api.group.GroupMembersRequest;
import io.github.chatadmin.client.api.group.GroupMembersResponse;
import io.github.chatadmin.client.api.group.GroupType;
import io.github.chatadmin.client.api.group.MemberResult;
import io.github.chatadmin.client.api.group.MemberRole;
import io.github.chatadmin.client.api.group.MutedMember;
import io.github.chatadmin.client.api.group.NewMember;
import io.github.chatadmin.client.api.group.UpdateCountersRequest;
import io.github.chatadmin.client.api.group.UserRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Round trips of the typed group and community operations against the emulator: write
 * through {@code groups()} and {@code communities()}, then read back through them.
 */
class TypedGroupRoundTripTests {

	private final GroupMessageScenarioTests.MutableClock clock = new GroupMessageScenarioTests.MutableClock(
			Instant.now().truncatedTo(ChronoUnit.SECONDS));

	private ChatAdminEmulator emulator;

	private ChatAdminTemplate chat;

	private final List<String> users = IntStream.range(0, 350).mapToObj((i) -> "user" + i).toList();

	@BeforeEach
	void start() {
		this.emulator = ChatAdminEmulator.builder().clock(this.clock).build().start();
		this.chat = EmulatorTemplates.templateFor(this.emulator);
		this.chat.accounts().importAccounts(List.of("alice", "bob")).block();
	}

	@AfterEach
	void stop() {
		this.chat.close();
		this.emulator.close();
	}

	@Test
	void communityWithTopicAndBulkMembersShouldPageThroughEveryMember() {
		this.chat.accounts().importAccounts(this.users).block();
		String community = this.chat.groups()
			.create(CreateGroupRequest.builder(GroupType.COMMUNITY, "fans")
				.ownerAccount("alice")
				.supportTopic(1)
				.build())
			.block()
			.groupId();
		assertThat(community).startsWith("@TGS#_");
		String topic = this.chat.communities()
			.createTopic(CreateTopicRequest.builder(community, "news").fromAccount("alice").build())
			.block()
			.topicId();
		assertThat(topic).startsWith(community + "@TOPIC#_");
		List<MemberResult> added = this.chat.groups().addMembers(community, this.users).block().results();
		assertThat(added).hasSize(350).allSatisfy((result) -> assertThat(result.result()).isEqualTo(1));
		assertThat(added).extracting(MemberResult::memberAccount).containsExactlyElementsOf(this.users);
		List<String> members = this.chat.groups()
			.members(community)
			.map(GroupMember::memberAccount)
			.collectList()
			.block();
		assertThat(members).hasSize(351).startsWith("alice").containsAll(this.users).doesNotHaveDuplicates();
		GroupMembersResponse firstPage = this.chat.groups()
			.membersPage(GroupMembersRequest.first(community, 100))
			.block();
		assertThat(firstPage.members()).hasSize(100);
		assertThat(firstPage.next()).isNotEmpty();
		assertThat(this.chat.communities().topics(community, "alice").block().topics())
			.extracting((info) -> info.topicInfo().topicName())
			.containsExactly("news");
		assertThat(this.chat.communities().topics(community, "alice").block().topics())
			.extracting(TopicAndSelfInfo::errorCode)
			.containsExactly(0);
		this.chat.communities().destroyTopics(community, List.of(topic)).block();
		assertThat(this.chat.communities().topics(community, "alice").block().topics()).isEmpty();
	}

	@Test
	void permissionGroupsShouldKeepTheirMembersAndTopicPermissions() {
		this.chat.accounts().importAccounts(this.users).block();
		String community = this.chat.groups()
			.create(CreateGroupRequest.builder(GroupType.COMMUNITY, "guild")
				.ownerAccount("alice")
				.supportTopic(1)
				.build())
			.block()
			.groupId();
		String topic = this.chat.communities().createTopic(community, "raids").block().topicId();
		this.chat.groups().addMembers(community, this.users.subList(0, 150)).block();
		String permissionGroup = this.chat.communities()
			.createPermissionGroup(CreatePermissionGroupRequest.of(community, "officers", 3))
			.block()
			.permissionGroupId();
		assertThat(permissionGroup).startsWith("@PMG#_");
		assertThat(this.chat.communities()
			.addTopicPermissions(
					new TopicPermissionsRequest(community, permissionGroup, List.of(new TopicPermission(topic, 5))))
			.block()
			.topicPermissionResultList()).extracting(TopicPermissionResult::errorCode).containsExactly(0);
		this.chat.communities()
			.addPermissionGroupMembers(community, permissionGroup, this.users.subList(0, 150))
			.block();
		assertThat(this.chat.communities().permissionGroupMembers(community, permissionGroup).count().block())
			.isEqualTo(150);
		assertThat(this.chat.communities()
			.permissionGroups(community)
			.map(PermissionGroupInfo::permissionGroupName)
			.collectList()
			.block()).containsExactly("officers");
	}

	@Test
	void ordinaryGroupMembersShouldPageWithOffsets() {
		this.chat.accounts().importAccounts(this.users).block();
		String group = this.chat.groups()
			.create(CreateGroupRequest.builder(GroupType.PUBLIC, "big").ownerAccount("alice").build())
			.block()
			.groupId();
		assertThat(group).startsWith("@TGS#").doesNotStartWith("@TGS#_");
		this.chat.groups().addMembers(group, this.users).block();
		assertThat(this.chat.groups().members(group).count().block()).isEqualTo(351);
		GroupMembersResponse page = this.chat.groups()
			.membersPage(GroupMembersRequest.builder(group).limit(200).offset(300).build())
			.block();
		assertThat(page.memberNum()).isEqualTo(351);
		assertThat(page.members()).hasSize(51);
	}

	@Test
	void muteShouldExpireWithTheEmulatorClockAndRefuseTheMutedSender() {
		String group = this.chat.groups()
			.create(CreateGroupRequest.builder(GroupType.PUBLIC, "quiet")
				.ownerAccount("alice")
				.memberList(List.of(NewMember.of("bob")))
				.build())
			.block()
			.groupId();
		this.chat.groups().mute(group, List.of("bob"), Duration.ofMinutes(10)).block();
		assertThat(this.chat.groups().mutedMembers(group).block().mutedAccountList())
			.extracting(MutedMember::memberAccount, MutedMember::mutedUntil)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("bob", this.clock.instant().getEpochSecond() + 600));
		assertThatExceptionOfType(ChatAdminResponseException.class)
			.isThrownBy(() -> this.chat.groupMessages().sendText(group, "bob", "hello").block())
			.satisfies((ex) -> assertThat(ex.getErrorCode()).isEqualTo(10017));
		this.clock.advance(Duration.ofMinutes(11));
		assertThat(this.chat.groups().mutedMembers(group).block().mutedAccountList()).isEmpty();
		assertThat(this.chat.groupMessages().sendText(group, "bob", "hello").block().msgSeq()).isPositive();
	}

	@Test
	void attributesAndCountersShouldRoundTrip() {
		String group = this.chat.groups().create(GroupType.PUBLIC, "data").block().groupId();
		this.chat.groups().modifyAttributes(group, Map.of("a", "1", "b", "2")).block();
		this.chat.groups().modifyAttributes(group, Map.of("b", "3")).block();
		assertThat(this.chat.groups().attributes(group).block().asMap()).containsOnly(Map.entry("a", "1"),
				Map.entry("b", "3"));
		this.chat.groups().setAttributes(group, Map.of("c", "4")).block();
		assertThat(this.chat.groups().attributes(group).block().asMap()).containsOnly(Map.entry("c", "4"));
		this.chat.groups().deleteAttributes(group, List.of("c")).block();
		assertThat(this.chat.groups().attributes(group).block().attributes()).isEmpty();
		this.chat.groups().setAttributes(group, Map.of("d", "5")).block();
		this.chat.groups().clearAttributes(group).block();
		assertThat(this.chat.groups().attributes(group).block().attributes()).isEmpty();

		this.chat.groups()
			.updateCounters(new UpdateCountersRequest(group, List.of(new GroupCounter("likes", 5_000_000_000L)),
					CounterMode.SET))
			.block();
		assertThat(this.chat.groups()
			.updateCounters(
					new UpdateCountersRequest(group, List.of(new GroupCounter("likes", 2)), CounterMode.INCREASE))
			.block()
			.counters()).extracting(GroupCounter::value).containsExactly(5_000_000_002L);
		assertThat(this.chat.groups().counters(group, null).block().counters()).extracting(GroupCounter::key)
			.containsExactly("likes");
		this.chat.groups().deleteCounters(group, List.of("likes")).block();
		assertThat(this.chat.groups().counters(group, null).block().counters()).isEmpty();
	}

	@Test
	void avChatRoomShouldRefuseMembersAtCreationAndMemberDeletion() {
		assertThatExceptionOfType(ChatAdminResponseException.class)
			.isThrownBy(
					() -> this.chat
						.execute("group_open_http_svc", "create_group",
								Map.of("Type", "AVChatRoom", "Name", "live", "MemberList",
										List.of(Map.of("Member_Account", "bob"))))
						.block())
			.satisfies((ex) -> assertThat(ex.getErrorCode()).isEqualTo(10007));
		String room = this.chat.groups().create(GroupType.AV_CHAT_ROOM, "live").block().groupId();
		assertThat(room).startsWith("@TGS#a");
		assertThatExceptionOfType(ChatAdminResponseException.class)
			.isThrownBy(() -> this.chat.groups().deleteMembers(room, List.of("bob")).block())
			.satisfies((ex) -> assertThat(ex.getErrorCode()).isEqualTo(10004));
	}

	@Test
	void groupListCursorPassesTwoToTheThirtyOne() {
		for (int i = 0; i < 3; i++) {
			this.chat.groups().create(GroupType.WORK, "w" + i).block();
		}
		AppGroupsResponse first = this.chat.groups().appGroupsPage(AppGroupsRequest.first(2, null)).block();
		assertThat(first.groupIds()).hasSize(2);
		assertThat(first.next()).isGreaterThan(Integer.MAX_VALUE);
		assertThat(this.chat.groups().allGroupIds().collectList().block()).hasSize(3).doesNotHaveDuplicates();
	}

	@Test
	void ownerChangeRolesAndCustomIdsShouldRoundTrip() {
		String group = this.chat.groups()
			.create(CreateGroupRequest.builder(GroupType.MEETING, "standup")
				.groupId("standup-1")
				.ownerAccount("alice")
				.memberList(List.of(NewMember.of("bob")))
				.build())
			.block()
			.groupId();
		assertThat(group).isEqualTo("standup-1");
		this.chat.groups().changeOwner(group, "bob").block();
		assertThat(this.chat.groups().roles(group, List.of("alice", "bob", "carol")).block().userIdList())
			.extracting(UserRole::role)
			.containsExactly(MemberRole.MEMBER, MemberRole.OWNER, MemberRole.NOT_MEMBER);
		assertThat(this.chat.groups().joinedGroups("bob").map((joined) -> joined.groupId()).collectList().block())
			.containsExactly("standup-1");
		assertThatExceptionOfType(ChatAdminResponseException.class)
			.isThrownBy(
					() -> this.chat
						.execute("group_open_http_svc", "create_group",
								Map.of("Type", "Public", "Name", "x", "GroupId", "@TGS#mine"))
						.block())
			.satisfies((ex) -> assertThat(ex.getErrorCode()).isEqualTo(10004));
	}

}
