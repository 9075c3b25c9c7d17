package io.github.chatadmin.client.api.community;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.chatadmin.client.ChatAdminTemplate;
import io.github.chatadmin.client.GoldenFixtures;
import io.github.chatadmin.client.TestTemplates;
import io.github.chatadmin.client.api.group.MemberResult;
import io.github.chatadmin.client.api.group.MemberResultsResponse;
import io.github.chatadmin.client.api.group.SynchronousOperations;
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
 * Tests of {@link DefaultCommunityOperations} against WireMock: the permission group and
 * permission group member walks over the string cursor {@code Next}, and the splitting of
 * destroys, topic permissions and member lists.
 */
class CommunityOperationsTests {

	private static final String COMMUNITY = "@TGS#_@TGS#cV6IHIIM62C4";

	private static final String PMG = "@PMG#_@PMG#cDR";

	private static final String MEMBER_LIST = "/v4/group_open_http_svc/get_permission_group_member_list";

	@RegisterExtension
	static WireMockExtension wireMock = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
		.build();

	private ChatAdminTemplate template;

	private CommunityOperations communities;

	@BeforeEach
	void create() {
		this.template = TestTemplates.builder("http://127.0.0.1:" + wireMock.getPort()).build();
		this.communities = new DefaultCommunityOperations(this.template, 4);
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

	private static String members(String next, String... accounts) {
		List<String> items = new ArrayList<>();
		for (String account : accounts) {
			items.add("{\"Member_Account\":\"" + account + "\"}");
		}
		return ok("\"MemberList\":[" + String.join(",", items) + "],\"Next\":\"" + next + "\"");
	}

	private static void stub(String path, String jsonPath, String value, String answer) {
		wireMock.stubFor(post(urlPathEqualTo(path)).withRequestBody(matchingJsonPath(jsonPath, equalTo(value)))
			.willReturn(okJson(answer)));
	}

	private static List<JsonNode> bodies(String path) {
		List<JsonNode> bodies = new ArrayList<>();
		for (LoggedRequest request : wireMock.findAll(postRequestedFor(urlPathEqualTo(path)))) {
			bodies.add(GoldenFixtures.mapper().readTree(request.getBodyAsString()));
		}
		return bodies;
	}

	@Test
	void permissionGroupMembersShouldFollowNextUntilItIsEmpty() {
		stub(MEMBER_LIST, "$.Next", "", members("TGSMTQ0MTE1MjM1MTUyNDI0MzY1", "a", "b"));
		stub(MEMBER_LIST, "$.Next", "TGSMTQ0MTE1MjM1MTUyNDI0MzY1", members("", "c"));
		assertThat(this.communities.permissionGroupMembers(COMMUNITY, PMG)
			.map(PermissionGroupMember::memberAccount)
			.collectList()
			.block(Duration.ofSeconds(10))).containsExactly("a", "b", "c");
		assertThat(bodies(MEMBER_LIST)).extracting((body) -> body.get("Next").asString())
			.containsExactly("", "TGSMTQ0MTE1MjM1MTUyNDI0MzY1");
		assertThat(bodies(MEMBER_LIST)).allSatisfy((body) -> {
			assertThat(body.get("Limit").asInt()).isEqualTo(50);
			assertThat(body.get("PermissionGroupId").asString()).isEqualTo(PMG);
		});
	}

	@Test
	void permissionGroupMembersShouldFailWhenTheCursorDoesNotMove() {
		stub(MEMBER_LIST, "$.Next", "", members("n1", "a"));
		stub(MEMBER_LIST, "$.Next", "n1", members("n1", "b"));
		StepVerifier.create(this.communities.permissionGroupMembers(COMMUNITY, PMG))
			.expectNextCount(2)
			.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOf(IllegalStateException.class)
				.hasMessageContaining("did not move"))
			.verify(Duration.ofSeconds(10));
	}

	@Test
	void permissionGroupsShouldReadTheNextPageOnlyWhenTheSubscriberWantsMore() {
		List<Object> calls = new ArrayList<>();
		CommunityOperations communities = new DefaultCommunityOperations(SynchronousOperations.answering(calls,
				(request) -> ok("\"PermissionGroupInfoList\":[{\"PermissionGroupId\":\"@PMG#_p" + calls.size()
						+ "\",\"Permission\":123}],\"Next\":\"n" + calls.size() + "\"")),
				4);
		StepVerifier.create(communities.permissionGroups(COMMUNITY), 0)
			.then(() -> assertThat(calls).isEmpty())
			.thenRequest(1)
			.assertNext((group) -> assertThat(group.permissionGroupId()).isEqualTo("@PMG#_p1"))
			.then(() -> assertThat(calls).hasSize(1))
			.thenRequest(1)
			.assertNext((group) -> assertThat(group.permission()).isEqualTo(123L))
			.then(() -> assertThat(((GetPermissionGroupsRequest) calls.get(1)).next()).isEqualTo("n1"))
			.thenCancel()
			.verify(Duration.ofSeconds(10));
		assertThat(calls).hasSize(2);
		assertThat(((GetPermissionGroupsRequest) calls.get(0)).limit()).isEqualTo(20);
	}

	@Test
	void addPermissionGroupMembersShouldSplitAt100AndReportAFailedCall() {
		String path = "/v4/group_open_http_svc/add_permission_group_member";
		List<String> users = IntStream.range(0, 150).mapToObj((i) -> "u" + i).toList();
		stub(path, "$.MemberList[0].Member_Account", "u0", ok("\"MemberList\":[" + String.join(",",
				users.subList(0, 100).stream().map((u) -> "{\"Member_Account\":\"" + u + "\",\"Result\":0}").toList())
				+ "]"));
		stub(path, "$.MemberList[0].Member_Account", "u100", fail(10004));
		MemberResultsResponse response = this.communities.addPermissionGroupMembers(COMMUNITY, PMG, users)
			.block(Duration.ofSeconds(10));
		assertThat(response.results()).extracting(MemberResult::memberAccount).containsExactlyElementsOf(users);
		assertThat(response.results().subList(100, 150))
			.allSatisfy((result) -> assertThat(result.errorCode()).isEqualTo(10004));
		assertThat(response.results().subList(0, 100)).allSatisfy((result) -> assertThat(result.errorCode()).isNull());
	}

	@Test
	void destroyPermissionGroupsAndTopicPermissionsShouldSplitAtTheirLimits() {
		wireMock.stubFor(post(urlPathEqualTo("/v4/group_open_http_svc/destroy_permission_group"))
			.willReturn(okJson(ok("\"PermissionGroupResultList\":[]"))));
		wireMock.stubFor(post(urlPathEqualTo("/v4/group_open_http_svc/add_topic_permission_group"))
			.willReturn(okJson(ok("\"TopicPermissionResultList\":[]"))));
		this.communities
			.destroyPermissionGroups(COMMUNITY, IntStream.range(0, 45).mapToObj((i) -> "@PMG#_p" + i).toList())
			.block(Duration.ofSeconds(10));
		this.communities.addTopicPermissions(new TopicPermissionsRequest(COMMUNITY, PMG,
				IntStream.range(0, 101).mapToObj((i) -> new TopicPermission(COMMUNITY + "@TOPIC#_t" + i, i)).toList()))
			.block(Duration.ofSeconds(10));
		assertThat(bodies("/v4/group_open_http_svc/destroy_permission_group"))
			.extracting((body) -> body.get("PermissionGroupIdList").size())
			.containsExactlyInAnyOrder(20, 20, 5);
		assertThat(bodies("/v4/group_open_http_svc/add_topic_permission_group"))
			.extracting((body) -> body.get("TopicPermissionList").size())
			.containsExactlyInAnyOrder(50, 50, 1);
	}

	@Test
	void destroyTopicsShouldReportPerTopicFailures() {
		wireMock.stubFor(post(urlPathEqualTo("/v4/million_group_open_http_svc/destroy_topic"))
			.willReturn(okJson(ok("\"DestroyResultItem\":[{\"ErrorCode\":0,\"TopicId\":\"t1\"},"
					+ "{\"ErrorCode\":110003,\"ErrorInfo\":\"deleted\",\"TopicId\":\"t2\"}]"))));
		DestroyTopicsResponse response = this.communities
			.destroyTopics(COMMUNITY, List.of(COMMUNITY + "@TOPIC#_a", COMMUNITY + "@TOPIC#_b"))
			.block(Duration.ofSeconds(10));
		assertThat(response.failures()).extracting(TopicResult::topicId).containsExactly("t2");
	}

}
