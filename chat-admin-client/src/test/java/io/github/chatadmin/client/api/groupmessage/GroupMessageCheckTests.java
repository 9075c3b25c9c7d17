package io.github.chatadmin.client.api.groupmessage;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.chatadmin.client.ChatAdminTemplate;
import io.github.chatadmin.client.ChatCommand;
import io.github.chatadmin.client.TestTemplates;
import io.github.chatadmin.client.api.message.MessageElement;
import io.github.chatadmin.client.api.message.MessageExtension;
import io.github.chatadmin.client.api.message.MessagePriority;
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

/**
 * Tests that every group message command refuses bad input before anything is sent, on
 * the typed operations and on {@code execute(ChatCommand, request)}.
 */
class GroupMessageCheckTests {

	private static final String GROUP = "@TGS#2C5SZEAEF";

	private static final List<MessageElement> TEXT = List.of(MessageElement.text("hi"));

	@RegisterExtension
	static WireMockExtension wireMock = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
		.build();

	private ChatAdminTemplate template;

	private GroupMessageOperations groupMessages;

	@BeforeEach
	void create() {
		wireMock.stubFor(post(anyUrl()).willReturn(okJson(GroupMessageOperationsTests.ok(""))));
		this.template = TestTemplates.builder("http://127.0.0.1:" + wireMock.getPort()).build();
		this.groupMessages = new DefaultGroupMessageOperations(this.template, 4);
	}

	@AfterEach
	void close() {
		this.template.close();
		wireMock.verify(0, postRequestedFor(anyUrl()));
	}

	static Stream<Arguments> badRequests() {
		List<String> tooMany = IntStream.range(0, 51).mapToObj((i) -> "u" + i).toList();
		List<MessageSeq> elevenSeqs = MessageSeq.of(LongStream.rangeClosed(1, 11).boxed().toList());
		List<ImportedGroupMessage> eight = IntStream.range(0, 8)
			.mapToObj((i) -> ImportedGroupMessage.text("u", 100 + i, "x"))
			.toList();
		return Stream.of(
				bad(GroupMessageCommands.SEND, SendGroupMessageRequest.builder("").text("x").build(), "'GroupId'"),
				bad(GroupMessageCommands.SEND, SendGroupMessageRequest.builder("g".repeat(49)).text("x").build(),
						"'GroupId' is 49 bytes"),
				bad(GroupMessageCommands.SEND, SendGroupMessageRequest.builder(GROUP).build(), "'MsgBody'"),
				bad(GroupMessageCommands.SEND,
						SendGroupMessageRequest.builder(GROUP).random(4294967296L).text("x").build(), "'Random'"),
				bad(GroupMessageCommands.SEND,
						SendGroupMessageRequest.builder(GROUP).from("x".repeat(33)).text("x").build(),
						"'From_Account'"),
				bad(GroupMessageCommands.SEND,
						SendGroupMessageRequest.builder(GROUP).toMembers(tooMany).text("x").build(), "'To_Account'"),
				bad(GroupMessageCommands.SEND,
						SendGroupMessageRequest.builder(GROUP).onlineOnly().sendControl("NoUnread").text("x").build(),
						"'SendMsgControl'"),
				bad(GroupMessageCommands.SEND,
						SendGroupMessageRequest.builder(GROUP).priority(MessagePriority.LOWEST).text("x").build(),
						"'MsgPriority'"),
				bad(GroupMessageCommands.SEND,
						SendGroupMessageRequest.builder(GROUP).mention(new GroupAtInfo(0, null)).text("x").build(),
						"'GroupAtInfo[0].GroupAt_Account'"),
				bad(GroupMessageCommands.SYSTEM_NOTIFICATION, SystemNotificationRequest.toAll(GROUP, ""), "'Content'"),
				bad(GroupMessageCommands.SYSTEM_NOTIFICATION,
						new SystemNotificationRequest(GROUP, List.of(), "hi", null), "'ToMembers_Account'"),
				bad(GroupMessageCommands.RECALL, new GroupRecallRequest(GROUP, elevenSeqs, null), "at most 10"),
				bad(GroupMessageCommands.RECALL, new GroupRecallRequest(GROUP, List.of(), null), "'MsgSeqList'"),
				bad(GroupMessageCommands.IMPORT, ImportGroupMessagesRequest.of(GROUP, eight), "at most 7"),
				bad(GroupMessageCommands.IMPORT,
						ImportGroupMessagesRequest.of(GROUP,
								List.of(ImportedGroupMessage.text("u", 200, "x"),
										ImportedGroupMessage.text("u", 100, "y"))),
						"'MsgList[1].SendTime'"),
				bad(GroupMessageCommands.IMPORT,
						ImportGroupMessagesRequest.of(GROUP,
								List.of(new ImportedGroupMessage("u", 100, null, List.of()))),
						"'MsgList[0].MsgBody'"),
				bad(GroupMessageCommands.DELETE_BY_SENDER, DeleteBySenderRequest.of(GROUP, ""), "'Sender_Account'"),
				bad(GroupMessageCommands.HISTORY, GroupHistoryRequest.latest(GROUP, 21), "'ReqMsgNumber'"),
				bad(GroupMessageCommands.HISTORY, GroupHistoryRequest.upTo(GROUP, -1, 20), "'ReqMsgSeq'"),
				bad(GroupMessageCommands.CLEAR_HISTORY, ClearGroupHistoryRequest.all(""), "'GroupId'"),
				bad(GroupMessageCommands.BROADCAST, new BroadcastMessageRequest(null, -1, TEXT, null), "'Random'"),
				bad(GroupMessageCommands.BROADCAST, BroadcastMessageRequest.of(null, List.of()), "'MsgBody'"),
				bad(GroupMessageCommands.MODIFY, new ModifyGroupMessageRequest(GROUP, 1, null, null, null),
						"'MsgBody' or 'CloudCustomData'"),
				bad(GroupMessageCommands.READ_RECEIPT,
						GroupReadReceiptRequest.of(GROUP, "u", LongStream.rangeClosed(1, 51).boxed().toList()),
						"at most 50"),
				bad(GroupMessageCommands.READ_RECEIPT, GroupReadReceiptRequest.of(GROUP, "", List.of(1L)),
						"'From_Account'"),
				bad(GroupMessageCommands.RECEIPT_COUNTS, ReceiptCountRequest.of(GROUP, List.of()), "'MsgSeqList'"),
				bad(GroupMessageCommands.RECEIPT_DETAIL, ReceiptDetailRequest.first(GROUP, 1, ReceiptFilter.READ, 201),
						"'Count'"),
				bad(GroupMessageCommands.GET_EXTENSIONS, new GroupGetExtensionsRequest(GROUP, 1, -1L), "'StartSeq'"),
				bad(GroupMessageCommands.SET_EXTENSIONS, GroupSetExtensionsRequest.set(GROUP, 1, List.of()),
						"'ExtensionList'"),
				bad(GroupMessageCommands.SET_EXTENSIONS,
						GroupSetExtensionsRequest.set(GROUP, 1, List.of(MessageExtension.of("k".repeat(101), "v"))),
						"'ExtensionList[0].Key'"));
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
	void operationsShouldRefuseBadInputBeforeSendingAnyPart() {
		List<Supplier<Mono<?>>> calls = new ArrayList<>();
		calls.add(() -> this.groupMessages.sendText(GROUP, "x".repeat(33), "x"));
		calls.add(() -> this.groupMessages.sendText("", null, "x"));
		List<String> members = new ArrayList<>(IntStream.range(0, 700).mapToObj((i) -> "u" + i).toList());
		members.set(650, "");
		calls.add(() -> this.groupMessages
			.sendSystemNotification(SystemNotificationRequest.toMembers(GROUP, members, "hi")));
		List<Long> seqs = new ArrayList<>(LongStream.rangeClosed(1, 25).boxed().toList());
		seqs.set(24, -1L);
		calls.add(() -> this.groupMessages.recall(GROUP, seqs));
		calls.add(() -> this.groupMessages.recall("", List.of(1L)));
		List<ImportedGroupMessage> unordered = new ArrayList<>(
				IntStream.range(0, 10).mapToObj((i) -> ImportedGroupMessage.text("u", 100 + i, "x")).toList());
		unordered.set(9, ImportedGroupMessage.text("u", 50, "late"));
		calls.add(() -> this.groupMessages.importMessages(ImportGroupMessagesRequest.of(GROUP, unordered)));
		calls.add(() -> this.groupMessages.deleteBySender(GROUP, "x".repeat(33)));
		calls.add(() -> this.groupMessages.history(GroupHistoryRequest.latest(GROUP, 0)).then());
		calls.add(() -> this.groupMessages.history("").then());
		calls.add(() -> this.groupMessages.clearHistory(ClearGroupHistoryRequest.upTo(GROUP, -5)));
		calls.add(() -> this.groupMessages.broadcast(BroadcastMessageRequest.of("", TEXT)));
		calls.add(() -> this.groupMessages.modify(ModifyGroupMessageRequest.body(GROUP, 1, List.of())));
		calls.add(() -> this.groupMessages.sendReadReceipts(GROUP, "u", List.of()));
		calls.add(() -> this.groupMessages.receiptCounts("", List.of(1L)));
		calls.add(() -> this.groupMessages.readers("", 1).then());
		calls.add(() -> this.groupMessages.nonReaders(GROUP, -1).then());
		calls.add(() -> this.groupMessages.extensions(new GroupGetExtensionsRequest("", 1, null)));
		calls.add(() -> this.groupMessages.setExtensions(new GroupSetExtensionsRequest(GROUP, 1, 4, null)));
		for (int i = 0; i < calls.size(); i++) {
			Supplier<Mono<?>> call = calls.get(i);
			assertThatIllegalArgumentException().as("call %d", i)
				.isThrownBy(() -> call.get().block(Duration.ofSeconds(10)));
		}
	}

}
