package io.github.chatadmin.sample;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.github.chatadmin.emulator.ChatAdminEmulator;
import io.github.chatadmin.emulator.EmulatorCallbacks;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Callbacks end to end: a message sent through the sample's API makes the embedded
 * emulator call the sample back; the before-send handler refuses the banned word (the
 * sender gets the vendor's 20006 or 10016), clean messages are delivered and show in
 * {@code GET /events}. And the callback endpoint over real HTTP, as {@code curl} would
 * call it: a correctly signed callback is answered with the vendor's envelope, a wrongly
 * signed one is refused.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "tencent.chat.sdk-app-id=", "tencent.chat.secret-key=", "spring.profiles.active=emulator",
				"tencent.chat.callback.token=" + SampleCallbackTests.TOKEN, "sample.banned-word=forbidden" })
@AutoConfigureWebTestClient
class SampleCallbackTests {

	static final String TOKEN = "sample-callback-tests-token";

	private static final JsonMapper mapper = JsonMapper.builder().build();

	@Autowired
	private WebTestClient client;

	@Autowired
	private ChatAdminEmulator emulator;

	@LocalServerPort
	private int port;

	private void createUser(String userId) {
		this.client.post()
			.uri("/users")
			.bodyValue(Map.of("userId", userId))
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody()
			.jsonPath("$.userId")
			.isEqualTo(userId);
	}

	@Test
	void theBeforeHandlerBlocksTheBannedWordAndCleanMessagesShowInEvents() throws Exception {
		createUser("cb-alice");
		createUser("cb-bob");
		this.client.post()
			.uri("/messages")
			.bodyValue(Map.of("from", "cb-alice", "to", "cb-bob", "text", "this is Forbidden talk"))
			.exchange()
			.expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.errorCode")
			.isEqualTo(20006);
		this.client.post()
			.uri("/messages")
			.bodyValue(Map.of("from", "cb-alice", "to", "cb-bob", "text", "hello bob"))
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody()
			.jsonPath("$.messageKey")
			.isNotEmpty();
		EmulatorCallbacks.Call after = this.emulator.callbacks()
			.awaitCall("C2C.CallbackAfterSendMsg")
			.get(10, TimeUnit.SECONDS);
		assertThat(after.errorCode()).isZero();
		assertThat(this.emulator.callbacks().calls("C2C.CallbackBeforeSendMsg"))
			.extracting(EmulatorCallbacks.Call::errorCode)
			.containsExactly(SampleCallbacks.REFUSED, 0);
		this.client.get()
			.uri("/users/cb-alice/messages?peer=cb-bob")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.length()")
			.isEqualTo(1)
			.jsonPath("$[0].text")
			.isEqualTo("hello bob");
		this.client.get()
			.uri("/events")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$[?(@.from == 'cb-alice')].text")
			.isEqualTo(List.of("hello bob"))
			.jsonPath("$[?(@.from == 'cb-alice')].command")
			.isEqualTo(List.of("C2C.CallbackAfterSendMsg"));
	}

	@Test
	void theBeforeHandlerBlocksTheBannedWordInGroups() throws Exception {
		createUser("cb-owner");
		String groupId = this.client.post()
			.uri("/groups")
			.bodyValue(Map.of("name", "callbacks", "owner", "cb-owner"))
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody()
			.get("groupId")
			.asString();
		this.client.post()
			.uri("/groups/{id}/messages", groupId)
			.bodyValue(Map.of("from", "cb-owner", "text", "forbidden"))
			.exchange()
			.expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.errorCode")
			.isEqualTo(10016);
		this.client.post()
			.uri("/groups/{id}/messages", groupId)
			.bodyValue(Map.of("from", "cb-owner", "text", "welcome"))
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody()
			.jsonPath("$.seq")
			.isNotEmpty();
		this.emulator.callbacks().awaitCall("Group.CallbackAfterSendMsg").get(10, TimeUnit.SECONDS);
		this.client.get()
			.uri("/events")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$[?(@.to == '" + groupId + "')].text")
			.isEqualTo(List.of("welcome"));
	}

	@Test
	void aSignedCallbackOverHttpIsAnsweredAndAWronglySignedOneRefused() throws Exception {
		long requestTime = System.currentTimeMillis() / 1000;
		String body = """
				{"CallbackCommand":"C2C.CallbackAfterSendMsg","From_Account":"curl-alice","To_Account":"curl-bob",
				"MsgSeq":1,"MsgRandom":2,"MsgTime":%d,"MsgKey":"1_2_%d",
				"MsgBody":[{"MsgType":"TIMTextElem","MsgContent":{"Text":"from curl"}}],
				"SendMsgResult":0,"ErrorInfo":"send msg succeed","EventTime":%d}
				""".formatted(requestTime, requestTime, requestTime * 1000);
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
		HttpResponse<String> signed = post(http, body, requestTime, sha256(TOKEN + requestTime));
		assertThat(signed.statusCode()).isEqualTo(200);
		JsonNode reply = mapper.readTree(signed.body());
		assertThat(reply.get("ActionStatus").asString()).isEqualTo("OK");
		assertThat(reply.get("ErrorCode").asInt()).isZero();
		HttpResponse<String> wrong = post(http, body, requestTime, sha256("not-the-token" + requestTime));
		assertThat(wrong.statusCode()).isBetween(400, 499);
		assertThat(wrong.body()).doesNotContain(TOKEN);
		this.client.get()
			.uri("/events")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$[?(@.from == 'curl-alice')].text")
			.isEqualTo(List.of("from curl"));
	}

	private HttpResponse<String> post(HttpClient http, String body, long requestTime, String sign) throws Exception {
		URI uri = URI.create("http://127.0.0.1:" + this.port + "/tencent-chat/callback?SdkAppid="
				+ this.emulator.getSdkAppId() + "&CallbackCommand=C2C.CallbackAfterSendMsg&contenttype=json"
				+ "&ClientIP=127.0.0.1&OptPlatform=RESTAPI&RequestTime=" + requestTime + "&Sign=" + sign);
		HttpRequest request = HttpRequest.newBuilder(uri)
			.timeout(Duration.ofSeconds(10))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		return http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	private static String sha256(String text) throws Exception {
		return HexFormat.of()
			.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
	}

}
