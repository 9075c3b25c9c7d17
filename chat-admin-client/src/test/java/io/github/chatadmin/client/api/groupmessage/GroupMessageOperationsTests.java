package io.github.chatadmin.client.api.groupmessage;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.chatadmin.client.ChatAdminResponseException;
import io.github.chatadmin.client.ChatAdminTemplate;
import io.github.chatadmin.client.GoldenFixtures;
import io.github.chatadmin.client.TestTemplates;
import io.github.chatadmin.client.api.message.MessageElement;
import io.github.chatadmin.client.api.message.ReceivedMessage;
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
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Tests of {@link DefaultGroupMessageOperations} against WireMock: the history and
 * receipt walks (following the cursor lazily, stopping at the end, refusing a cursor that
 * does not move) and the splitting of recalls, imports and notifications.
 */
class GroupMessageOperationsTests {

	private static final String GROUP = "@TGS#2C5SZEAEF";

	private static final String HISTORY = "/v4/group_open_http_svc/group_msg_get_simple";

	@RegisterExtension
	static WireMockExtension wireMock = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
		.build();

	private ChatAdminTemplate template;

	private GroupMessageOperations groupMessages;

	@BeforeEach
	void create() {
		this.template = TestTemplates.builder("http://127.0.0.1:" + wireMock.getPort()).build();
		this.groupMessages = new DefaultGroupMessageOperations(this.template, 4);
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

	private static String historyPage(int isFinished, long newest, long oldest) {
		List<String> messages = new ArrayList<>();
		for (long seq = newest; seq >= oldest; seq--) {
			messages.add("{\"From_Account\":\"user" + seq + "\",\"IsPlaceMsg\":0,\"MsgPriority\":2,\"MsgRandom\":"
					+ (4000000000L + seq) + ",\"MsgSeq\":" + seq + ",\"MsgTimeStamp\":" + (1700000000L + seq)
					+ ",\"MsgBody\":[{\"MsgType\":\"TIMTextElem\",\"MsgContent\":{\"Text\":\"m" + seq + "\"}}]}");
		}
		return ok("\"GroupId\":\"" + GROUP + "\",\"IsFinished\":" + isFinished + ",\"RspMsgList\":["
				+ String.join(",", messages) + "]");
	}

	private static void stubHistory(String reqMsgSeq, String answer) {
		if (reqMsgSeq == null) {
			wireMock.stubFor(post(urlPathEqualTo(HISTORY)).atPriority(10).willReturn(okJson(answer)));
		}
		else {
			wireMock.stubFor(post(urlPathEqualTo(HISTORY)).atPriority(1)
				.withRequestBody(matchingJsonPath("$.ReqMsgSeq", equalTo(reqMsgSeq)))
				.willReturn(okJson(answer)));
		}
	}

	private static List<JsonNode> bodies(String path) {
		List<JsonNode> bodies = new ArrayList<>();
		for (LoggedRequest request : wireMock.findAll(postRequestedFor(urlPathEqualTo(path)))) {
			bodies.add(GoldenFixtures.mapper().readTree(request.getBodyAsString()));
		}
		return bodies;
	}

	@Test
	void historyShouldWalkBackThroughEveryPageUntilSequenceOne() {
		stubHistory(null, historyPage(1, 50, 31));
		stubHistory("30", historyPage(1, 30, 11));
		stubHistory("10", historyPage(1, 10, 1));
		List<ReceivedMessage> messages = this.groupMessages.history(GROUP).collectList().block(Duration.ofSeconds(10));
		assertThat(messages).extracting(ReceivedMessage::msgSeq)
			.containsExactlyElementsOf(LongStream.iterate(50, (seq) -> seq - 1).limit(50).boxed().toList());
		assertThat(messages.get(0).msgRandom()).isEqualTo(4000000050L);
		List<JsonNode> requests = bodies(HISTORY);
		assertThat(requests).hasSize(3);
		assertThat(requests.get(0).has("ReqMsgSeq")).isFalse();
		assertThat(requests.get(0).get("ReqMsgNumber").asInt()).isEqualTo(20);
		assertThat(requests.get(0).get("GroupId").asString()).isEqualTo(GROUP);
		assertThat(requests.get(1).get("ReqMsgSeq").asLong()).isEqualTo(30);
		assertThat(requests.get(2).get("ReqMsgSeq").asLong()).isEqualTo(10);
	}

	@Test
	void historyShouldStopWhenTheVendorSaysEveryMessageOfTheRangeHasExpired() {
		stubHistory(null, historyPage(1, 50, 31));
		stubHistory("30", historyPage(2, 30, 11));
		stubHistory("10", historyPage(1, 10, 1));
		assertThat(this.groupMessages.history(GROUP).count().block(Duration.ofSeconds(10))).isEqualTo(40);
		assertThat(bodies(HISTORY)).hasSize(2);
	}

	@Test
	void historyShouldStopAtAnEmptyPage() {
		stubHistory(null, historyPage(1, 50, 31));
		stubHistory("30", ok("\"GroupId\":\"" + GROUP + "\",\"IsFinished\":1,\"RspMsgList\":[]"));
		assertThat(this.groupMessages.history(GROUP).count().block(Duration.ofSeconds(10))).isEqualTo(20);
		assertThat(bodies(HISTORY)).hasSize(2);
	}

	@Test
	void historyShouldFailWhenTheCursorDoesNotMove() {
		stubHistory(null, historyPage(1, 50, 31));
		stubHistory("30", historyPage(1, 50, 31));
		StepVerifier.create(this.groupMessages.history(GROUP))
			.expectNextCount(40)
			.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOf(IllegalStateException.class)
				.hasMessageContaining("did not move")
				.hasMessageContaining("'ReqMsgSeq' 30"))
			.verify(Duration.ofSeconds(10));
		assertThat(bodies(HISTORY)).hasSize(2);
	}

	@Test
	void historyShouldReadTheNextPageOnlyWhenTheSubscriberWantsMore() {
		List<Object> calls = new ArrayList<>();
		GroupMessageOperations groupMessages = new DefaultGroupMessageOperations(
				SynchronousOperations.answering(calls, (request) -> {
					Long seq = ((GroupHistoryRequest) request).reqMsgSeq();
					long newest = (seq != null) ? seq : 50;
					return historyPage(1, newest, Math.max(1, newest - 19));
				}), 4);
		StepVerifier.create(groupMessages.history(GROUP), 0)
			.then(() -> assertThat(calls).isEmpty())
			.thenRequest(20)
			.expectNextCount(20)
			.then(() -> assertThat(calls).as("one page read for 20 messages").hasSize(1))
			.thenRequest(1)
			.assertNext((message) -> assertThat(message.msgSeq()).isEqualTo(30L))
			.then(() -> assertThat(calls).hasSize(2))
			.thenRequest(19)
			.expectNextCount(19)
			.then(() -> assertThat(calls).hasSize(2))
			.thenCancel()
			.verify(Duration.ofSeconds(10));
		assertThat(calls).hasSize(2);
	}

	@Test
	void receiptMembersShouldReadTheNextPageOnlyWhenTheSubscriberWantsMore() {
		List<Object> calls = new ArrayList<>();
		GroupMessageOperations groupMessages = new DefaultGroupMessageOperations(SynchronousOperations.answering(calls,
				(request) -> ok("\"Cursor\":\"c" + calls.size() + "\",\"IsFinish\":0,\"MsgSeq\":7,"
						+ "\"ReadList\":[{\"Read_Account\":\"a\"},{\"Read_Account\":\"b\"}]")),
				4);
		StepVerifier.create(groupMessages.readers(GROUP, 7), 0)
			.thenRequest(2)
			.expectNext("a", "b")
			.then(() -> assertThat(calls).hasSize(1))
			.thenRequest(1)
			.expectNext("a")
			.then(() -> assertThat(calls).hasSize(2))
			.then(() -> assertThat(((ReceiptDetailRequest) calls.get(1)).cursor()).isEqualTo("c1"))
			.thenCancel()
			.verify(Duration.ofSeconds(10));
	}

	@Test
	void historyFromASequenceNumberShouldStartThere() {
		stubHistory("30", historyPage(1, 30, 11));
		stubHistory("10", historyPage(1, 10, 1));
		assertThat(this.groupMessages.history(GroupHistoryRequest.upTo(GROUP, 30, 20).withRecalled())
			.count()
			.block(Duration.ofSeconds(10))).isEqualTo(30);
		assertThat(bodies(HISTORY)).allSatisfy((body) -> assertThat(body.get("WithRecalledMsg").asInt()).isOne());
	}

	@Test
	void recallShouldSplitAtTenAndMergeInOrder() {
		String path = "/v4/group_open_http_svc/group_msg_recall";
		for (long first : new long[] { 1, 11, 21 }) {
			List<String> results = new ArrayList<>();
			for (long seq = first; seq < Math.min(first + 10, 26); seq++) {
				results.add("{\"MsgSeq\":" + seq + ",\"RetCode\":" + ((seq == 5) ? 10030 : 0) + "}");
			}
			wireMock.stubFor(post(urlPathEqualTo(path))
				.withRequestBody(matchingJsonPath("$.MsgSeqList[0].MsgSeq", equalTo(String.valueOf(first))))
				.willReturn(okJson(ok("\"RecallRetList\":[" + String.join(",", results) + "]"))));
		}
		List<Long> seqs = LongStream.rangeClosed(1, 25).boxed().toList();
		GroupRecallResponse response = this.groupMessages.recall(GROUP, seqs).block(Duration.ofSeconds(10));
		assertThat(response.results()).extracting(GroupRecallResponse.Result::msgSeq).containsExactlyElementsOf(seqs);
		assertThat(response.failures()).containsExactly(new GroupRecallResponse.Result(5, 10030));
		assertThat(bodies(path)).extracting((body) -> body.get("MsgSeqList").size())
			.containsExactlyInAnyOrder(10, 10, 5);
		assertThat(bodies(path)).allSatisfy((body) -> assertThat(body.get("GroupId").asString()).isEqualTo(GROUP));
	}

	@Test
	void recallWithinOneCallShouldKeepTheFieldsTheModelDoesNotKnow() {
		String path = "/v4/group_open_http_svc/group_msg_recall";
		wireMock.stubFor(post(urlPathEqualTo(path))
			.willReturn(okJson(ok("\"NewField\":7,\"RecallRetList\":[{\"MsgSeq\":1,\"RetCode\":0}]"))));
		GroupRecallResponse response = this.groupMessages.recall(GROUP, List.of(1L)).block(Duration.ofSeconds(10));
		assertThat(response.results()).containsExactly(new GroupRecallResponse.Result(1, 0));
		assertThat(response.extra()).containsKey("NewField");
	}

	@Test
	void recallShouldReportTheItemsOfAFailedCallWithItsCode() {
		String path = "/v4/group_open_http_svc/group_msg_recall";
		wireMock.stubFor(post(urlPathEqualTo(path)).atPriority(10)
			.willReturn(okJson(ok("\"RecallRetList\":[" + String.join(",",
					LongStream.rangeClosed(1, 10).mapToObj((seq) -> "{\"MsgSeq\":" + seq + ",\"RetCode\":0}").toList())
					+ "]"))));
		wireMock.stubFor(post(urlPathEqualTo(path)).atPriority(1)
			.withRequestBody(matchingJsonPath("$.MsgSeqList[0].MsgSeq", equalTo("11")))
			.willReturn(okJson(fail(10007))));
		GroupRecallResponse response = this.groupMessages.recall(GROUP, LongStream.rangeClosed(1, 12).boxed().toList())
			.block(Duration.ofSeconds(10));
		assertThat(response.results()).hasSize(12);
		assertThat(response.failures()).containsExactly(new GroupRecallResponse.Result(11, 10007),
				new GroupRecallResponse.Result(12, 10007));
	}

	@Test
	void importShouldSendChunksOfSevenInOrderAndStopAtTheFirstFailedCall() {
		String path = "/v4/group_open_http_svc/import_group_msg";
		List<ImportedGroupMessage> messages = IntStream.range(0, 16)
			.mapToObj((i) -> ImportedGroupMessage.text("user" + i, 1620808101L + i, "m" + i))
			.toList();
		wireMock.stubFor(post(urlPathEqualTo(path)).atPriority(10)
			.willReturn(okJson(ok("\"ImportMsgResult\":[" + String.join(",", IntStream.range(0, 7)
				.mapToObj((i) -> "{\"MsgSeq\":" + (i + 1) + ",\"MsgTime\":" + (1620808101L + i) + ",\"Result\":0}")
				.toList()) + "]"))));
		wireMock.stubFor(post(urlPathEqualTo(path)).atPriority(1)
			.withRequestBody(matchingJsonPath("$.MsgList[0].From_Account", equalTo("user7")))
			.willReturn(okJson(fail(10010))));
		ImportGroupMessagesResponse response = this.groupMessages
			.importMessages(ImportGroupMessagesRequest.of(GROUP, messages))
			.block(Duration.ofSeconds(10));
		assertThat(response.results()).hasSize(16);
		assertThat(response.results().subList(0, 7)).allSatisfy((result) -> assertThat(result.result()).isZero());
		assertThat(response.results().subList(7, 16)).allSatisfy((result) -> {
			assertThat(result.result()).isEqualTo(10010);
			assertThat(result.msgSeq()).isNull();
		});
		List<JsonNode> requests = bodies(path);
		assertThat(requests).as("the third call is not sent").hasSize(2);
		assertThat(requests.get(0).get("MsgList").size()).isEqualTo(7);
		assertThat(requests.get(0).get("MsgList").get(0).get("Random").isNumber()).isTrue();
		assertThat(requests.get(1).get("MsgList").get(0).get("From_Account").asString()).isEqualTo("user7");
	}

	@Test
	void importShouldFailWhenTheFirstCallFails() {
		String path = "/v4/group_open_http_svc/import_group_msg";
		wireMock.stubFor(post(urlPathEqualTo(path)).willReturn(okJson(fail(10007))));
		List<ImportedGroupMessage> messages = IntStream.range(0, 9)
			.mapToObj((i) -> ImportedGroupMessage.text("user" + i, 1620808101L + i, "m" + i))
			.toList();
		assertThatExceptionOfType(ChatAdminResponseException.class)
			.isThrownBy(() -> this.groupMessages.importMessages(ImportGroupMessagesRequest.of(GROUP, messages))
				.block(Duration.ofSeconds(10)))
			.satisfies((ex) -> assertThat(ex.getErrorCode()).isEqualTo(10007));
		assertThat(bodies(path)).hasSize(1);
	}

	@Test
	void systemNotificationShouldSplitAt500Members() {
		String path = "/v4/group_open_http_svc/send_group_system_notification";
		wireMock.stubFor(post(urlPathEqualTo(path)).willReturn(okJson(ok(""))));
		List<String> members = IntStream.range(0, 1001).mapToObj((i) -> "user" + i).toList();
		this.groupMessages.sendSystemNotification(SystemNotificationRequest.toMembers(GROUP, members, "hi"))
			.block(Duration.ofSeconds(10));
		assertThat(bodies(path)).extracting((body) -> body.get("ToMembers_Account").size())
			.containsExactlyInAnyOrder(500, 500, 1);
		this.groupMessages.sendSystemNotification(SystemNotificationRequest.toAll(GROUP, "hi"))
			.block(Duration.ofSeconds(10));
		assertThat(bodies(path)).hasSize(4).anySatisfy((body) -> assertThat(body.has("ToMembers_Account")).isFalse());
	}

	@Test
	void sendTextShouldWriteTheVendorsFieldsWithAFreshRandom() {
		String path = "/v4/group_open_http_svc/send_group_msg";
		wireMock.stubFor(post(urlPathEqualTo(path))
			.willReturn(okJson(ok("\"MsgTime\":1497249503,\"MsgSeq\":4294967296,\"MsgDropReason\":\"\""))));
		SendGroupMessageResponse response = this.groupMessages.sendText(GROUP, "leckie", "hello")
			.block(Duration.ofSeconds(10));
		assertThat(response.msgSeq()).isEqualTo(4294967296L);
		assertThat(response.isDropped()).isFalse();
		JsonNode body = bodies(path).get(0);
		assertThat(body.get("GroupId").asString()).isEqualTo(GROUP);
		assertThat(body.get("From_Account").asString()).isEqualTo("leckie");
		assertThat(body.get("Random").asLong()).isBetween(0L, 0xFFFF_FFFFL);
		assertThat(body.get("MsgBody").get(0).get("MsgType").asString()).isEqualTo("TIMTextElem");
		assertThat(body.has("MsgPriority")).as("absent options are left out").isFalse();
	}

	@Test
	void readersShouldFollowTheCursorUntilTheLastPage() {
		String path = "/v4/group_open_http_svc/get_group_msg_receipt_detail";
		wireMock.stubFor(post(urlPathEqualTo(path)).withRequestBody(matchingJsonPath("$.Cursor", equalTo("")))
			.willReturn(okJson(ok("\"Cursor\":\"144115213529088617\",\"IsFinish\":0,\"MsgSeq\":7,"
					+ "\"ReadList\":[{\"Read_Account\":\"a\"},{\"Read_Account\":\"b\"}]"))));
		wireMock.stubFor(post(urlPathEqualTo(path))
			.withRequestBody(matchingJsonPath("$.Cursor", equalTo("144115213529088617")))
			.willReturn(okJson(
					ok("\"Cursor\":\"0\",\"IsFinish\":1,\"MsgSeq\":7," + "\"ReadList\":[{\"Read_Account\":\"c\"}]"))));
		assertThat(this.groupMessages.readers(GROUP, 7).collectList().block(Duration.ofSeconds(10)))
			.containsExactly("a", "b", "c");
		List<JsonNode> requests = bodies(path);
		assertThat(requests).hasSize(2);
		assertThat(requests.get(0).get("Filter").asInt()).isZero();
		assertThat(requests.get(0).get("Count").asInt()).isEqualTo(200);
		assertThat(requests.get(0).get("MsgSeq").asLong()).isEqualTo(7);
	}

	@Test
	void nonReadersShouldFailWhenTheCursorDoesNotMove() {
		String path = "/v4/group_open_http_svc/get_group_msg_receipt_detail";
		wireMock.stubFor(post(urlPathEqualTo(path)).willReturn(
				okJson(ok("\"Cursor\":\"\",\"IsFinish\":0,\"MsgSeq\":7,\"UnreadList\":[{\"Unread_Account\":\"a\"}]"))));
		StepVerifier.create(this.groupMessages.nonReaders(GROUP, 7))
			.expectNext("a")
			.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOf(IllegalStateException.class)
				.hasMessageContaining("did not move"))
			.verify(Duration.ofSeconds(10));
		assertThat(bodies(path)).hasSize(1);
		assertThat(bodies(path).get(0).get("Filter").asInt()).isOne();
	}

	@Test
	void readReceiptsShouldSplitAtFifty() {
		String path = "/v4/group_open_http_svc/group_msg_receipt";
		wireMock.stubFor(post(urlPathEqualTo(path)).willReturn(okJson(ok(""))));
		this.groupMessages.sendReadReceipts(GROUP, "user1", LongStream.rangeClosed(1, 120).boxed().toList())
			.block(Duration.ofSeconds(10));
		assertThat(bodies(path)).extracting((body) -> body.get("MsgSeqList").size())
			.containsExactlyInAnyOrder(50, 50, 20);
	}

	@Test
	void historyPageShouldFailWhenThePageHasNoSequenceNumbers() {
		GroupHistoryResponse page = new GroupHistoryResponse(GROUP, 1, List.of(new ReceivedMessage("a", null, null,
				null, null, null, null, null, null, null, null, List.of(MessageElement.text("x")), null, Map.of())),
				Map.of());
		assertThatIllegalStateException().isThrownBy(() -> GroupHistoryRequest.latest(GROUP, 20).next(page))
			.withMessageContaining("'MsgSeq'");
	}

}
