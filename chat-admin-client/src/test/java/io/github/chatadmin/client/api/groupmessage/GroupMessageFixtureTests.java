package io.github.chatadmin.client.api.groupmessage;

import java.util.List;
import java.util.Map;

import io.github.chatadmin.client.ChatResponse;
import io.github.chatadmin.client.GoldenFixtures;
import io.github.chatadmin.client.api.message.ExtensionsResponse;
import io.github.chatadmin.client.api.message.MessageElement;
import io.github.chatadmin.client.api.message.MessageExtension;
import io.github.chatadmin.client.api.message.MessagePriority;
import io.github.chatadmin.client.api.message.OfflinePushInfo;
import io.github.chatadmin.client.api.message.ReceivedMessage;
import io.github.chatadmin.client.api.message.SetExtensionsResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Golden fixtures of the group message commands, from the vendor's pages: each typed
 * request is written as the page's request example, and each response example is read
 * with its values, 64-bit ones included.
 */
class GroupMessageFixtureTests {

	private static final GoldenFixtures fixtures = GoldenFixtures.of(GroupMessageFixtureTests.class);

	private static final String GROUP = "@TGS#2C5SZEAEF";

	private static final List<MessageElement> RED_PACKET = List.of(MessageElement.text("red packet"),
			MessageElement.face(6, "abc\u0000\u0001"));

	private static SendGroupMessageRequest.Builder redPacket() {
		return SendGroupMessageRequest.builder(GROUP).random(8912345).body(RED_PACKET);
	}

	@Test
	void send_group_msgWithOfflinePush() {
		SendGroupMessageRequest request = redPacket().cloudCustomData("your cloud custom data")
			.supportExtensions(false)
			.offlinePushInfo(OfflinePushInfo.builder()
				.pushFlag(0)
				.desc("Content to push offline")
				.ext("Passthrough content")
				.androidInfo(new OfflinePushInfo.AndroidInfo("android.mp3", null, null, Map.of()))
				.apnsInfo(new OfflinePushInfo.ApnsInfo("apns.mp3", 1, "apns title", "apns subtitle", "www.image.com",
						null, Map.of()))
				.build())
			.build();
		fixtures.assertWrittenAs(request, "send_group_msg.request.json");
	}

	@Test
	void send_group_msgVariants() {
		fixtures.assertWrittenAs(redPacket().from("leckie").build(), "send_group_msg.request-2.json");
		fixtures.assertWrittenAs(SendGroupMessageRequest.builder("@TGS#12DEVUDHQ")
			.random(2784275388L)
			.body(MessageElement.custom("1cddddddddq1"))
			.toMembers(List.of("brennanli2", "brennanli3"))
			.build(), "send_group_msg.request-3.json");
		fixtures.assertWrittenAs(redPacket().sendControl("NoLastMsg").build(), "send_group_msg.request-4.json");
		fixtures.assertWrittenAs(redPacket().priority(MessagePriority.HIGH).build(), "send_group_msg.request-5.json");
		fixtures.assertWrittenAs(redPacket().skipBeforeSendCallback().skipAfterSendCallback().build(),
				"send_group_msg.request-6.json");
		fixtures.assertWrittenAs(SendGroupMessageRequest.builder(GROUP)
			.random(8912345)
			.text("red @all @tommy @brennanli packet")
			.mention(GroupAtInfo.all(), GroupAtInfo.member("tommy"), GroupAtInfo.member("brennanli"))
			.build(), "send_group_msg.request-7.json");
		fixtures.assertWrittenAs(redPacket().onlineOnly().build(), "send_group_msg.request-8.json");
	}

	@Test
	void send_group_msgRandomAbove2To31ShouldBeWrittenUnsigned() {
		SendGroupMessageRequest request = SendGroupMessageRequest.builder("@TGS#12DEVUDHQ")
			.random(2784275388L)
			.body(MessageElement.custom("1cddddddddq1"))
			.build();
		assertThat(GoldenFixtures.written(request).get("Random").longValue()).isEqualTo(2784275388L);
		assertThat(SendGroupMessageRequest.builder(GROUP).text("x").build().random()).isBetween(0L, 0xFFFF_FFFFL);
	}

	@Test
	@SuppressWarnings("deprecation")
	void send_group_msgShouldNotPretendToAskForReadReceipts() {
		assertThatExceptionOfType(UnsupportedOperationException.class)
			.isThrownBy(() -> SendGroupMessageRequest.builder(GROUP).needReadReceipt());
	}

	@Test
	void send_group_msgResponse() {
		SendGroupMessageResponse response = fixtures.read("send_group_msg.response.json",
				SendGroupMessageResponse.class);
		assertThat(response.msgTime()).isEqualTo(1497249503L);
		assertThat(response.msgSeq()).isEqualTo(1L);
		assertThat(response.msgDropReason()).isEqualTo("MsgFreqCtrl");
		assertThat(response.isDropped()).isTrue();
		assertThat(response.extra()).containsKeys("ActionStatus", "ErrorCode", "ErrorInfo");
	}

	@Test
	void send_group_system_notification() {
		fixtures.assertWrittenAs(SystemNotificationRequest.toMembers(GROUP, List.of("peter", "leckie"), "Hello World"),
				"send_group_system_notification.request.json");
		fixtures.assertWrittenAs(SystemNotificationRequest.toAll(GROUP, "Hello World"),
				"send_group_system_notification.request-2.json");
		assertThat(fixtures.read("send_group_system_notification.response.json", ChatResponse.class).errorCode())
			.isZero();
	}

	@Test
	void group_msg_recall() {
		fixtures.assertWrittenAs(GroupRecallRequest.of("@TGS#2J4SZEAEL", List.of(100L, 101L)),
				"group_msg_recall.request.json");
		GroupRecallResponse response = fixtures.read("group_msg_recall.response.json", GroupRecallResponse.class);
		assertThat(response.results()).containsExactly(new GroupRecallResponse.Result(100, 10030),
				new GroupRecallResponse.Result(101, 0));
		assertThat(response.failures()).containsExactly(new GroupRecallResponse.Result(100, 10030));
	}

	@Test
	void import_group_msg() {
		ImportGroupMessagesRequest request = ImportGroupMessagesRequest
			.of(GROUP, List.of(new ImportedGroupMessage("leckie", 1620808101, 8912345L, RED_PACKET),
					new ImportedGroupMessage("peter", 1620892821, null, List.of(MessageElement.text("red packet")))))
			.updatingConversations();
		fixtures.assertWrittenAs(request, "import_group_msg.request.json");
		ImportGroupMessagesResponse response = fixtures.read("import_group_msg.response.json",
				ImportGroupMessagesResponse.class);
		assertThat(response.results()).containsExactly(new ImportGroupMessagesResponse.Result(1L, 1620808101L, 0),
				new ImportGroupMessagesResponse.Result(2L, 1620892821L, 0));
		assertThat(response.failures()).isEmpty();
	}

	@Test
	void importedMessagesShouldCarryAFreshRandomByDefault() {
		ImportedGroupMessage message = ImportedGroupMessage.text("leckie", 1620808101, "hi");
		assertThat(message.random()).isNotNull().isBetween(0L, 0xFFFF_FFFFL);
		assertThat(GroupMessageCommands.IMPORT.idempotent()).isFalse();
	}

	@Test
	void delete_group_msg_by_sender() {
		fixtures.assertWrittenAs(DeleteBySenderRequest.of(GROUP, "leckie"), "delete_group_msg_by_sender.request.json");
		assertThat(fixtures.read("delete_group_msg_by_sender.response.json", ChatResponse.class).actionStatus())
			.isEqualTo("OK");
	}

	@Test
	void group_msg_get_simple() {
		fixtures.assertWrittenAs(GroupHistoryRequest.upTo("@TGS#15ERQPAER", 7803321, 2),
				"group_msg_get_simple.request.json");
		fixtures.assertWrittenAs(GroupHistoryRequest.latest("@TGS#15ERQPAER", 2),
				"group_msg_get_simple.request-2.json");
		GroupHistoryResponse page = fixtures.read("group_msg_get_simple.response.json", GroupHistoryResponse.class);
		assertThat(page.groupId()).isEqualTo("@TGS#15ERQPAER");
		assertThat(page.isRangeComplete()).isTrue();
		assertThat(page.isAllExpired()).isFalse();
		assertThat(page.messages()).hasSize(2);
		ReceivedMessage newest = page.messages().get(0);
		assertThat(newest.fromAccount()).as("a numeric-looking UserID stays a string").isEqualTo("144115197276518801");
		assertThat(newest.isPlaceMsg()).isZero();
		assertThat(newest.isPlaceholder()).isFalse();
		assertThat(newest.msgPriority()).isEqualTo(1);
		assertThat(newest.priority()).isEqualTo(MessagePriority.HIGH);
		assertThat(newest.msgRandom()).isEqualTo(51083293L);
		assertThat(newest.msgSeq()).isEqualTo(7803321L);
		assertThat(newest.msgTimeStamp()).isEqualTo(1458721802L);
		assertThat(newest.isSystemMessage()).isFalse();
		assertThat(newest.body()).hasSize(2);
		MessageElement.Custom custom = (MessageElement.Custom) newest.body().get(0);
		assertThat(custom.data()).isEqualTo("\b\u0001\u0010\u0006\u001A\u0006 MaoTong");
		assertThat(custom.desc()).isEqualTo("MIF");
		assertThat(newest.body().get(1)).isEqualTo(MessageElement.face(15, ""));
		assertThat(page.messages().get(1).msgSeq()).isEqualTo(7803320L);
		assertThat(page.messages().get(1).text()).isEqualTo("Report");
		GroupHistoryRequest next = GroupHistoryRequest.upTo("@TGS#15ERQPAER", 7803321, 2).next(page);
		assertThat(next).isEqualTo(GroupHistoryRequest.upTo("@TGS#15ERQPAER", 7803319, 2));
	}

	@Test
	void group_msg_get_simpleGroupFieldsOfAHistoryMessage() {
		ReceivedMessage message = GoldenFixtures.mapper()
			.readValue("{\"From_Account\":\"a\",\"MsgSeq\":4294967296,\"MsgRandom\":4294967295,"
					+ "\"MsgTimeStamp\":1458721802,\"MsgPriority\":4,\"IsPlaceMsg\":2,\"IsSystemMsg\":1,"
					+ "\"MsgBody\":[],\"TopicId\":\"t\"}", ReceivedMessage.class);
		assertThat(message.msgSeq()).isEqualTo(4294967296L);
		assertThat(message.msgRandom()).isEqualTo(4294967295L);
		assertThat(message.priority()).isEqualTo(MessagePriority.LOWEST);
		assertThat(message.isPlaceholder()).isTrue();
		assertThat(message.isSystemMessage()).isTrue();
		assertThat(message.extra()).containsKey("TopicId");
		assertThat(GoldenFixtures.mapper().readValue("{\"MsgPriority\":9}", ReceivedMessage.class).priority())
			.isEqualTo(MessagePriority.UNKNOWN);
	}

	@ParameterizedTest
	@ValueSource(strings = { "clear_group_msg.request.json", "clear_group_msg.request-2.json" })
	void clear_group_msg(String name) {
		ClearGroupHistoryRequest request = name.contains("-2") ? ClearGroupHistoryRequest.all("@TGS#15ERQPAER")
				: ClearGroupHistoryRequest.upTo("@TGS#15ERQPAER", 7803321);
		fixtures.assertWrittenAs(request, name);
		assertThat(fixtures.read("clear_group_msg.response.json", ChatResponse.class).errorCode()).isZero();
	}

	@Test
	void send_broadcast_msg() {
		BroadcastMessageRequest request = BroadcastMessageRequest
			.of("test", List.of(MessageElement.custom("{ \"type\":1, \"content\":\"hello world\"}")))
			.withRandom(8912345)
			.withCloudCustomData("your cloud custom data");
		fixtures.assertWrittenAs(request, "send_broadcast_msg.request.json");
		assertThat(fixtures.read("send_broadcast_msg.response.json", BroadcastMessageResponse.class).msgSeq())
			.isEqualTo(1283L);
		assertThat(GroupMessageCommands.BROADCAST.quota()).isEqualTo(1.0);
	}

	@Test
	void modify_group_msg() {
		List<MessageElement> hello = List.of(MessageElement.text("hello"));
		fixtures.assertWrittenAs(ModifyGroupMessageRequest.body("@TGS#1HYEP2SHC", 23, hello)
			.withCloudCustomData("your cloud custom data"), "modify_group_msg.request.json");
		fixtures.assertWrittenAs(ModifyGroupMessageRequest.body("@TGS#1HYEP2SHC", 23, hello),
				"modify_group_msg.request-2.json");
		fixtures.assertWrittenAs(
				ModifyGroupMessageRequest.cloudCustomData("@TGS#1HYEP2SHC", 23, "your cloud custom data"),
				"modify_group_msg.request-3.json");
		assertThat(fixtures.read("modify_group_msg.response.json", ChatResponse.class).errorInfo())
			.isEqualTo("succeed");
	}

	@Test
	void group_msg_receiptHasNoVendorExample() {
		assertThat(GoldenFixtures.written(GroupReadReceiptRequest.of("@TGS#2TTV7VSII", "user1", List.of(1L, 2L)))
			.toString()).isEqualTo(
					"{\"GroupId\":\"@TGS#2TTV7VSII\",\"From_Account\":\"user1\",\"MsgSeqList\":[{\"MsgSeq\":1},{\"MsgSeq\":2}]}");
	}

	@Test
	void get_group_msg_receipt() {
		fixtures.assertWrittenAs(ReceiptCountRequest.of("@TGS#2TTV7VSII", List.of(1L, 2L)),
				"get_group_msg_receipt.request.json");
		ReceiptCountResponse response = fixtures.read("get_group_msg_receipt.response.json",
				ReceiptCountResponse.class);
		assertThat(response.counts()).containsExactly(new ReceiptCountResponse.Count(0, 1, 1, 6),
				new ReceiptCountResponse.Count(0, 2, 1, 6));
	}

	@Test
	void get_group_msg_receipt_detail() {
		ReceiptDetailRequest first = ReceiptDetailRequest.first("@TGS#2TTV7VSII", 1, ReceiptFilter.UNREAD, 5);
		fixtures.assertWrittenAs(first, "get_group_msg_receipt_detail.request.json");
		ReceiptDetailResponse unread = fixtures.read("get_group_msg_receipt_detail.response.json",
				ReceiptDetailResponse.class);
		assertThat(unread.cursor()).as("a cursor above 2^53 kept exactly").isEqualTo("144115213529088617");
		assertThat(unread.isFinished()).isFalse();
		assertThat(unread.msgSeq()).isEqualTo(1L);
		assertThat(unread.nonReaders()).containsExactly("test", "test6", "test3", "test5", "test4");
		assertThat(unread.readers()).isEmpty();
		assertThat(first.next(unread))
			.isEqualTo(new ReceiptDetailRequest("@TGS#2TTV7VSII", 1, ReceiptFilter.UNREAD, "144115213529088617", 5));
		ReceiptDetailResponse read = fixtures.read("get_group_msg_receipt_detail.response-2.json",
				ReceiptDetailResponse.class);
		assertThat(read.isFinished()).isTrue();
		assertThat(read.cursor()).isEqualTo("0");
		assertThat(read.readers()).containsExactly("test1");
		assertThat(first.next(read)).isNull();
	}

	@Test
	void get_group_msg_receipt_detailShouldReadTheFieldTablesSpellingToo() {
		ReceiptDetailResponse response = GoldenFixtures.mapper()
			.readValue("{\"Cursor\":\"0\",\"IsFinished\":1,\"MsgSeq\":1}", ReceiptDetailResponse.class);
		assertThat(response.isFinished()).isTrue();
	}

	@Test
	void group_get_key_values() {
		fixtures.assertWrittenAs(new GroupGetExtensionsRequest("@TGS#1YMVAB3IZ", 158, 2L),
				"group_get_key_values.request.json");
		fixtures.assertWrittenAs(GroupGetExtensionsRequest.of("@TGS#1YMVAB3IZ", 158),
				"group_get_key_values.request-2.json");
		ExtensionsResponse response = fixtures.read("group_get_key_values.response.json", ExtensionsResponse.class);
		assertThat(response.completeFlag()).isEqualTo(1);
		assertThat(response.latestSeq()).isEqualTo(2L);
		assertThat(response.clearSeq()).isZero();
		assertThat(response.extensions()).containsExactly(new MessageExtension("key1", "1", 1),
				new MessageExtension("key2", "2", 1), new MessageExtension("key3", "3", 2));
	}

	@Test
	void group_set_key_values() {
		fixtures.assertWrittenAs(
				GroupSetExtensionsRequest.set("@TGS#1YMVAB3IZ", 158,
						List.of(MessageExtension.of("key1", "value1"), MessageExtension.of("key2", "value2"))),
				"group_set_key_values.request.json");
		fixtures.assertWrittenAs(
				GroupSetExtensionsRequest.delete("@TGS#1YMVAB3IZ", 158, List.of(new MessageExtension("key1", "", 1))),
				"group_set_key_values.request-2.json");
		fixtures.assertWrittenAs(GroupSetExtensionsRequest.clear("@TGS#1YMVAB3IZ", 158),
				"group_set_key_values.request-3.json");
		SetExtensionsResponse response = fixtures.read("group_set_key_values.response.json",
				SetExtensionsResponse.class);
		assertThat(response.results()).extracting(SetExtensionsResponse.Result::errorCode).containsExactly(0, 23001);
		assertThat(response.results().get(0).extension()).isEqualTo(new MessageExtension("key1", "value1", 1));
		assertThat(response.results().get(1).extension()).isEqualTo(new MessageExtension("key2", "value1234", 2));
	}

	@ParameterizedTest
	@ValueSource(strings = { "group_msg_get_simple.response.json", "send_group_msg.response.json",
			"get_group_msg_receipt_detail.response.json", "get_group_msg_receipt_detail.response-2.json",
			"group_msg_recall.response.json", "import_group_msg.response.json", "get_group_msg_receipt.response.json" })
	void responsesShouldBeWrittenBackUnchanged(String name) {
		Class<?> type = switch (name.substring(0, name.indexOf('.'))) {
			case "group_msg_get_simple" -> GroupHistoryResponse.class;
			case "send_group_msg" -> SendGroupMessageResponse.class;
			case "get_group_msg_receipt_detail" -> ReceiptDetailResponse.class;
			case "group_msg_recall" -> GroupRecallResponse.class;
			case "import_group_msg" -> ImportGroupMessagesResponse.class;
			default -> ReceiptCountResponse.class;
		};
		assertThat(GoldenFixtures.written(fixtures.read(name, type))).isEqualTo(fixtures.tree(name));
	}

	@Test
	void priorityShouldBeReadFromTheVendorsNameOrNumber() {
		assertThat(GoldenFixtures.mapper().readValue("\"Low\"", MessagePriority.class)).isEqualTo(MessagePriority.LOW);
		assertThat(GoldenFixtures.mapper().readValue("2", MessagePriority.class)).isEqualTo(MessagePriority.NORMAL);
		assertThat(GoldenFixtures.mapper().readValue("\"Urgent\"", MessagePriority.class))
			.isEqualTo(MessagePriority.UNKNOWN);
	}

}
