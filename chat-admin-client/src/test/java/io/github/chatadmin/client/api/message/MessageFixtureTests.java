package io.github.chatadmin.client.api.message;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.github.chatadmin.client.ChatResponse;
import io.github.chatadmin.client.GoldenFixtures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Golden fixtures of the one-to-one and streaming message commands, from the vendor's
 * pages: each typed request is written as the page's request example, and each response
 * example is read with its values, 64-bit ones included.
 */
class MessageFixtureTests {

	private static final GoldenFixtures fixtures = GoldenFixtures.of(MessageFixtureTests.class);

	@Test
	void sendmsgRequestWithOfflinePush() {
		SendMessageRequest request = SendMessageRequest.builder("lumotuwe2")
			.from("lumotuwe1")
			.syncToSender(false)
			.lifeTime(Duration.ofHours(1))
			.msgSeq(93847636)
			.msgRandom(1287657)
			.text("hi, beauty")
			.cloudCustomData("your cloud custom data")
			.offlinePushInfo(OfflinePushInfo.builder()
				.pushFlag(0)
				.desc("Content to push offline")
				.ext("Passthrough content")
				.androidInfo(new OfflinePushInfo.AndroidInfo("android.mp3", null, null, Map.of()))
				.apnsInfo(new OfflinePushInfo.ApnsInfo("apns.mp3", 1, "apns title", "apns subtitle", "www.image.com",
						null, Map.of()))
				.build())
			.build();
		fixtures.assertWrittenAs(request, "sendmsg.request.json");
	}

	@Test
	void sendmsgRequestFromTheAdminWithoutCallbacks() {
		SendMessageRequest request = SendMessageRequest.builder("lumotuwe2")
			.syncToSender(false)
			.lifeTime(Duration.ofSeconds(60))
			.msgSeq(93847636)
			.msgRandom(1287657)
			.skipBeforeSendCallback()
			.skipAfterSendCallback()
			.text("hi, beauty")
			.cloudCustomData("your cloud custom data")
			.build();
		fixtures.assertWrittenAs(request, "sendmsg.request-3.json");
	}

	@Test
	void sendmsgResponse() {
		SendMessageResponse response = fixtures.read("sendmsg.response.json", SendMessageResponse.class);
		assertThat(response.msgTime()).isEqualTo(1572870301L);
		assertThat(response.msgKey()).isEqualTo("89541_2574206_1572870301");
		assertThat(response.extra()).containsKeys("ActionStatus", "ErrorCode", "ErrorInfo");
	}

	@Test
	void batchsendmsgRequestAndPartialFailure() {
		BatchSendMessageRequest request = BatchSendMessageRequest.builder(List.of("bonnie", "rong"))
			.from("dave")
			.syncToSender(true)
			.msgSeq(28360)
			.msgRandom(19901224)
			.text("hi, beauty")
			.cloudCustomData("your cloud custom data")
			.offlinePushInfo(OfflinePushInfo.builder()
				.pushFlag(0)
				.desc("Content to push offline")
				.ext("Passthrough content")
				.androidInfo(new OfflinePushInfo.AndroidInfo("android.mp3", null, null, Map.of()))
				.apnsInfo(new OfflinePushInfo.ApnsInfo("apns.mp3", 1, "apns title", "apns subtitle", "www.image.com",
						null, Map.of()))
				.build())
			.build();
		fixtures.assertWrittenAs(request, "batchsendmsg.request.json");
		BatchSendMessageResponse response = fixtures.read("batchsendmsg.response.json", BatchSendMessageResponse.class);
		assertThat(response.msgKey()).isEqualTo("4852_28135_1579678877");
		assertThat(response.failures()).containsExactly(new BatchSendMessageResponse.Failure("rong", 70107));
		assertThat(response.extra().get("ActionStatus").stringValue()).isEqualTo("SomeError");
	}

	@Test
	void importmsgRequest() {
		ImportMessageRequest realTime = ImportMessageRequest.builder("lumotuwe1", "lumotuwe2", 1556178721)
			.realTime()
			.msgSeq(827092)
			.msgRandom(1287657)
			.text("hi, beauty")
			.cloudCustomData("your cloud custom data")
			.build();
		fixtures.assertWrittenAs(realTime, "importmsg.request.json");
		ImportMessageRequest historical = ImportMessageRequest.builder("lumotuwe1", "lumotuwe2", 1556178721)
			.msgSeq(827092)
			.msgRandom(1287657)
			.text("hi, beauty")
			.cloudCustomData("your cloud custom data")
			.build();
		fixtures.assertWrittenAs(historical, "importmsg.request-2.json");
		assertThat(fixtures.read("importmsg.response.json", ChatResponse.class).errorCode()).isZero();
	}

	@Test
	void importShouldCarryEveryValueTheVendorRecognisesARepeatBy() {
		ImportMessageRequest request = ImportMessageRequest.builder("a", "b", 1556178721).text("x").build();
		assertThat(request.msgSeq()).isBetween(0L, MessageRandom.MAX);
		assertThat(request.msgRandom()).isBetween(0L, MessageRandom.MAX);
		assertThat(MessageCommands.IMPORT.idempotent()).isTrue();
	}

	@Test
	void admin_getroammsgRequestAndPages() {
		fixtures.assertWrittenAs(
				new HistoryRequest("user2", "user1", 100, 1584669600, 1584669680, "549396494_2578554_1584669680"),
				"admin_getroammsg.request.json");
		fixtures.assertWrittenAs(new HistoryRequest("user2", "user1", 100, 1584669600, 1584673200, null),
				"admin_getroammsg.request-2.json");
		HistoryResponse page = fixtures.read("admin_getroammsg.response.json", HistoryResponse.class);
		assertThat(page.isComplete()).isFalse();
		assertThat(page.msgCnt()).isEqualTo(12);
		assertThat(page.lastMsgTime()).isEqualTo(1584669680L);
		assertThat(page.lastMsgKey()).isEqualTo("549396494_2578554_1584669680");
		ReceivedMessage first = page.messages().get(0);
		assertThat(first.fromAccount()).isEqualTo("user1");
		assertThat(first.toAccount()).isEqualTo("user2");
		assertThat(first.msgSeq()).isEqualTo(549396494L);
		assertThat(first.msgRandom()).isEqualTo(2578554L);
		assertThat(first.msgTimeStamp()).isEqualTo(1584669680L);
		assertThat(first.msgKey()).isEqualTo("549396494_2578554_1584669680");
		assertThat(first.isPeerRead()).isZero();
		assertThat(first.text()).isEqualTo("msg 1");
		assertThat(first.cloudCustomData()).isEqualTo("your cloud custom data");
		HistoryRequest next = new HistoryRequest("user2", "user1", 100, 1584669600, 1584673200, null).next(page);
		assertThat(next.maxTime()).isEqualTo(1584669680L);
		assertThat(next.lastMsgKey()).isEqualTo("549396494_2578554_1584669680");
		assertThat(fixtures.read("admin_getroammsg.response-2.json", HistoryResponse.class).isComplete()).isTrue();
	}

	@Test
	void admin_msgwithdrawRequest() {
		fixtures.assertWrittenAs(new RecallMessageRequest("vinson", "dramon", "31906_833502_1572869830"),
				"admin_msgwithdraw.request.json");
	}

	@Test
	void admin_set_msg_readRequest() {
		fixtures.assertWrittenAs(MarkReadRequest.all("dramon1", "dramon2"), "admin_set_msg_read.request.json");
		assertThat(MarkReadRequest.upTo("a", "b", 1584669600).msgReadTime()).isEqualTo("1584669600");
	}

	@Test
	void get_c2c_unread_msg_numRequestsAndResponses() {
		fixtures.assertWrittenAs(new UnreadCountRequest("dramon1", List.of("dramon2", "teacher")),
				"get_c2c_unread_msg_num.request.json");
		fixtures.assertWrittenAs(new UnreadCountRequest("dramon1", null), "get_c2c_unread_msg_num.request-2.json");
		UnreadCountResponse perPeer = fixtures.read("get_c2c_unread_msg_num.response.json", UnreadCountResponse.class);
		assertThat(perPeer.counts()).containsExactly(new UnreadCountResponse.PeerCount("dramon2", 12),
				new UnreadCountResponse.PeerCount("teacher", 12));
		assertThat(
				fixtures.read("get_c2c_unread_msg_num.response-2.json", UnreadCountResponse.class).allC2cUnreadMsgNum())
			.isEqualTo(12L);
	}

	@Test
	void modify_c2c_msgRequest() {
		fixtures.assertWrittenAs(new ModifyMessageRequest("dramon1", "dramon2", "1_2_3",
				List.of(MessageElement.text("hello")), "your cloud custom data"), "modify_c2c_msg.request.json");
		fixtures.assertWrittenAs(
				new ModifyMessageRequest("dramon1", "dramon2", "1_2_3", List.of(MessageElement.text("hello")), null),
				"modify_c2c_msg.request-2.json");
	}

	@Test
	void delete_c2c_msg_rambleRequest() {
		fixtures.assertWrittenAs(
				new DeleteHistoryRequest("user0", "user1",
						List.of("1472765512_1000001_1697790495", "1085536171_2000001_1697790694")),
				"delete_c2c_msg_ramble.request.json");
	}

	@Test
	void c2c_msg_read_receiptRequest() {
		fixtures.assertWrittenAs(
				new ReadReceiptRequest("user1", "user2",
						List.of(new ReadReceiptRequest.MessageRef("user2", "user1", "1467329515_5675354_1708676941"))),
				"c2c_msg_read_receipt.request.json");
	}

	@Test
	void keyValueRequestsAndResponses() {
		fixtures.assertWrittenAs(new GetExtensionsRequest("62768", "116400", "44739199_12_1665388280", 2L),
				"get_key_values.request.json");
		ExtensionsResponse extensions = fixtures.read("get_key_values.response.json", ExtensionsResponse.class);
		assertThat(extensions.completeFlag()).isEqualTo(1);
		assertThat(extensions.latestSeq()).isEqualTo(2);
		assertThat(extensions.extensions()).hasSize(3).last().isEqualTo(new MessageExtension("k3", "v3", 2));
		fixtures.assertWrittenAs(new SetExtensionsRequest("62768", "116400", "44739199_12_1665388280", 1, List
			.of(MessageExtension.of("k1", "v1"), MessageExtension.of("k2", "v2"), MessageExtension.of("k3", "v3"))),
				"set_key_values.request.json");
		fixtures.assertWrittenAs(new SetExtensionsRequest("62768", "116400", "44739199_12_1665388280", 3, null),
				"set_key_values.request-3.json");
		SetExtensionsResponse set = fixtures.read("set_key_values.response.json", SetExtensionsResponse.class);
		assertThat(set.results()).extracting(SetExtensionsResponse.Result::errorCode).containsExactly(0, 23001);
		assertThat(set.results().get(1).extension()).isEqualTo(new MessageExtension("k2", "v1234", 2));
	}

	@Test
	void streamRequests() {
		StreamMessageRequest c2c = new StreamMessageRequest(1, null, "123456789", 93847636L, 1287657, null,
				List.of(new MessageElement.Stream("当前版本过低,请升级后查看流式消息",
						List.of(new MessageElement.Stream.Chunk("data", 1, null, null, Map.of())), Map.of())),
				null);
		fixtures.assertWrittenAs(c2c, "send_c2c_stream_msg.request.json");
		GroupStreamMessageRequest group = new GroupStreamMessageRequest("group_123456", null, 1287657, null,
				List.of(new MessageElement.Stream("当前版本过低,请升级后查看流式消息",
						List.of(MessageElement.Stream.Chunk.data(1, "大家好,这是群组流式消息的第一个分片", false)), Map.of())),
				"your cloud custom data");
		fixtures.assertWrittenAs(group, "send_group_stream_msg.request.json");
	}

	@ParameterizedTest
	@ValueSource(strings = { "TIMTextElem", "TIMLocationElem", "TIMFaceElem", "TIMCustomElem", "TIMSoundElem",
			"TIMImageElem", "TIMFileElem", "TIMVideoFileElem", "TIMRelayElem", "TIMSoundElem.legacy-2x3x",
			"TIMFileElem.legacy-2x3x", "TIMVideoFileElem.legacy-2x3x" })
	void everyElementOfTheMessageFormatsPageShouldBeReadAndWrittenBackUnchanged(String name) {
		JsonNode json = fixtures.tree("msgformat." + name + ".json");
		MessageElement element = GoldenFixtures.mapper().treeToValue(json, MessageElement.class);
		assertThat(element).isNotInstanceOf(MessageElement.Unknown.class);
		assertThat(element.msgType()).isEqualTo(json.get("MsgType").stringValue());
		assertThat(element).extracting((e) -> extraOf(e)).isEqualTo(Map.of());
		assertThat(GoldenFixtures.written(element)).isEqualTo(json);
	}

	@Test
	void elementValuesShouldBeReadIntoTheirRecords() {
		MessageElement.Relay relay = (MessageElement.Relay) GoldenFixtures.mapper()
			.treeToValue(fixtures.tree("msgformat.TIMRelayElem.json"), MessageElement.class);
		assertThat(relay.msgNum()).isEqualTo(2);
		assertThat(relay.msgList()).hasSize(2);
		assertThat(relay.msgList().get(0).msgRandom()).as("above 2^31").isEqualTo(3998651049L);
		assertThat(relay.msgList().get(0).groupId()).isEqualTo("group1");
		MessageElement.Image image = (MessageElement.Image) GoldenFixtures.mapper()
			.treeToValue(fixtures.tree("msgformat.TIMImageElem.json"), MessageElement.class);
		assertThat(image.imageInfoArray()).extracting(MessageElement.Image.ImageInfo::size)
			.containsExactly(1853095L, 2565240L, 12535L);
		MessageElement.Location location = (MessageElement.Location) GoldenFixtures.mapper()
			.treeToValue(fixtures.tree("msgformat.TIMLocationElem.json"), MessageElement.class);
		assertThat(location.latitude()).isEqualTo(29.340656774469956);
	}

	@Test
	void anUnknownElementShouldBeKeptAndWrittenBackUnchanged() {
		JsonNode json = GoldenFixtures.mapper()
			.readTree("{\"MsgType\":\"TIMHologramElem\",\"MsgContent\":{\"Depth\":3,\"Frames\":[1,2]}}");
		MessageElement element = GoldenFixtures.mapper().treeToValue(json, MessageElement.class);
		assertThat(element).isInstanceOf(MessageElement.Unknown.class);
		assertThat(element.msgType()).isEqualTo("TIMHologramElem");
		assertThat(GoldenFixtures.written(element)).isEqualTo(json);
	}

	@Test
	void unknownFieldsOfAKnownElementShouldBeKept() {
		JsonNode json = GoldenFixtures.mapper()
			.readTree("{\"MsgType\":\"TIMTextElem\",\"MsgContent\":{\"Text\":\"hi\",\"Mentions\":[\"bob\"]}}");
		MessageElement.Text text = (MessageElement.Text) GoldenFixtures.mapper()
			.treeToValue(json, MessageElement.class);
		assertThat(text.text()).isEqualTo("hi");
		assertThat(text.extra()).containsKey("Mentions");
		assertThat(GoldenFixtures.written(text)).isEqualTo(json);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, JsonNode> extraOf(MessageElement element) {
		try {
			return (Map<String, JsonNode>) element.getClass().getMethod("extra").invoke(element);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
