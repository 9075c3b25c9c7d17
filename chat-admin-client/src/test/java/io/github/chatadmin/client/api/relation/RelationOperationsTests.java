package io.github.chatadmin.client.api.relation;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.chatadmin.client.ChatAdminTemplate;
import io.github.chatadmin.client.TestTemplates;
import io.github.chatadmin.client.api.WireMockCalls;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.test.StepVerifier;
import tools.jackson.databind.JsonNode;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests of {@link DefaultRelationOperations} against WireMock: the friend, blocklist and
 * follow walks (lazy, stopping at the vendor's end marker, refusing a cursor that does
 * not move) and the splitting of user lists.
 */
class RelationOperationsTests {

	private static final String FRIEND_GET = "/v4/sns/friend_get";

	private static final String BLACK_LIST_GET = "/v4/sns/black_list_get";

	private static final String FOLLOW_GET = "/v4/follow/follow_get";

	@RegisterExtension
	static WireMockExtension wireMock = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
		.build();

	private ChatAdminTemplate template;

	private RelationOperations relations;

	@BeforeEach
	void create() {
		this.template = TestTemplates.builder("http://127.0.0.1:" + wireMock.getPort()).build();
		this.relations = new DefaultRelationOperations(this.template, 2);
	}

	@AfterEach
	void close() {
		this.template.close();
	}

	private static String friendPage(int from, int to, int complete, long next) {
		return WireMockCalls.ok("\"UserDataItem\":[" + IntStream.range(from, to)
			.mapToObj((i) -> "{\"To_Account\":\"f" + i + "\",\"ValueItem\":[{\"Tag\":\"Tag_SNS_IM_AddTime\",\"Value\":"
					+ (1563867420L + i) + "}]}")
			.collect(Collectors.joining(",")) + "],\"StandardSequence\":88,\"CustomSequence\":46,\"FriendNum\":" + to
				+ ",\"CompleteFlag\":" + complete + ",\"NextStartIndex\":" + next);
	}

	private static void stub(String path, String field, String value, String answer) {
		wireMock.stubFor(post(urlPathEqualTo(path)).withRequestBody(matchingJsonPath("$." + field, equalTo(value)))
			.willReturn(okJson(answer)));
	}

	@Test
	void friendsShouldFollowNextStartIndexUntilCompleteFlag() {
		stub(FRIEND_GET, "StartIndex", "0", friendPage(0, 3, 0, 3));
		stub(FRIEND_GET, "StartIndex", "3", friendPage(3, 6, 0, 6));
		stub(FRIEND_GET, "StartIndex", "6", friendPage(6, 7, 1, 0));
		List<GetFriendsResponse.Friend> friends = this.relations.friends("id")
			.collectList()
			.block(Duration.ofSeconds(10));
		assertThat(friends).extracting(GetFriendsResponse.Friend::toAccount)
			.containsExactly("f0", "f1", "f2", "f3", "f4", "f5", "f6");
		assertThat(friends.get(6).fields().addTime()).isEqualTo(1563867426L);
		List<JsonNode> bodies = WireMockCalls.bodies(wireMock, FRIEND_GET);
		assertThat(bodies).extracting((body) -> body.get("StartIndex").asLong()).containsExactly(0L, 3L, 6L);
		assertThat(bodies.get(1).get("From_Account").asString()).isEqualTo("id");
	}

	@Test
	void friendsShouldReadAPageOnlyOnDemand() {
		stub(FRIEND_GET, "StartIndex", "0", friendPage(0, 3, 0, 3));
		stub(FRIEND_GET, "StartIndex", "3", friendPage(3, 6, 1, 0));
		StepVerifier.create(this.relations.friends("id"), 0)
			.thenRequest(2)
			.expectNextCount(2)
			.then(() -> assertThat(WireMockCalls.bodies(wireMock, FRIEND_GET)).hasSize(1))
			.thenCancel()
			.verify(Duration.ofSeconds(10));
	}

	@Test
	void friendsShouldFailOnACursorThatDoesNotMove() {
		stub(FRIEND_GET, "StartIndex", "0", friendPage(0, 3, 0, 3));
		stub(FRIEND_GET, "StartIndex", "3", friendPage(3, 6, 0, 3));
		StepVerifier.create(this.relations.friends("id"))
			.expectNextCount(6)
			.expectError(IllegalStateException.class)
			.verify(Duration.ofSeconds(10));
		assertThat(WireMockCalls.bodies(wireMock, FRIEND_GET)).hasSize(2);
	}

	private static String blockPage(int from, int to, long next) {
		return WireMockCalls.ok(
				"\"BlackListItem\":["
						+ IntStream.range(from, to)
							.mapToObj((i) -> "{\"To_Account\":\"b" + i + "\",\"AddBlackTimeStamp\":" + (1430000000L + i)
									+ "}")
							.collect(Collectors.joining(","))
						+ "],\"StartIndex\":" + next + ",\"CurruentSequence\":13");
	}

	@Test
	void blocklistShouldFollowTheAnswersStartIndexUntilZero() {
		stub(BLACK_LIST_GET, "StartIndex", "0", blockPage(0, 2, 2));
		stub(BLACK_LIST_GET, "StartIndex", "2", blockPage(2, 4, 4));
		stub(BLACK_LIST_GET, "StartIndex", "4", blockPage(4, 5, 0));
		List<GetBlocklistResponse.BlockedUser> blocked = this.relations.blocklist(GetBlocklistRequest.first("id", 2))
			.collectList()
			.block(Duration.ofSeconds(10));
		assertThat(blocked).extracting(GetBlocklistResponse.BlockedUser::toAccount)
			.containsExactly("b0", "b1", "b2", "b3", "b4");
		assertThat(blocked.get(4).addBlackTimeStamp()).isEqualTo(1430000004L);
		List<JsonNode> bodies = WireMockCalls.bodies(wireMock, BLACK_LIST_GET);
		assertThat(bodies).extracting((body) -> body.get("StartIndex").asLong()).containsExactly(0L, 2L, 4L);
		assertThat(bodies).allSatisfy((body) -> {
			assertThat(body.get("MaxLimited").asInt()).isEqualTo(2);
			assertThat(body.get("LastSequence").asLong()).isZero();
		});
	}

	@Test
	void blocklistShouldFailOnACursorThatDoesNotMove() {
		stub(BLACK_LIST_GET, "StartIndex", "0", blockPage(0, 2, 2));
		stub(BLACK_LIST_GET, "StartIndex", "2", blockPage(2, 4, 2));
		StepVerifier.create(this.relations.blocklist("id"))
			.expectNextCount(4)
			.expectError(IllegalStateException.class)
			.verify(Duration.ofSeconds(10));
	}

	@Test
	void followsShouldFollowNextCursorUntilEmpty() {
		stub(FOLLOW_GET, "StartCursor", "", WireMockCalls
			.ok("\"FollowItem\":[{\"To_Account\":\"a\",\"FollowTime\":1702262118}],\"NextCursor\":\"c1\""));
		stub(FOLLOW_GET, "StartCursor", "c1",
				WireMockCalls
					.ok("\"FollowItem\":[{\"To_Account\":\"b\",\"FollowTime\":1702262119,\"ProfileSequence\":5}],"
							+ "\"NextCursor\":\"\""));
		List<GetFollowsResponse.FollowedUser> users = this.relations.follows("id", FollowListType.FOLLOWING)
			.collectList()
			.block(Duration.ofSeconds(10));
		assertThat(users).extracting(GetFollowsResponse.FollowedUser::toAccount).containsExactly("a", "b");
		assertThat(users.get(1).profileSequence()).isEqualTo(5L);
		List<JsonNode> bodies = WireMockCalls.bodies(wireMock, FOLLOW_GET);
		assertThat(bodies).extracting((body) -> body.get("FollowType").asInt()).containsExactly(2, 2);
		assertThat(bodies.get(0).get("WantNum").asInt()).isEqualTo(100);
	}

	private static String results(String path, int from, int to, int code) {
		return WireMockCalls.ok("\"ResultItem\":[" + IntStream.range(from, to)
			.mapToObj((i) -> "{\"To_Account\":\"u" + i + "\",\"ResultCode\":" + code + ",\"ResultInfo\":\"\"}")
			.collect(Collectors.joining(",")) + "]");
	}

	@Test
	void blockShouldSplitAt1000AndReportAFailedCallsUsersAsFailures() {
		String path = "/v4/sns/black_list_add";
		wireMock.stubFor(post(urlPathEqualTo(path)).withRequestBody(containing("\"u0\""))
			.willReturn(okJson(results(path, 0, 1000, 0))));
		wireMock.stubFor(post(urlPathEqualTo(path)).withRequestBody(containing("\"u1000\""))
			.willReturn(okJson(WireMockCalls.fail(30006))));
		wireMock.stubFor(post(urlPathEqualTo(path)).withRequestBody(containing("\"u2000\""))
			.willReturn(okJson(results(path, 2000, 2100, 30001))));
		List<String> users = IntStream.range(0, 2100).mapToObj((i) -> "u" + i).toList();
		RelationResultsResponse response = this.relations.block("id", users).block(Duration.ofSeconds(10));
		assertThat(response.results()).extracting(RelationResult::toAccount).containsExactlyElementsOf(users);
		assertThat(response.failures()).hasSize(1100);
		assertThat(response.results().get(1500).code()).isEqualTo(FriendResultCode.INTERNAL_ERROR);
		assertThat(response.results().get(2050).code()).isEqualTo(FriendResultCode.BAD_PARAMETER);
		assertThat(response.failAccount()).hasSize(1100).startsWith("u1000");
		assertThat(WireMockCalls.bodies(wireMock, path)).extracting((body) -> body.get("To_Account").size())
			.containsExactlyInAnyOrder(1000, 1000, 100);
	}

	@Test
	void followShouldSplitAt20WithFollowItems() {
		String path = "/v4/follow/follow_add";
		wireMock.stubFor(post(urlPathEqualTo(path)).withRequestBody(containing("\"u0\""))
			.willReturn(okJson(results(path, 0, 20, 0))));
		wireMock.stubFor(post(urlPathEqualTo(path)).withRequestBody(containing("\"u20\""))
			.willReturn(okJson(results(path, 20, 25, 0))));
		List<String> users = IntStream.range(0, 25).mapToObj((i) -> "u" + i).toList();
		RelationResultsResponse response = this.relations.follow("id", users).block(Duration.ofSeconds(10));
		assertThat(response.results()).extracting(RelationResult::toAccount).containsExactlyElementsOf(users);
		assertThat(response.failAccount()).isNull();
		List<JsonNode> bodies = WireMockCalls.bodies(wireMock, path);
		assertThat(bodies).extracting((body) -> body.get("FollowItem").size()).containsExactlyInAnyOrder(20, 5);
	}

	@Test
	void checkShouldSplitAt1000AndKeepTheRelations() {
		String path = "/v4/sns/friend_check";
		wireMock.stubFor(post(urlPathEqualTo(path)).willReturn(okJson(WireMockCalls
			.ok("\"InfoItem\":[{\"To_Account\":\"x\",\"Relation\":\"CheckResult_Type_BothWay\",\"ResultCode\":0}]"))));
		List<String> users = IntStream.range(0, 1001).mapToObj((i) -> "u" + i).toList();
		CheckFriendsResponse response = this.relations.check("id", users, CheckType.BOTH).block(Duration.ofSeconds(10));
		assertThat(response.results()).hasSize(2)
			.allSatisfy((check) -> assertThat(check.relationType()).isEqualTo(FriendRelation.BOTH_WAY));
		assertThat(WireMockCalls.bodies(wireMock, path))
			.allSatisfy((body) -> assertThat(body.get("CheckType").asString()).isEqualTo("CheckResult_Type_Both"));
	}

}
