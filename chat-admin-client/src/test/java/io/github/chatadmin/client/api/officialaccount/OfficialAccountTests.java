package io.github.chatadmin.client.api.officialaccount;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.chatadmin.client.ChatAdminTemplate;
import io.github.chatadmin.client.ChatCommand;
import io.github.chatadmin.client.ChatResponse;
import io.github.chatadmin.client.GoldenFixtures;
import io.github.chatadmin.client.TestTemplates;
import io.github.chatadmin.client.api.message.MessageElement;
import io.github.chatadmin.client.api.message.OfflinePushInfo;
import io.github.chatadmin.client.api.message.ReceivedMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import reactor.test.StepVerifier;

import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Golden fixtures, checks, walks and splits of the official-account commands.
 */
class OfficialAccountTests {

	private static final GoldenFixtures fixtures = GoldenFixtures.of(OfficialAccountTests.class);

	private static final String OA = "@TOA#_test_for_penn";

	private static final String OK = "{\"ActionStatus\":\"OK\",\"ErrorCode\":0";

	@RegisterExtension
	static WireMockExtension wireMock = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
		.build();

	private ChatAdminTemplate template;

	private OfficialAccountOperations accounts;

	@BeforeEach
	void create() {
		this.template = TestTemplates.builder("http://127.0.0.1:" + wireMock.getPort()).build();
		this.accounts = new DefaultOfficialAccountOperations(this.template, 4);
	}

	@AfterEach
	void close() {
		this.template.close();
	}

	@Test
	void accountFixtures() {
		fixtures.assertWrittenAs(CreateOfficialAccountRequest.builder("107867", "test_official_account")
			.id("@TOA#_test_id")
			.profile(new OfficialAccountProfile("This is test Introduction", "http://this.is.face.url", 1000L,
					"test_organization", "test_custom_string"))
			.build(), "create_official_account.request.json");
		assertThat(fixtures.read("create_official_account.response.json", CreateOfficialAccountResponse.class)
			.officialAccountUserId()).isEqualTo("@TOA#_test_id");
		fixtures.assertWrittenAs(new OfficialAccountRequest("@TOA#_test_id"), "destroy_official_account.request.json");
		assertThat(fixtures.read("destroy_official_account.response.json", ChatResponse.class).errorCode()).isZero();
		fixtures.assertWrittenAs(
				ModifyOfficialAccountRequest.of("@TOA#_@TOA#dOEF", "test_modify_official_account",
						new OfficialAccountProfile("This is modify test Introduction", "http://this.is.face.url", 1000L,
								"modify_organization", "modify_custom_string")),
				"modify_official_account_base_info.request.json");
		fixtures.assertWrittenAs(
				OfficialAccountInfoRequest.of(List.of(OA, "@TOA#_@TOA#dZDP"),
						new ResponseFilter(ResponseFilter.ALL_BASE_INFO, null)),
				"get_official_account_info.request.json");
		fixtures.assertWrittenAs(
				new SubscribedAccountsRequest("107867", 200L, 0L,
						new ResponseFilter(ResponseFilter.ALL_BASE_INFO, List.of("SubscribeTime", "CustomString"))),
				"get_subscribed_official_account_list.request.json");
	}

	@Test
	void messageFixtures() {
		fixtures.assertWrittenAs(SendOfficialAccountMessageRequest.builder("@TOA#_2C5SZEAEF")
			.random(9875)
			.body(MessageElement.text("red packet"), MessageElement.face(6, "abc\\u0000\\u0001"))
			.cloudCustomData("your cloud custom data")
			.offlinePushInfo(OfflinePushInfo.builder()
				.pushFlag(0)
				.desc("Offline Push Content")
				.ext("This is the transmitted content")
				.androidInfo(new OfflinePushInfo.AndroidInfo("android.mp3", null, null, Map.of()))
				.apnsInfo(new OfflinePushInfo.ApnsInfo("apns.mp3", 1, "apns title", "apns subtitle", "www.image.com",
						null, Map.of()))
				.build())
			.build(), "send_official_account_msg.request.json");
		fixtures.assertWrittenAs(new OfficialAccountRecallRequest("@TOA#_2J4SZEAEL",
				List.of("71_1_1698741698", "72_1_1698741698"), "Revocation Reason"),
				"official_account_msg_recall.request.json");
		assertThat(fixtures.read("official_account_msg_recall.response.json", OfficialAccountRecallResponse.class)
			.results()).containsExactly(new OfficialAccountRecallResponse.Result("71_1_1698741698", 10030),
					new OfficialAccountRecallResponse.Result("72_1_1698741699", 0));
		fixtures.assertWrittenAs(OfficialAccountHistoryRequest.latest("@TOA#_15ERQPAER", 2),
				"official_account_msg_get_simple.request.json");
		fixtures.assertWrittenAs(new OfficialAccountHistoryRequest("@TOA#_15ERQPAER", "71_1_1698741698", 2L, null),
				"official_account_msg_get_simple.request-2.json");
		OfficialAccountHistoryResponse history = fixtures.read("official_account_msg_get_simple.response.json",
				OfficialAccountHistoryResponse.class);
		assertThat(history.isFinished()).isTrue();
		assertThat(history.lastMsgKey()).isEqualTo("71_1_1698741698");
		ReceivedMessage message = history.messages().get(0);
		assertThat(message.fromAccount()).isEqualTo("144115197276518801");
		assertThat(message.msgSeq()).isEqualTo(71L);
		assertThat(message.msgTimeStamp()).isEqualTo(1698741698L);
		assertThat(message.msgBody()).hasSize(2);
	}

	@Test
	void subscriberFixtures() {
		fixtures.assertWrittenAs(new SubscriberPageRequest(OA, 50L, ""), "get_subscriber_info.request.json");
		SubscriberPage page = fixtures.read("get_subscriber_info.response.json", SubscriberPage.class);
		assertThat(page.next()).isEqualTo("TGSOTk=");
		assertThat(page.subscriberNum()).isEqualTo(780031L);
		assertThat(page.subscribers().get(0).subscribeTime()).isEqualTo(1698821747L);
		assertThat(page.subscribers().get(0).msgFlag()).isEqualTo("AcceptAndNotify");
		fixtures.assertWrittenAs(AddSubscribersRequest.of("@TOA#_@TOA#dOEF", List.of("107867", "966582476")),
				"add_subscriber.request.json");
		assertThat(fixtures.read("add_subscriber.response.json", SubscriberResultsResponse.class).results())
			.containsExactly(new SubscriberResultsResponse.Result("107867", 2),
					new SubscriberResultsResponse.Result("966582476", 1));
		fixtures.assertWrittenAs(new DeleteSubscribersRequest("@TOA#_@TOA#dOEF", List.of("107867", "966582476")),
				"delete_subscriber.request.json");
		assertThat(fixtures.read("delete_subscriber.response.json", SubscriberResultsResponse.class).results())
			.extracting(SubscriberResultsResponse.Result::result)
			.containsExactly(1, 1);
	}

	@Test
	void subscribersShouldFollowNextLazilyUntilItIsEmpty() {
		String path = "/v4/official_account_open_http_svc/get_subscriber_info";
		wireMock.stubFor(post(urlPathEqualTo(path)).withRequestBody(matchingJsonPath("$.Next", equalTo("")))
			.willReturn(okJson(OK + ",\"Next\":\"c1\",\"SubscriberList\":[{\"Subscriber_Account\":\"a\"}]}")));
		wireMock.stubFor(post(urlPathEqualTo(path)).withRequestBody(matchingJsonPath("$.Next", equalTo("c1")))
			.willReturn(okJson(OK + ",\"Next\":\"\",\"SubscriberList\":[{\"Subscriber_Account\":\"b\"}]}")));
		StepVerifier.create(this.accounts.subscribers(OA).map(Subscriber::subscriberAccount), 1)
			.expectNext("a")
			.then(() -> wireMock.verify(1, postRequestedFor(urlPathEqualTo(path))))
			.thenRequest(5)
			.expectNext("b")
			.expectComplete()
			.verify(Duration.ofSeconds(10));
	}

	@Test
	void historyShouldFollowLastMsgKeyUntilFinished() {
		String path = "/v4/official_account_open_http_svc/official_account_msg_get_simple";
		wireMock.stubFor(post(urlPathEqualTo(path)).withRequestBody(matchingJsonPath("$.LastMsgKey", equalTo("9_1_9")))
			.willReturn(okJson(OK + ",\"IsFinished\":1,\"LastMsgKey\":\"8_1_8\",\"RspMsgList\":[{\"MsgSeq\":8}]}")));
		wireMock.stubFor(post(urlPathEqualTo(path)).atPriority(10)
			.willReturn(okJson(OK + ",\"IsFinished\":0,\"LastMsgKey\":\"9_1_9\",\"RspMsgList\":[{\"MsgSeq\":10},"
					+ "{\"MsgSeq\":9}]}")));
		StepVerifier
			.create(this.accounts.history(OfficialAccountHistoryRequest.latest(OA, 2)).map(ReceivedMessage::msgSeq))
			.expectNext(10L, 9L, 8L)
			.expectComplete()
			.verify(Duration.ofSeconds(10));
		wireMock.verify(2, postRequestedFor(urlPathEqualTo(path)));
	}

	@Test
	void addSubscribersShouldBeSplitAt100AndRecallAt10() {
		String add = "/v4/official_account_open_http_svc/add_subscriber";
		wireMock.stubFor(post(urlPathEqualTo(add)).willReturn(okJson(OK + "}")));
		this.accounts.addSubscribers(OA, IntStream.range(0, 250).mapToObj((i) -> "u" + i).toList())
			.block(Duration.ofSeconds(10));
		wireMock.verify(3, postRequestedFor(urlPathEqualTo(add)));
		String recall = "/v4/official_account_open_http_svc/official_account_msg_recall";
		wireMock
			.stubFor(post(urlPathEqualTo(recall)).withRequestBody(matchingJsonPath("$.MsgKeyList[0]", equalTo("k10")))
				.willReturn(okJson("{\"ActionStatus\":\"FAIL\",\"ErrorCode\":10004,\"ErrorInfo\":\"x\"}")));
		wireMock.stubFor(post(urlPathEqualTo(recall)).atPriority(10)
			.willReturn(okJson(OK + ",\"RecallRetList\":[{\"MsgKey\":\"k0\",\"RetCode\":0}]}")));
		OfficialAccountRecallResponse response = this.accounts
			.recall(new OfficialAccountRecallRequest(OA, IntStream.range(0, 12).mapToObj((i) -> "k" + i).toList(),
					null))
			.block(Duration.ofSeconds(10));
		assertThat(response.results()).containsExactly(new OfficialAccountRecallResponse.Result("k0", 0),
				new OfficialAccountRecallResponse.Result("k10", 10004),
				new OfficialAccountRecallResponse.Result("k11", 10004));
		wireMock.verify(2, postRequestedFor(urlPathEqualTo(recall)));
	}

	static Stream<Arguments> badRequests() {
		List<String> eleven = IntStream.range(0, 11).mapToObj((i) -> "k" + i).toList();
		return Stream.of(Arguments.of(OfficialAccountCommands.CREATE,
				CreateOfficialAccountRequest.builder("owner", "n").id("bad").build(), "'OfficialAccountUserID'"),
				Arguments.of(OfficialAccountCommands.CREATE,
						CreateOfficialAccountRequest.builder("owner", "n".repeat(151)).build(), "'Name'"),
				Arguments.of(OfficialAccountCommands.DESTROY, new OfficialAccountRequest("x"), "'Official_Account'"),
				Arguments.of(OfficialAccountCommands.MODIFY,
						ModifyOfficialAccountRequest.of(OA, null,
								new OfficialAccountProfile("i".repeat(401), null, null, null, null)),
						"'Introduction'"),
				Arguments.of(OfficialAccountCommands.SEND, SendOfficialAccountMessageRequest.builder(OA).build(),
						"'MsgBody'"),
				Arguments.of(OfficialAccountCommands.SEND,
						SendOfficialAccountMessageRequest.builder(OA).text("x").random(-1).build(), "'Random'"),
				Arguments.of(OfficialAccountCommands.GET_INFO,
						OfficialAccountInfoRequest.of(IntStream.range(0, 51).mapToObj((i) -> OA + i).toList(), null),
						"at most 50"),
				Arguments.of(OfficialAccountCommands.GET_SUBSCRIBERS, new SubscriberPageRequest(OA, 201L, ""),
						"'Limit'"),
				Arguments.of(OfficialAccountCommands.RECALL, new OfficialAccountRecallRequest(OA, eleven, null),
						"at most 10"),
				Arguments.of(OfficialAccountCommands.RECALL,
						new OfficialAccountRecallRequest(OA, List.of("k"), "r".repeat(101)), "'Reason'"),
				Arguments.of(OfficialAccountCommands.HISTORY, OfficialAccountHistoryRequest.latest(OA, 0),
						"'ReqMsgNumber'"),
				Arguments.of(OfficialAccountCommands.ADD_SUBSCRIBERS, AddSubscribersRequest.of(OA, List.of("")),
						"'SubscriberList[0].Subscriber_Account'"),
				Arguments.of(OfficialAccountCommands.DELETE_SUBSCRIBERS, new DeleteSubscribersRequest(OA, List.of()),
						"'SubscriberToDel_Account'"),
				Arguments.of(OfficialAccountCommands.MODIFY_SUBSCRIBER, new ModifySubscriberRequest(OA, "", null),
						"'Subscriber_Account'"),
				Arguments.of(OfficialAccountCommands.GET_SUBSCRIBED, new SubscribedAccountsRequest("u", 201L, 0L, null),
						"'Limit'"));
	}

	@ParameterizedTest(name = "{0}: {2}")
	@MethodSource("badRequests")
	<Q> void executeShouldRefuseBadInputBeforeSending(ChatCommand<Q, ?> command, Q request, String message) {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.template.execute(command, request).block(Duration.ofSeconds(10)))
			.withMessageContaining(message);
		wireMock.verify(0, postRequestedFor(anyUrl()));
	}

}
