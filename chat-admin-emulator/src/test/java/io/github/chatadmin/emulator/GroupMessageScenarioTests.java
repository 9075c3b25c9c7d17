package io.github.chatadmin.emulator;

import java.math.BigInteger;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import io.github.chatadmin.client.ChatAdminResponseException;
import io.github.chatadmin.client.ChatAdminTemplate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Stateful round trips of the group message commands against the emulator, through the
 * client's untyped {@code execute(service, command, body)}: write, then read back.
 */
class GroupMessageScenarioTests {

	private static final String GROUPS = "group_open_http_svc";

	private final MutableClock clock = new MutableClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));

	private ChatAdminEmulator emulator;

	private ChatAdminTemplate chat;

	private String groupId;

	@BeforeEach
	void start() {
		this.emulator = ChatAdminEmulator.builder().clock(this.clock).build().start();
		this.chat = EmulatorTemplates.templateFor(this.emulator);
		call("im_open_login_svc", "multiaccount_import", Map.of("Accounts", List.of("alice", "bob", "carol", "dave")));
		this.groupId = createGroup("Public", "team");
	}

	@AfterEach
	void stop() {
		this.chat.close();
		this.emulator.close();
	}

	private JsonNode call(String service, String command, Map<String, ?> body) {
		return this.chat.execute(service, command, body).block();
	}

	private JsonNode group(String command, Map<String, ?> body) {
		return call(GROUPS, command, body);
	}

	private int errorCode(String service, String command, Map<String, ?> body) {
		ChatAdminResponseException failure = null;
		try {
			call(service, command, body);
		}
		catch (ChatAdminResponseException ex) {
			failure = ex;
		}
		assertThat(failure).as("%s/%s %s fails", service, command, body).isNotNull();
		return failure.getErrorCode();
	}

	private String createGroup(String type, String name) {
		List<Map<String, String>> members = List.of(Map.of("Member_Account", "bob"), Map.of("Member_Account", "carol"),
				Map.of("Member_Account", "dave"));
		Map<String, Object> body = new HashMap<>(Map.of("Owner_Account", "alice", "Type", type, "Name", name));
		if (!type.equals("AVChatRoom")) {
			body.put("MemberList", members);
		}
		return group("create_group", body).get("GroupId").asString();
	}

	private static List<Map<String, Object>> text(String text) {
		return List.of(Map.of("MsgType", "TIMTextElem", "MsgContent", Map.of("Text", text)));
	}

	private static long randomOf(String text) {
		return Integer.toUnsignedLong(text.hashCode());
	}

	private long send(String from, String text) {
		return send(
				Map.of("GroupId", this.groupId, "From_Account", from, "Random", randomOf(text), "MsgBody", text(text)));
	}

	private long send(Map<String, ?> body) {
		return group("send_group_msg", body).get("MsgSeq").asLong();
	}

	private JsonNode page(Map<String, ?> request) {
		Map<String, Object> body = new HashMap<>(request);
		body.putIfAbsent("GroupId", this.groupId);
		body.putIfAbsent("ReqMsgNumber", 20);
		return group("group_msg_get_simple", body);
	}

	private List<Long> seqs(JsonNode page) {
		List<Long> seqs = new ArrayList<>();
		page.get("RspMsgList").forEach((message) -> seqs.add(message.get("MsgSeq").asLong()));
		return seqs;
	}

	private List<String> texts(JsonNode page) {
		List<String> texts = new ArrayList<>();
		page.get("RspMsgList").forEach((message) -> texts.add(message.at("/MsgBody/0/MsgContent/Text").asString()));
		return texts;
	}

	private long nextMsgSeq(String groupId) {
		return group("get_group_info", Map.of("GroupIdList", List.of(groupId))).at("/GroupInfo/0/NextMsgSeq").asLong();
	}

	@Test
	void sentMessagesShouldComeBackInTheHistoryNewestFirstWithTheirValues() {
		long first = send(Map.of("GroupId", this.groupId, "From_Account", "bob", "Random", 4294967295L, "MsgPriority",
				"High", "MsgBody", text("hi"), "CloudCustomData", "tag"));
		long second = send(Map.of("GroupId", this.groupId, "Random", 7, "MsgBody", text("from the admin")));
		assertThat(List.of(first, second)).containsExactly(1L, 2L);
		JsonNode page = page(Map.of());
		assertThat(page.get("GroupId").asString()).isEqualTo(this.groupId);
		assertThat(page.get("IsFinished").asInt()).isOne();
		assertThat(seqs(page)).containsExactly(2L, 1L);
		JsonNode admin = page.at("/RspMsgList/0");
		assertThat(admin.get("From_Account").asString()).isEqualTo("administrator");
		assertThat(admin.get("MsgPriority").asInt()).as("Normal").isEqualTo(2);
		JsonNode bob = page.at("/RspMsgList/1");
		assertThat(bob.get("From_Account").asString()).isEqualTo("bob");
		assertThat(bob.get("MsgRandom").asLong()).as("unsigned 32-bit").isEqualTo(4294967295L);
		assertThat(bob.get("MsgPriority").asInt()).as("High").isOne();
		assertThat(bob.get("MsgTimeStamp").asLong()).isEqualTo(this.clock.instant().getEpochSecond());
		assertThat(bob.get("IsPlaceMsg").asInt()).isZero();
		assertThat(bob.get("CloudCustomData").asString()).isEqualTo("tag");
		assertThat(bob.at("/MsgBody/0/MsgContent/Text").asString()).isEqualTo("hi");
	}

	@Test
	void historyShouldPageBackByReqMsgSeqAtMost20AtATimeWithIsFinishedAboutTheRange() {
		for (int i = 1; i <= 45; i++) {
			send("bob", "m" + i);
		}
		JsonNode latest = page(Map.of("ReqMsgNumber", 20));
		assertThat(seqs(latest)).hasSize(20).startsWith(45L).endsWith(26L);
		assertThat(latest.get("IsFinished").asInt()).as("the range of 20 came back whole").isOne();
		JsonNode tooMany = page(Map.of("ReqMsgNumber", 30));
		assertThat(seqs(tooMany)).hasSize(20).startsWith(45L).endsWith(26L);
		assertThat(tooMany.get("IsFinished").asInt()).as("a range over 20 does not").isZero();
		JsonNode oldest = page(Map.of("ReqMsgSeq", 5, "ReqMsgNumber", 20));
		assertThat(seqs(oldest)).containsExactly(5L, 4L, 3L, 2L, 1L);
		assertThat(oldest.get("IsFinished").asInt()).isOne();
		List<String> walked = new ArrayList<>();
		Long reqMsgSeq = null;
		while (true) {
			JsonNode page = (reqMsgSeq != null) ? page(Map.of("ReqMsgSeq", reqMsgSeq, "ReqMsgNumber", 20))
					: page(Map.of("ReqMsgNumber", 20));
			if (page.get("RspMsgList").isEmpty()) {
				break;
			}
			walked.addAll(texts(page));
			long smallest = seqs(page).get(seqs(page).size() - 1);
			if (smallest <= 1) {
				break;
			}
			reqMsgSeq = smallest - 1;
		}
		assertThat(walked).hasSize(45).doesNotHaveDuplicates().startsWith("m45").endsWith("m1");
		assertThat(errorCode(GROUPS, "group_msg_get_simple", Map.of("GroupId", this.groupId, "ReqMsgNumber", 0)))
			.isEqualTo(10004);
	}

	@Test
	void theSameSenderRandomAndBodyWithinFiveMinutesShouldBeOneMessage() {
		Map<String, Object> message = Map.of("GroupId", this.groupId, "From_Account", "bob", "Random", 42, "MsgBody",
				text("once"));
		long first = send(message);
		assertThat(send(message)).isEqualTo(first);
		assertThat(send(
				Map.of("GroupId", this.groupId, "From_Account", "bob", "Random", 42, "MsgBody", text("other text"))))
			.as("another body")
			.isEqualTo(first + 1);
		assertThat(
				send(Map.of("GroupId", this.groupId, "From_Account", "carol", "Random", 42, "MsgBody", text("once"))))
			.as("another sender")
			.isEqualTo(first + 2);
		this.clock.advance(Duration.ofSeconds(301));
		assertThat(send(message)).as("after five minutes").isEqualTo(first + 3);
		assertThat(seqs(page(Map.of()))).hasSize(4);
	}

	@Test
	void recallShouldLeaveAPlaceholderShownOnlyWithRecalledMessages() {
		send("bob", "oops");
		send("carol", "fine");
		JsonNode recalled = group("group_msg_recall",
				Map.of("GroupId", this.groupId, "MsgSeqList", List.of(Map.of("MsgSeq", 1), Map.of("MsgSeq", 99))));
		assertThat(recalled.get("ErrorCode").asInt()).isZero();
		assertThat(recalled.get("RecallRetList").findValues("RetCode")).extracting(JsonNode::asInt)
			.containsExactly(0, 10030);
		assertThat(texts(page(Map.of()))).containsExactly("fine");
		JsonNode withRecalled = page(Map.of("WithRecalledMsg", 1));
		assertThat(seqs(withRecalled)).containsExactly(2L, 1L);
		JsonNode placeholder = withRecalled.at("/RspMsgList/1");
		assertThat(placeholder.get("IsPlaceMsg").asInt()).isEqualTo(2);
		assertThat(placeholder.get("MsgBody")).isEmpty();
		assertThat(
				group("group_msg_recall", Map.of("GroupId", this.groupId, "MsgSeqList", List.of(Map.of("MsgSeq", 1))))
					.at("/RecallRetList/0/RetCode")
					.asInt())
			.as("recalled already")
			.isEqualTo(10032);
		List<Map<String, Integer>> eleven = IntStream.rangeClosed(1, 11).mapToObj((i) -> Map.of("MsgSeq", i)).toList();
		assertThat(errorCode(GROUPS, "group_msg_recall", Map.of("GroupId", this.groupId, "MsgSeqList", eleven)))
			.isEqualTo(10004);
		String room = createGroup("AVChatRoom", "live");
		assertThat(errorCode(GROUPS, "group_msg_recall",
				Map.of("GroupId", room, "MsgSeqList", List.of(Map.of("MsgSeq", 1)))))
			.isEqualTo(10033);
	}

	@Test
	void anImportSentTwiceShouldBeKeptOnceAndImportsMustBeInOrderAndInThePast() {
		long now = this.clock.instant().getEpochSecond();
		Map<String, Object> batch = Map.of("GroupId", this.groupId, "MsgList", List.of(
				Map.of("From_Account", "bob", "SendTime", now - 3600, "Random", 7, "MsgBody", text("old 1")),
				Map.of("From_Account", "alice", "SendTime", now - 1800, "Random", 8, "MsgBody", text("old 2"))));
		JsonNode first = group("import_group_msg", batch);
		assertThat(first.get("ImportMsgResult").findValues("Result")).extracting(JsonNode::asInt).containsExactly(0, 0);
		assertThat(first.get("ImportMsgResult").findValues("MsgSeq")).extracting(JsonNode::asLong)
			.containsExactly(1L, 2L);
		assertThat(first.at("/ImportMsgResult/0/MsgTime").asLong()).isEqualTo(now - 3600);
		JsonNode again = group("import_group_msg", batch);
		assertThat(again.get("ImportMsgResult").findValues("MsgSeq")).extracting(JsonNode::asLong)
			.containsExactly(1L, 2L);
		send("carol", "new");
		assertThat(texts(page(Map.of()))).containsExactly("new", "old 2", "old 1");
		JsonNode late = group("import_group_msg",
				Map.of("GroupId", this.groupId, "MsgList",
						List.of(Map.of("From_Account", "bob", "SendTime", now - 60, "MsgBody", text("before the last")),
								Map.of("From_Account", "bob", "SendTime", now + 60, "MsgBody", text("in the future")),
								Map.of("From_Account", "bob", "SendTime", now, "MsgBody", text("x".repeat(12 * 1024))),
								Map.of("From_Account", "bob", "SendTime", now, "MsgBody", text("just now")))));
		assertThat(late.get("ImportMsgResult").findValues("Result")).extracting(JsonNode::asInt)
			.containsExactly(10004, 10004, 80002, 0);
		assertThat(texts(page(Map.of()))).containsExactly("just now", "new", "old 2", "old 1");
		List<Map<String, Object>> eight = IntStream.range(0, 8)
			.mapToObj((i) -> Map.<String, Object>of("From_Account", "bob", "SendTime", now, "MsgBody", text("m" + i)))
			.toList();
		assertThat(errorCode(GROUPS, "import_group_msg", Map.of("GroupId", this.groupId, "MsgList", eight)))
			.isEqualTo(10004);
		String room = createGroup("AVChatRoom", "live");
		assertThat(errorCode(GROUPS, "import_group_msg",
				Map.of("GroupId", room, "MsgList",
						List.of(Map.of("From_Account", "bob", "SendTime", now, "MsgBody", text("x"))))))
			.isEqualTo(10007);
	}

	@Test
	void modifyShouldReplaceTheBodyAndTheCustomData() {
		long seq = send("bob", "draft");
		call("openim", "modify_group_msg",
				Map.of("GroupId", this.groupId, "MsgSeq", seq, "MsgBody", text("final"), "CloudCustomData", "edited"));
		JsonNode message = page(Map.of()).at("/RspMsgList/0");
		assertThat(message.at("/MsgBody/0/MsgContent/Text").asString()).isEqualTo("final");
		assertThat(message.get("CloudCustomData").asString()).isEqualTo("edited");
		call("openim", "modify_group_msg", Map.of("GroupId", this.groupId, "MsgSeq", seq, "CloudCustomData", "again"));
		message = page(Map.of()).at("/RspMsgList/0");
		assertThat(message.at("/MsgBody/0/MsgContent/Text").asString()).isEqualTo("final");
		assertThat(message.get("CloudCustomData").asString()).isEqualTo("again");
		assertThat(errorCode("openim", "modify_group_msg", Map.of("GroupId", this.groupId, "MsgSeq", seq)))
			.isEqualTo(90001);
		assertThat(errorCode("openim", "modify_group_msg",
				Map.of("GroupId", this.groupId, "MsgSeq", seq, "MsgBody",
						List.of(Map.of("MsgType", "TIMTextElement", "MsgContent", Map.of("Text", "x"))))))
			.isEqualTo(90002);
		assertThat(errorCode("openim", "modify_group_msg",
				Map.of("GroupId", this.groupId, "MsgSeq", 99, "CloudCustomData", "x")))
			.isEqualTo(20022);
	}

	@Test
	void deleteBySenderShouldSilentlyRecallOnlyThatSendersMessages() {
		send("bob", "b1");
		send("alice", "a1");
		send("bob", "b2");
		group("delete_group_msg_by_sender", Map.of("GroupId", this.groupId, "Sender_Account", "bob"));
		assertThat(texts(page(Map.of()))).containsExactly("a1");
		JsonNode withRecalled = page(Map.of("WithRecalledMsg", 1));
		assertThat(withRecalled.get("RspMsgList").findValues("IsPlaceMsg")).extracting(JsonNode::asInt)
			.containsExactly(2, 0, 2);
	}

	@Test
	void clearShouldLeaveTheHistoryReadableByTheAdmin() {
		send("bob", "1");
		send("bob", "2");
		group("clear_group_msg", Map.of("GroupId", this.groupId, "MsgSeq", 1));
		group("clear_group_msg", Map.of("GroupId", this.groupId));
		assertThat(texts(page(Map.of()))).containsExactly("2", "1");
		String community = createGroup("Community", "town");
		assertThat(errorCode(GROUPS, "clear_group_msg", Map.of("GroupId", community))).isEqualTo(10007);
		assertThat(errorCode(GROUPS, "clear_group_msg", Map.of("GroupId", "@TGS#missing"))).isEqualTo(10010);
	}

	@Test
	void readReceiptsShouldBeCountedAndListedPageByPage() {
		long seq = send("alice", "please read");
		group("group_msg_receipt",
				Map.of("GroupId", this.groupId, "From_Account", "bob", "MsgSeqList", List.of(Map.of("MsgSeq", seq))));
		JsonNode counts = group("get_group_msg_receipt",
				Map.of("GroupId", this.groupId, "MsgSeqList", List.of(Map.of("MsgSeq", seq), Map.of("MsgSeq", 99))));
		JsonNode read = counts.at("/GroupMsgReceiptList/0");
		assertThat(read.get("Code").asInt()).isZero();
		assertThat(read.get("ReadNum").asInt()).isOne();
		assertThat(read.get("UnreadNum").asInt()).as("carol and dave; the sender does not count").isEqualTo(2);
		assertThat(counts.at("/GroupMsgReceiptList/1/Code").asInt()).isEqualTo(10062);
		Map<String, Object> unread = new HashMap<>(
				Map.of("GroupId", this.groupId, "MsgSeq", seq, "Filter", 1, "Cursor", "", "Count", 1));
		JsonNode first = group("get_group_msg_receipt_detail", unread);
		assertThat(first.at("/UnreadList/0/Unread_Account").asString()).isEqualTo("carol");
		assertThat(first.get("IsFinish").asInt()).isZero();
		assertThat(first.get("Cursor").isString()).isTrue();
		assertThat(new BigInteger(first.get("Cursor").asString())).as("beyond 2^53, as the vendor's")
			.isGreaterThan(BigInteger.TWO.pow(53));
		unread.put("Cursor", first.get("Cursor").asString());
		JsonNode second = group("get_group_msg_receipt_detail", unread);
		assertThat(second.at("/UnreadList/0/Unread_Account").asString()).isEqualTo("dave");
		assertThat(second.get("IsFinish").asInt()).isOne();
		assertThat(second.get("Cursor").asString()).isEqualTo("0");
		JsonNode readers = group("get_group_msg_receipt_detail",
				Map.of("GroupId", this.groupId, "MsgSeq", seq, "Filter", 0, "Cursor", "", "Count", 200));
		assertThat(readers.get("ReadList").findValues("Read_Account")).extracting(JsonNode::asString)
			.containsExactly("bob");
		assertThat(readers.get("IsFinish").asInt()).isOne();
		assertThat(errorCode(GROUPS, "get_group_msg_receipt_detail",
				Map.of("GroupId", this.groupId, "MsgSeq", seq, "Filter", 0, "Cursor", "", "Count", 201)))
			.isEqualTo(10004);
		call("im_open_login_svc", "account_import", Map.of("UserID", "erin"));
		assertThat(errorCode(GROUPS, "group_msg_receipt",
				Map.of("GroupId", this.groupId, "From_Account", "erin", "MsgSeqList", List.of(Map.of("MsgSeq", seq)))))
			.as("not a member")
			.isEqualTo(10007);
	}

	@Test
	void extensionsShouldBeVersionedPerKey() {
		long seq = send(Map.of("GroupId", this.groupId, "From_Account", "bob", "Random", 1, "MsgBody", text("poll"),
				"SupportMessageExtension", 1));
		JsonNode set = call("openim_msg_ext_http_svc", "group_set_key_values", Map.of("GroupId", this.groupId, "MsgSeq",
				seq, "OperateType", 1, "ExtensionList", List.of(Map.of("Key", "votes", "Value", "1", "Seq", 0))));
		assertThat(set.at("/ExtensionList/0/ErrorCode").asInt()).isZero();
		assertThat(set.at("/ExtensionList/0/Extension/Seq").asLong()).isOne();
		JsonNode stale = call("openim_msg_ext_http_svc", "group_set_key_values",
				Map.of("GroupId", this.groupId, "MsgSeq", seq, "OperateType", 1, "ExtensionList",
						List.of(Map.of("Key", "votes", "Value", "2", "Seq", 0))));
		assertThat(stale.at("/ExtensionList/0/ErrorCode").asInt()).isEqualTo(23001);
		assertThat(stale.at("/ExtensionList/0/Extension/Value").asString()).as("the current value").isEqualTo("1");
		call("openim_msg_ext_http_svc", "group_set_key_values", Map.of("GroupId", this.groupId, "MsgSeq", seq,
				"OperateType", 1, "ExtensionList", List.of(Map.of("Key", "votes", "Value", "2", "Seq", 1))));
		JsonNode pulled = call("openim_msg_ext_http_svc", "group_get_key_values",
				Map.of("GroupId", this.groupId, "MsgSeq", seq));
		assertThat(pulled.get("LatestSeq").asLong()).isEqualTo(2);
		assertThat(pulled.get("CompleteFlag").asInt()).isOne();
		assertThat(pulled.at("/ExtensionList/0/Value").asString()).isEqualTo("2");
		assertThat(call("openim_msg_ext_http_svc", "group_get_key_values",
				Map.of("GroupId", this.groupId, "MsgSeq", seq, "StartSeq", 3))
			.get("ExtensionList")).isEmpty();
		call("openim_msg_ext_http_svc", "group_set_key_values",
				Map.of("GroupId", this.groupId, "MsgSeq", seq, "OperateType", 3));
		JsonNode cleared = call("openim_msg_ext_http_svc", "group_get_key_values",
				Map.of("GroupId", this.groupId, "MsgSeq", seq));
		assertThat(cleared.get("ExtensionList")).isEmpty();
		assertThat(cleared.get("ClearSeq").asLong()).isEqualTo(3);
		long plain = send("bob", "no extensions");
		assertThat(errorCode("openim_msg_ext_http_svc", "group_set_key_values", Map.of("GroupId", this.groupId,
				"MsgSeq", plain, "OperateType", 1, "ExtensionList", List.of(Map.of("Key", "k", "Value", "v")))))
			.isEqualTo(23002);
		assertThat(errorCode("openim_msg_ext_http_svc", "group_get_key_values",
				Map.of("GroupId", this.groupId, "MsgSeq", 99)))
			.isEqualTo(23004);
		assertThat(
				errorCode("openim_msg_ext_http_svc", "group_set_key_values", Map.of("GroupId", this.groupId, "MsgSeq",
						seq, "OperateType", 1, "ExtensionList", List.of(Map.of("Key", "k".repeat(101), "Value", "v")))))
			.isEqualTo(10004);
	}

	@Test
	void aBroadcastShouldReachEveryAudioVideoGroupOnce() {
		String first = createGroup("AVChatRoom", "live 1");
		String second = createGroup("AVChatRoom", "live 2");
		Map<String, Object> message = Map.of("From_Account", "alice", "Random", 5, "MsgBody", text("to all rooms"));
		long seq = group("send_broadcast_msg", message).get("MsgSeq").asLong();
		assertThat(nextMsgSeq(first)).isEqualTo(2);
		assertThat(nextMsgSeq(second)).isEqualTo(2);
		assertThat(nextMsgSeq(this.groupId)).as("not a Public group").isOne();
		assertThat(group("send_broadcast_msg", message).get("MsgSeq").asLong()).as("a duplicate").isEqualTo(seq);
		assertThat(nextMsgSeq(first)).isEqualTo(2);
		assertThat(group("send_broadcast_msg",
				Map.of("From_Account", "alice", "Random", 6, "MsgBody", text("to all rooms")))
			.get("MsgSeq")
			.asLong()).isEqualTo(seq + 1);
		assertThat(nextMsgSeq(second)).isEqualTo(3);
		assertThat(errorCode(GROUPS, "send_broadcast_msg",
				Map.of("From_Account", "ghost", "Random", 7, "MsgBody", text("?"))))
			.isEqualTo(10019);
		assertThat(errorCode(GROUPS, "group_msg_get_simple", Map.of("GroupId", first, "ReqMsgNumber", 20)))
			.as("an AVChatRoom keeps no history")
			.isEqualTo(10007);
	}

	@Test
	void aSystemNotificationShouldNotBeInTheHistory() {
		send("bob", "before");
		group("send_group_system_notification", Map.of("GroupId", this.groupId, "Content", "to all"));
		group("send_group_system_notification",
				Map.of("GroupId", this.groupId, "ToMembers_Account", List.of("bob"), "Content", "to bob"));
		assertThat(texts(page(Map.of()))).containsExactly("before");
		assertThat(nextMsgSeq(this.groupId)).isEqualTo(2);
		List<String> many = IntStream.range(0, 501).mapToObj((i) -> "user" + i).toList();
		assertThat(errorCode(GROUPS, "send_group_system_notification",
				Map.of("GroupId", this.groupId, "ToMembers_Account", many, "Content", "x")))
			.isEqualTo(10004);
		assertThat(errorCode(GROUPS, "send_group_system_notification", Map.of("GroupId", this.groupId, "Content", "")))
			.isEqualTo(10004);
		String room = createGroup("AVChatRoom", "live");
		assertThat(errorCode(GROUPS, "send_group_system_notification",
				Map.of("GroupId", room, "ToMembers_Account", List.of("bob"), "Content", "x")))
			.isEqualTo(10004);
	}

	@Test
	void aStreamingMessageShouldGrowUntilItsLastChunk() {
		JsonNode started = call("stream_msg", "send_group_stream_msg", Map.of("GroupId", this.groupId, "From_Account",
				"bob", "MsgRandom", 3, "MsgBody", stream("Hel", false)));
		String key = started.get("MsgKey").asString();
		assertThat(started.get("MsgSeq").asLong()).isOne();
		this.clock.advance(Duration.ofSeconds(5));
		JsonNode continued = call("stream_msg", "send_group_stream_msg", Map.of("GroupId", this.groupId, "From_Account",
				"bob", "MsgRandom", 3, "MsgKey", key, "MsgBody", stream("Hello", true)));
		assertThat(continued.get("MsgSeq").asLong()).isOne();
		assertThat(continued.get("MsgKey").asString()).isEqualTo(key);
		assertThat(page(Map.of()).at("/RspMsgList/0/MsgBody/0/MsgContent/Chunks/0/Markdown").asString())
			.isEqualTo("Hello");
		assertThat(errorCode("stream_msg", "send_group_stream_msg", Map.of("GroupId", this.groupId, "From_Account",
				"bob", "MsgRandom", 3, "MsgKey", key, "MsgBody", stream("Hello!", true))))
			.as("after the last chunk")
			.isEqualTo(10004);
		String other = call("stream_msg", "send_group_stream_msg",
				Map.of("GroupId", this.groupId, "From_Account", "bob", "MsgRandom", 4, "MsgBody", stream("A", false)))
			.get("MsgKey")
			.asString();
		this.clock.advance(Duration.ofSeconds(16));
		assertThat(
				errorCode("stream_msg", "send_group_stream_msg",
						Map.of("GroupId", this.groupId, "From_Account", "bob", "MsgRandom", 4, "MsgKey", other,
								"MsgBody", stream("AB", false))))
			.as("more than 15 seconds after the last chunk")
			.isEqualTo(10004);
		assertThat(errorCode("stream_msg", "send_group_stream_msg", Map.of("GroupId", this.groupId, "From_Account",
				"bob", "MsgRandom", 4, "MsgKey", "1_2_3", "MsgBody", stream("?", false))))
			.isEqualTo(10030);
	}

	private static List<Map<String, Object>> stream(String markdown, boolean last) {
		return List.of(Map.of("MsgType", "TIMStreamElem", "MsgContent", Map.of("CompatibleText", "update the app",
				"Chunks", List.of(Map.of("EventType", "data", "Index", 1, "Markdown", markdown, "IsLast", last)))));
	}

	@Test
	void sendsShouldGetTheVendorsChecks() {
		Map<String, Object> valid = Map.of("GroupId", this.groupId, "From_Account", "bob", "Random", 1, "MsgBody",
				text("hi"));
		assertThat(errorCode(GROUPS, "send_group_msg",
				with(valid, "MsgBody",
						List.of(Map.of("MsgType", "TIMTextElement", "MsgContent", Map.of("Text", "hi"))))))
			.as("a misspelled element type")
			.isEqualTo(10004);
		assertThat(errorCode(GROUPS, "send_group_msg",
				with(valid, "MsgBody", List.of(Map.of("MsgType", "TIMTextElem", "MsgContent", Map.of())))))
			.as("a text element without its text")
			.isEqualTo(10004);
		assertThat(errorCode(GROUPS, "send_group_msg", with(valid, "Random", 4294967296L))).isEqualTo(10004);
		assertThat(errorCode(GROUPS, "send_group_msg", with(valid, "Random", -1))).isEqualTo(10004);
		assertThat(errorCode(GROUPS, "send_group_msg", with(valid, "MsgBody", text("x".repeat(12 * 1024)))))
			.isEqualTo(80002);
		assertThat(errorCode(GROUPS, "send_group_msg", with(valid, "MsgPriority", "high"))).isEqualTo(10004);
		List<String> receivers = IntStream.range(0, 51).mapToObj((i) -> "user" + i).toList();
		assertThat(errorCode(GROUPS, "send_group_msg", with(valid, "To_Account", receivers))).isEqualTo(10004);
		Map<String, Object> onlineOnly = with(valid, "OnlineOnlyFlag", 1);
		assertThat(errorCode(GROUPS, "send_group_msg", with(onlineOnly, "SendMsgControl", List.of("NoUnread"))))
			.isEqualTo(10004);
		assertThat(errorCode(GROUPS, "send_group_msg", with(valid, "From_Account", "ghost"))).isEqualTo(10019);
		call("im_open_login_svc", "account_import", Map.of("UserID", "erin"));
		assertThat(errorCode(GROUPS, "send_group_msg", with(valid, "From_Account", "erin"))).isEqualTo(10007);
		assertThat(errorCode(GROUPS, "send_group_msg", with(valid, "GroupId", "@TGS#missing"))).isEqualTo(10010);
		String room = createGroup("AVChatRoom", "live");
		assertThat(errorCode(GROUPS, "send_group_msg", Map.of("GroupId", room, "Random", 1, "MsgBody", text("@all"),
				"GroupAtInfo", List.of(Map.of("GroupAtAllFlag", 1)))))
			.isEqualTo(10004);
		assertThat(errorCode(GROUPS, "send_group_msg",
				Map.of("GroupId", room, "Random", 1, "MsgBody", text("to bob"), "To_Account", List.of("bob"))))
			.isEqualTo(10004);
		assertThat(send(onlineOnly)).as("an online-only message takes a sequence number").isOne();
		assertThat(page(Map.of()).get("RspMsgList")).as("but is not kept").isEmpty();
		assertThat(send(with(valid, "Random", 2))).isEqualTo(2);
	}

	private static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
		Map<String, Object> changed = new HashMap<>(body);
		changed.put(field, value);
		return changed;
	}

	@Test
	void aDismissedGroupShouldTakeItsMessagesWithIt() {
		String id = group("create_group",
				Map.of("Owner_Account", "alice", "Type", "Public", "Name", "again", "GroupId", "again"))
			.get("GroupId")
			.asString();
		send(Map.of("GroupId", id, "Random", 1, "MsgBody", text("gone")));
		group("destroy_group", Map.of("GroupId", id));
		group("create_group", Map.of("Owner_Account", "alice", "Type", "Public", "Name", "again", "GroupId", "again"));
		assertThat(nextMsgSeq(id)).isOne();
		assertThat(group("group_msg_get_simple", Map.of("GroupId", id, "ReqMsgNumber", 20)).get("RspMsgList"))
			.isEmpty();
	}

	/**
	 * A clock that tests move forward.
	 */
	static final class MutableClock extends Clock {

		private volatile Instant now;

		MutableClock(Instant now) {
			this.now = now;
		}

		void advance(Duration duration) {
			this.now = this.now.plus(duration);
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}
