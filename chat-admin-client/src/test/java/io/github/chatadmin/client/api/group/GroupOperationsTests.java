package io.github.chatadmin.client.api.group;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.chatadmin.client.ChatAdminTemplate;
import io.github.chatadmin.client.GoldenFixtures;
import io.github.chatadmin.client.TestTemplates;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.test.StepVerifier;
import tools.jackson.databind.JsonNode;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests of {@link DefaultGroupOperations} against WireMock: the member, group list, ban
 * and online-member walks (following the cursor lazily, stopping at the end marker,
 * refusing a cursor that does not move) and the splitting of long lists.
 */
class GroupOperationsTests {

	private static final String GROUP = "@TGS#2C5SZEAEF";

	private static final String COMMUNITY = "@TGS#_@TGS#cAVQXXXXXX";

	private static final String MEMBERS = "/v4/group_open_http_svc/get_group_member_info";

	private static final String APP_GROUPS = "/v4/group_open_http_svc/get_appid_group_list";

	@RegisterExtension
	static WireMockExtension wireMock = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
		.build();

	private ChatAdminTemplate template;

	private GroupOperations groups;

	@BeforeEach
	void create() {
		this.template = TestTemplates.builder("http://127.0.0.1:" + wireMock.getPort()).build();
		this.groups = new DefaultGroupOperations(this.template, 4);
	}

	@AfterEach
	void close() {
		this.template.close();
	}

	static String ok(String fields) {
		return "{\"ActionStatus\":\"OK\",\"ErrorCode\":0,\"ErrorInfo\":\"\"" + (fields.isEmpty() ? "" : ",") + fields
				+ "}";
	}

	static String fail(int code) {
		return "{\"ActionStatus\":\"FAIL\",\"ErrorCode\":" + code + ",\"ErrorInfo\":\"refused\"}";
	}

	private static String memberPage(int from, int to, long total, String next) {
		List<String> members = new ArrayList<>();
		for (int i = from; i < to; i++) {
			members.add("{\"Member_Account\":\"m" + i + "\",\"Role\":\"Member\",\"JoinTime\":" + (1700000000L + i)
					+ ",\"MsgSeq\":" + i + ",\"MuteUntil\":4294967295}");
		}
		return ok("\"MemberNum\":" + total + ",\"MemberList\":[" + String.join(",", members) + "]"
				+ ((next != null) ? ",\"Next\":\"" + next + "\"" : ""));
	}

	private static List<JsonNode> bodies(String path) {
		List<JsonNode> bodies = new ArrayList<>();
		for (LoggedRequest request : wireMock.findAll(postRequestedFor(urlPathEqualTo(path)))) {
			bodies.add(GoldenFixtures.mapper().readTree(request.getBodyAsString()));
		}
		return bodies;
	}

	private static void stub(String path, String jsonPath, String value, String answer) {
		wireMock.stubFor(post(urlPathEqualTo(path)).withRequestBody(matchingJsonPath(jsonPath, equalTo(value)))
			.willReturn(okJson(answer)));
	}

	@Test
	void membersOfAnOrdinaryGroupShouldPageByOffsetUntilMemberNum() {
		stub(MEMBERS, "$.Offset", "0", memberPage(0, 100, 250, null));
		stub(MEMBERS, "$.Offset", "100", memberPage(100, 200, 250, null));
		stub(MEMBERS, "$.Offset", "200", memberPage(200, 250, 250, null));
		List<GroupMember> members = this.groups.members(GROUP).collectList().block(Duration.ofSeconds(10));
		assertThat(members).extracting(GroupMember::memberAccount)
			.containsExactlyElementsOf(IntStream.range(0, 250).mapToObj((i) -> "m" + i).toList());
		assertThat(members.get(0).muteUntil()).isEqualTo(4294967295L);
		List<JsonNode> requests = bodies(MEMBERS);
		assertThat(requests).extracting((body) -> body.get("Offset").asLong()).containsExactly(0L, 100L, 200L);
		assertThat(requests).allSatisfy((body) -> {
			assertThat(body.get("Limit").asInt()).isEqualTo(100);
			assertThat(body.has("Next")).isFalse();
		});
	}

	@Test
	void membersOfAnOrdinaryGroupShouldStopAtAnEmptyPage() {
		stub(MEMBERS, "$.Offset", "0", memberPage(0, 100, 1000, null));
		stub(MEMBERS, "$.Offset", "100", memberPage(0, 0, 1000, null));
		assertThat(this.groups.members(GROUP).count().block(Duration.ofSeconds(10))).isEqualTo(100);
		assertThat(bodies(MEMBERS)).hasSize(2);
	}

	@Test
	void membersOfACommunityShouldFollowTheStringCursorUntilItIsEmpty() {
		stub(MEMBERS, "$.Next", "", memberPage(0, 100, 150, "144115265295492787"));
		stub(MEMBERS, "$.Next", "144115265295492787", memberPage(100, 150, 150, ""));
		assertThat(this.groups.members(COMMUNITY).count().block(Duration.ofSeconds(10))).isEqualTo(150);
		List<JsonNode> requests = bodies(MEMBERS);
		assertThat(requests).extracting((body) -> body.get("Next").asString())
			.containsExactly("", "144115265295492787");
		assertThat(requests).allSatisfy((body) -> assertThat(body.has("Offset")).isFalse());
	}

	@Test
	void membersOfACommunityShouldFailWhenTheCursorDoesNotMove() {
		stub(MEMBERS, "$.Next", "", memberPage(0, 100, 300, "c1"));
		stub(MEMBERS, "$.Next", "c1", memberPage(100, 200, 300, "c1"));
		StepVerifier.create(this.groups.members(COMMUNITY))
			.expectNextCount(200)
			.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOf(IllegalStateException.class)
				.hasMessageContaining("did not move"))
			.verify(Duration.ofSeconds(10));
		assertThat(bodies(MEMBERS)).hasSize(2);
	}

	@Test
	void membersShouldReadTheNextPageOnlyWhenTheSubscriberWantsMore() {
		List<Object> calls = new ArrayList<>();
		GroupOperations groups = new DefaultGroupOperations(SynchronousOperations.answering(calls, (request) -> {
			long offset = ((GroupMembersRequest) request).offset();
			return memberPage((int) offset, (int) offset + 100, 1000, null);
		}), 4);
		StepVerifier.create(groups.members(GROUP), 0)
			.then(() -> assertThat(calls).isEmpty())
			.thenRequest(100)
			.expectNextCount(100)
			.then(() -> assertThat(calls).hasSize(1))
			.thenRequest(1)
			.assertNext((member) -> assertThat(member.memberAccount()).isEqualTo("m100"))
			.then(() -> assertThat(calls).hasSize(2))
			.thenCancel()
			.verify(Duration.ofSeconds(10));
		assertThat(calls).hasSize(2);
	}

	@Test
	void allGroupIdsShouldFollowA64BitCursorUntilZero() {
		stub(APP_GROUPS, "$.Next", "0",
				ok("\"TotalCount\":3,\"GroupIdList\":[{\"GroupId\":\"g1\"},{\"GroupId\":\"g2\"}],\"Next\":4454685361"));
		stub(APP_GROUPS, "$.Next", "4454685361",
				ok("\"TotalCount\":3,\"GroupIdList\":[{\"GroupId\":\"g3\"}],\"Next\":0"));
		assertThat(this.groups.allGroupIds().collectList().block(Duration.ofSeconds(10))).containsExactly("g1", "g2",
				"g3");
		List<JsonNode> requests = bodies(APP_GROUPS);
		assertThat(requests).extracting((body) -> body.get("Next").asLong()).containsExactly(0L, 4454685361L);
		assertThat(requests).allSatisfy((body) -> assertThat(body.get("Limit").asInt()).isEqualTo(10000));
	}

	@Test
	void allGroupIdsShouldFailWhenTheCursorDoesNotMove() {
		stub(APP_GROUPS, "$.Next", "0",
				ok("\"TotalCount\":3,\"GroupIdList\":[{\"GroupId\":\"g1\"}],\"Next\":4454685361"));
		stub(APP_GROUPS, "$.Next", "4454685361",
				ok("\"TotalCount\":3,\"GroupIdList\":[{\"GroupId\":\"g2\"}],\"Next\":4454685361"));
		StepVerifier.create(this.groups.allGroupIds(GroupType.PUBLIC))
			.expectNext("g1", "g2")
			.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOf(IllegalStateException.class)
				.hasMessageContaining("did not move"))
			.verify(Duration.ofSeconds(10));
		assertThat(bodies(APP_GROUPS))
			.allSatisfy((body) -> assertThat(body.get("GroupType").asString()).isEqualTo("Public"));
	}

	@Test
	void allGroupIdsShouldReadTheNextPageOnlyWhenTheSubscriberWantsMore() {
		List<Object> calls = new ArrayList<>();
		GroupOperations groups = new DefaultGroupOperations(SynchronousOperations.answering(calls,
				(request) -> ok("\"TotalCount\":9,\"GroupIdList\":[{\"GroupId\":\"g" + calls.size() + "\"}],\"Next\":"
						+ (3000000000L + calls.size()))),
				4);
		StepVerifier.create(groups.allGroupIds(), 0)
			.then(() -> assertThat(calls).isEmpty())
			.thenRequest(1)
			.expectNext("g1")
			.then(() -> assertThat(calls).hasSize(1))
			.thenRequest(1)
			.expectNext("g2")
			.then(() -> assertThat(((AppGroupsRequest) calls.get(1)).next()).isEqualTo(3000000001L))
			.thenCancel()
			.verify(Duration.ofSeconds(10));
		assertThat(calls).hasSize(2);
	}

	@Test
	void joinedGroupsShouldPageByOffsetUntilTheTotal() {
		List<Object> calls = new ArrayList<>();
		GroupOperations groups = new DefaultGroupOperations(SynchronousOperations.answering(calls, (request) -> {
			long offset = ((JoinedGroupsRequest) request).offset();
			int count = (offset == 0) ? 1000 : 500;
			List<String> items = IntStream.range(0, count)
				.mapToObj((i) -> "{\"GroupId\":\"g" + (offset + i) + "\"}")
				.toList();
			return ok("\"TotalCount\":1500,\"GroupIdList\":[" + String.join(",", items) + "]");
		}), 4);
		assertThat(groups.joinedGroups("leckie").count().block(Duration.ofSeconds(10))).isEqualTo(1500);
		assertThat(calls).extracting((request) -> ((JoinedGroupsRequest) request).offset()).containsExactly(0L, 1000L);
	}

	@Test
	void bannedMembersShouldFollowNextOffsetUntilZeroAndRefuseAStuckOffset() {
		String path = "/v4/group_open_http_svc/get_group_ban_member";
		stub(path, "$.Offset", "0",
				ok("\"BannedAccountList\":[{\"Member_Account\":\"a\",\"BannedUntil\":1660875916}],\"NextOffset\":1"));
		stub(path, "$.Offset", "1",
				ok("\"BannedAccountList\":[{\"Member_Account\":\"b\",\"BannedUntil\":1660875916}],\"NextOffset\":0"));
		assertThat(this.groups.bannedMembers(GROUP)
			.map(BannedMember::memberAccount)
			.collectList()
			.block(Duration.ofSeconds(10))).containsExactly("a", "b");
		wireMock.resetAll();
		stub(path, "$.Offset", "0",
				ok("\"BannedAccountList\":[{\"Member_Account\":\"a\",\"BannedUntil\":1}],\"NextOffset\":1"));
		stub(path, "$.Offset", "1",
				ok("\"BannedAccountList\":[{\"Member_Account\":\"b\",\"BannedUntil\":1}],\"NextOffset\":1"));
		StepVerifier.create(this.groups.bannedMembers(GROUP))
			.expectNextCount(2)
			.expectErrorSatisfies((ex) -> assertThat(ex).hasMessageContaining("did not move"))
			.verify(Duration.ofSeconds(10));
	}

	@Test
	void onlineMembersShouldFollowNextTimestampUntilZero() {
		String path = "/v4/group_open_avchatroom_http_svc/get_members";
		stub(path, "$.Timestamp", "0", ok(
				"\"MemberList\":[{\"Member_Account\":\"a\",\"JoinTime\":1657773110}],\"NextTimestamp\":1657773110123"));
		stub(path, "$.Timestamp", "1657773110123",
				ok("\"MemberList\":[{\"Member_Account\":\"b\",\"JoinTime\":1657773111}],\"NextTimestamp\":0"));
		assertThat(this.groups.onlineMembers(GROUP)
			.map(OnlineMember::memberAccount)
			.collectList()
			.block(Duration.ofSeconds(10))).containsExactly("a", "b");
	}

	@Test
	void addMembersShouldSplitAt300AndReportTheMembersOfAFailedCall() {
		String path = "/v4/group_open_http_svc/add_group_member";
		List<String> users = IntStream.range(0, 650).mapToObj((i) -> "u" + i).toList();
		for (int first : new int[] { 0, 300 }) {
			List<String> results = IntStream.range(first, first + 300)
				.mapToObj((i) -> "{\"Member_Account\":\"u" + i + "\",\"Result\":1}")
				.toList();
			stub(path, "$.MemberList[0].Member_Account", "u" + first,
					ok("\"MemberList\":[" + String.join(",", results) + "]"));
		}
		stub(path, "$.MemberList[0].Member_Account", "u600", fail(10014));
		MemberResultsResponse response = this.groups.addMembers(GROUP, users).block(Duration.ofSeconds(10));
		assertThat(response.results()).extracting(MemberResult::memberAccount).containsExactlyElementsOf(users);
		assertThat(response.results().subList(0, 600)).allSatisfy((result) -> assertThat(result.result()).isOne());
		assertThat(response.results().subList(600, 650)).allSatisfy((result) -> {
			assertThat(result.result()).isZero();
			assertThat(result.errorCode()).isEqualTo(10014);
		});
		assertThat(bodies(path)).extracting((body) -> body.get("MemberList").size())
			.containsExactlyInAnyOrder(300, 300, 50);
	}

	@Test
	void infoShouldSplitAt50AndKeepTheGroupsOfAFailedCall() {
		String path = "/v4/group_open_http_svc/get_group_info";
		List<String> ids = IntStream.range(0, 60).mapToObj((i) -> "g" + i).toList();
		stub(path, "$.GroupIdList[0]", "g0",
				ok("\"GroupInfo\":[" + String.join(",",
						ids.subList(0, 50)
							.stream()
							.map((id) -> "{\"GroupId\":\"" + id + "\",\"ErrorCode\":0,\"MemberNum\":3}")
							.toList())
						+ "]"));
		stub(path, "$.GroupIdList[0]", "g50", fail(10004));
		GroupInfoResponse response = this.groups.info(ids).block(Duration.ofSeconds(10));
		assertThat(response.groups()).extracting(GroupInfo::groupId).containsExactlyElementsOf(ids);
		assertThat(response.failures()).hasSize(10)
			.allSatisfy((group) -> assertThat(group.errorCode()).isEqualTo(10004));
	}

	@Test
	void deleteMembersAndMuteShouldSplitAtTheirLimits() {
		wireMock
			.stubFor(post(urlPathEqualTo("/v4/group_open_http_svc/delete_group_member")).willReturn(okJson(ok(""))));
		wireMock.stubFor(post(urlPathEqualTo("/v4/group_open_http_svc/forbid_send_msg")).willReturn(okJson(ok(""))));
		List<String> users = IntStream.range(0, 1001).mapToObj((i) -> "u" + i).toList();
		this.groups.deleteMembers(GROUP, users).block(Duration.ofSeconds(10));
		this.groups.mute(GROUP, users, Duration.ofSeconds(MuteRequest.PERMANENT)).block(Duration.ofSeconds(10));
		assertThat(bodies("/v4/group_open_http_svc/delete_group_member")).hasSize(11);
		List<JsonNode> mutes = bodies("/v4/group_open_http_svc/forbid_send_msg");
		assertThat(mutes).extracting((body) -> body.get("Members_Account").size())
			.containsExactlyInAnyOrder(500, 500, 1);
		assertThat(mutes).allSatisfy((body) -> assertThat(body.get("MuteTime").asLong()).isEqualTo(4294967295L));
	}

	@Test
	void deleteMembersShouldFailWithTheFirstErrorWhenACallFails() {
		String path = "/v4/group_open_http_svc/delete_group_member";
		wireMock.stubFor(post(urlPathEqualTo(path)).atPriority(10).willReturn(okJson(ok(""))));
		wireMock.stubFor(post(urlPathEqualTo(path)).atPriority(1)
			.withRequestBody(matchingJsonPath("$.MemberToDel_Account[0]", equalTo("u100")))
			.willReturn(okJson(fail(10004))));
		List<String> users = IntStream.range(0, 250).mapToObj((i) -> "u" + i).toList();
		StepVerifier.create(this.groups.deleteMembers(GROUP, users))
			.expectErrorSatisfies((ex) -> assertThat(ex).hasMessageContaining("10004"))
			.verify(Duration.ofSeconds(10));
		assertThat(bodies(path)).hasSize(3);
	}

	@Test
	void attributesShouldBeWrittenWithLowerCaseKeys() {
		String path = "/v4/group_open_http_svc/modify_group_attr";
		wireMock.stubFor(post(urlPathEqualTo(path)).willReturn(okJson(ok(""))));
		this.groups.modifyAttributes(GROUP, java.util.Map.of("k", "v")).block(Duration.ofSeconds(10));
		JsonNode body = bodies(path).get(0);
		assertThat(body.get("GroupAttr").get(0).get("key").asString()).isEqualTo("k");
		assertThat(body.get("GroupAttr").get(0).get("value").asString()).isEqualTo("v");
	}

}
