package io.github.chatadmin.emulator;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import com.tencentyun.TLSSigAPIv2;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests that the emulator checks every request as the vendor documents, answering
 * violations with the vendor's codes.
 */
class EmulatorEnvelopeTests {

	static final long APP = 1400000123L;

	static final String KEY = "emulator-test-secret-key";

	static ChatAdminEmulator emulator;

	static ChatAdminEmulator future;

	static final HttpClient http = HttpClient.newHttpClient();

	static final String SIG = new TLSSigAPIv2(APP, KEY).genUserSig("administrator", 86400);

	@BeforeAll
	static void start() {
		emulator = ChatAdminEmulator.builder().sdkAppId(APP).secretKey(KEY).build().start();
		future = ChatAdminEmulator.builder()
			.sdkAppId(APP)
			.secretKey(KEY)
			.clock(Clock.fixed(Instant.now().plus(Duration.ofDays(2)), ZoneOffset.UTC))
			.build()
			.start();
	}

	@AfterAll
	static void stop() {
		emulator.close();
		future.close();
	}

	private static JsonNode send(ChatAdminEmulator target, String method, String pathAndQuery, String body)
			throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(URI.create(target.baseUrl() + pathAndQuery))
			.method(method, HttpRequest.BodyPublishers.ofString(body))
			.header("Content-Type", "application/json")
			.build();
		HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		return JsonMapper.builder().build().readTree(response.body());
	}

	private static String query(String sdkAppId, String identifier, String userSig, String random, String contentType) {
		return "?sdkappid=" + sdkAppId + "&identifier=" + identifier + "&usersig=" + userSig + "&random=" + random
				+ "&contenttype=" + contentType;
	}

	private static String valid() {
		return query(Long.toString(APP), "administrator", SIG, "12345", "json");
	}

	private static int code(JsonNode answer) {
		return answer.get("ErrorCode").asInt();
	}

	@Test
	void shouldAcceptAValidRequest() throws Exception {
		JsonNode answer = send(emulator, "POST", "/v4/im_open_login_svc/account_check" + valid(),
				"{\"CheckItem\":[{\"UserID\":\"nobody\"}]}");
		assertThat(answer.get("ActionStatus").asString()).isEqualTo("OK");
		assertThat(code(answer)).isZero();
		assertThat(answer.get("ResultItem").get(0).get("AccountStatus").asString()).isEqualTo("NotImported");
	}

	@Test
	void shouldRefuseOtherMethods() throws Exception {
		assertThat(code(send(emulator, "PUT", "/v4/openim/sendmsg" + valid(), "{}"))).isEqualTo(60002);
	}

	@Test
	void shouldAnswerUnknownPathsAndCommandsWith60009() throws Exception {
		assertThat(code(send(emulator, "POST", "/v3/openim/sendmsg" + valid(), "{}"))).isEqualTo(60009);
		JsonNode unknown = send(emulator, "POST", "/v4/openim/no_such_command" + valid(), "{}");
		assertThat(code(unknown)).isEqualTo(60009);
		assertThat(unknown.get("ActionStatus").asString()).isEqualTo("FAIL");
		assertThat(unknown.get("ErrorInfo").asString()).contains("openim/no_such_command");
	}

	@Test
	void shouldCheckTheSdkAppId() throws Exception {
		assertThat(code(send(emulator, "POST",
				"/v4/openim/sendmsg?identifier=administrator&usersig=" + SIG + "&random=1&contenttype=json", "{}")))
			.isEqualTo(60012);
		assertThat(code(send(emulator, "POST",
				"/v4/openim/sendmsg" + query("1400000999", "administrator", SIG, "1", "json"), "{}")))
			.isEqualTo(60006);
	}

	@Test
	void shouldRequireIdentifierAndUserSig() throws Exception {
		assertThat(
				code(send(emulator, "POST", "/v4/openim/sendmsg?sdkappid=" + APP + "&random=1&contenttype=json", "{}")))
			.isEqualTo(60004);
	}

	@Test
	void shouldVerifyTheUserSig() throws Exception {
		String otherKey = new TLSSigAPIv2(APP, "another-key").genUserSig("administrator", 86400);
		String otherApp = new TLSSigAPIv2(1400000999L, KEY).genUserSig("administrator", 86400);
		String bob = new TLSSigAPIv2(APP, KEY).genUserSig("bob", 86400);
		String path = "/v4/im_open_login_svc/kick";
		assertThat(code(
				send(emulator, "POST", path + query(Long.toString(APP), "administrator", otherKey, "1", "json"), "{}")))
			.isEqualTo(70009);
		assertThat(code(
				send(emulator, "POST", path + query(Long.toString(APP), "administrator", otherApp, "1", "json"), "{}")))
			.isEqualTo(70014);
		assertThat(code(send(emulator, "POST", path + query(Long.toString(APP), "bob", SIG, "1", "json"), "{}")))
			.isEqualTo(70013);
		assertThat(code(send(emulator, "POST",
				path + query(Long.toString(APP), "administrator", "garbage", "1", "json"), "{}")))
			.isEqualTo(70003);
		assertThat(code(send(emulator, "POST", path + query(Long.toString(APP), "bob", bob, "1", "json"), "{}")))
			.isEqualTo(60010);
	}

	@Test
	void shouldRefuseAnExpiredUserSig() throws Exception {
		assertThat(code(send(future, "POST", "/v4/im_open_login_svc/kick" + valid(), "{\"UserID\":\"a\"}")))
			.isEqualTo(70001);
	}

	@Test
	void shouldCheckRandomAndContentType() throws Exception {
		String path = "/v4/im_open_login_svc/kick";
		assertThat(
				code(send(emulator, "POST", path + query(Long.toString(APP), "administrator", SIG, "", "json"), "{}")))
			.isEqualTo(60002);
		assertThat(code(send(emulator, "POST",
				path + query(Long.toString(APP), "administrator", SIG, "4294967296", "json"), "{}")))
			.isEqualTo(60002);
		assertThat(
				code(send(emulator, "POST", path + query(Long.toString(APP), "administrator", SIG, "1", "xml"), "{}")))
			.isEqualTo(60002);
	}

	@Test
	void shouldRequireAJsonObjectBody() throws Exception {
		String path = "/v4/im_open_login_svc/kick" + valid();
		assertThat(code(send(emulator, "POST", path, ""))).isEqualTo(60003);
		assertThat(code(send(emulator, "POST", path, "[1,2]"))).isEqualTo(60003);
		assertThat(code(send(emulator, "POST", path, "{not json"))).isEqualTo(60003);
	}

	@Test
	void toStringShouldNotRevealTheKey() {
		assertThat(emulator.toString()).doesNotContain(KEY);
	}

}
