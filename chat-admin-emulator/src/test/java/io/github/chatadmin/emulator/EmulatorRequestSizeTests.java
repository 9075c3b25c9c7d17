package io.github.chatadmin.emulator;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.tencentyun.TLSSigAPIv2;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The emulator bounds what it reads: it authenticates before reading a body, refuses a
 * body over its limit without reading it whole, and refuses messages over the vendor's 12
 * KB limit with the vendor's codes.
 */
class EmulatorRequestSizeTests {

	static final long APP = 1400000123L;

	static final String KEY = "emulator-request-size-key";

	static final String SIG = new TLSSigAPIv2(APP, KEY).genUserSig("administrator", 86400);

	static final int SMALL_LIMIT = 1024;

	static final JsonMapper mapper = JsonMapper.builder().build();

	static final HttpClient http = HttpClient.newHttpClient();

	static ChatAdminEmulator emulator;

	static ChatAdminEmulator small;

	@BeforeAll
	static void start() {
		emulator = ChatAdminEmulator.builder().sdkAppId(APP).secretKey(KEY).build().start();
		small = ChatAdminEmulator.builder()
			.sdkAppId(APP)
			.secretKey(KEY)
			.maxRequestBodySize(SMALL_LIMIT)
			.build()
			.start();
	}

	@AfterAll
	static void stop() {
		emulator.close();
		small.close();
	}

	@BeforeEach
	void seed() throws Exception {
		emulator.reset();
		small.reset();
		assertThat(code(post(emulator, "im_open_login_svc/multiaccount_import", "{\"Accounts\":[\"alice\",\"bob\"]}")))
			.isZero();
		assertThat(code(post(emulator, "group_open_http_svc/create_group",
				"{\"Owner_Account\":\"alice\",\"Type\":\"Public\",\"Name\":\"g\",\"GroupId\":\"g\"}")))
			.isZero();
	}

	private static String query(String userSig) {
		return "?sdkappid=" + APP + "&identifier=administrator&usersig=" + userSig + "&random=1&contenttype=json";
	}

	@Test
	void shouldRefuseANonPositiveLimit() {
		assertThatIllegalArgumentException().isThrownBy(() -> ChatAdminEmulator.builder().maxRequestBodySize(0));
	}

	@Test
	void shouldAuthenticateBeforeReadingTheBody() throws Exception {
		try (RawHttp connection = new RawHttp(emulator.baseUrl())) {
			connection.head("/v4/im_open_login_svc/account_import" + query("garbage"), "Content-Length: 19");
			RawHttp.Response refused = connection.read();
			assertThat(refused.status()).isEqualTo(200);
			assertThat(mapper.readTree(refused.body()).get("ErrorCode").asInt()).isEqualTo(70003);
			connection.write("{\"UserID\":\"carol\"}\n".getBytes(StandardCharsets.UTF_8));
			connection.post("/v4/im_open_login_svc/account_import" + query(SIG), "{\"UserID\":\"dave\"}");
			RawHttp.Response accepted = connection.read();
			assertThat(mapper.readTree(accepted.body()).get("ErrorCode").asInt()).isZero();
		}
		assertThat(emulator.hasAccount("carol")).isFalse();
		assertThat(emulator.hasAccount("dave")).isTrue();
	}

	@Test
	void shouldRefuseADeclaredOversizedBodyWithoutReadingIt() throws Exception {
		try (RawHttp connection = new RawHttp(emulator.baseUrl())) {
			connection.head("/v4/im_open_login_svc/account_import" + query(SIG), "Content-Type: application/json",
					"Content-Length: 50000000");
			RawHttp.Response response = connection.read();
			assertThat(response.status()).isEqualTo(413);
			assertThat(response.headers()).containsEntry("connection", "close");
			assertThat(response.body()).contains(Integer.toString(ChatAdminEmulator.DEFAULT_MAX_REQUEST_BODY_SIZE));
			assertThat(connection.isClosedByServer()).isTrue();
		}
	}

	@Test
	void shouldStopReadingAChunkedBodyOnceItPassesTheLimit() throws Exception {
		byte[] first = ("{\"UserID\":\"big\",\"Nick\":\"" + "x".repeat(SMALL_LIMIT / 2))
			.getBytes(StandardCharsets.UTF_8);
		byte[] second = "y".repeat(SMALL_LIMIT / 2).getBytes(StandardCharsets.UTF_8);
		try (RawHttp connection = new RawHttp(small.baseUrl())) {
			connection.head("/v4/im_open_login_svc/account_import" + query(SIG), "Content-Type: application/json",
					"Transfer-Encoding: chunked");
			connection.chunk(first);
			connection.chunk(second);
			RawHttp.Response response = connection.read();
			assertThat(response.status()).isEqualTo(413);
			assertThat(response.body()).contains(Integer.toString(SMALL_LIMIT));
			assertThat(connection.isClosedByServer()).isTrue();
		}
		assertThat(small.hasAccount("big")).isFalse();
		assertThat(code(post(small, "im_open_login_svc/account_import", "{\"UserID\":\"after\"}"))).isZero();
	}

	@Test
	void shouldAcceptABodyUpToTheLimit() throws Exception {
		String body = "{\"UserID\":\"fits\",\"Nick\":\"\"}";
		String padded = body.replace("\"Nick\":\"\"",
				"\"Nick\":\"" + "n".repeat(SMALL_LIMIT - body.getBytes(StandardCharsets.UTF_8).length) + "\"");
		assertThat(padded.getBytes(StandardCharsets.UTF_8)).hasSize(SMALL_LIMIT);
		assertThat(code(post(small, "im_open_login_svc/account_import", padded))).isEqualTo(0);
		assertThat(small.hasAccount("fits")).isTrue();
	}

	@Test
	void concurrentOversizedBodiesAreRefusedAndChangeNothing() throws Exception {
		int senders = 12;
		ExecutorService pool = Executors.newFixedThreadPool(senders);
		try {
			List<Future<Outcome>> outcomes = new ArrayList<>();
			for (int i = 0; i < senders; i++) {
				boolean chunked = i % 2 == 0;
				outcomes.add(pool.submit(oversizedSend(chunked)));
			}
			for (Future<Outcome> future : outcomes) {
				Outcome outcome = future.get();
				assertThat(outcome.wroteAll()).as("the emulator took the whole 50 MB body").isFalse();
				assertThat(outcome.status()).as("the answer, 0 when the connection was closed first").isIn(413, 0);
			}
		}
		finally {
			pool.shutdownNow();
		}
		JsonNode history = answer(post(emulator, "openim/admin_getroammsg",
				"{\"Operator_Account\":\"alice\",\"Peer_Account\":\"bob\",\"MaxCnt\":100,\"MinTime\":0,"
						+ "\"MaxTime\":4102444800}"));
		assertThat(history.get("MsgCnt").asInt()).isZero();
		assertThat(code(post(emulator, "openim/sendmsg", sendMsg("openim", "hi")))).isZero();
	}

	private static Callable<Outcome> oversizedSend(boolean chunked) {
		return () -> {
			int total = 50_000_000;
			String prefix = "{\"From_Account\":\"alice\",\"To_Account\":\"bob\",\"MsgRandom\":1,\"MsgBody\":"
					+ "[{\"MsgType\":\"TIMTextElem\",\"MsgContent\":{\"Text\":\"";
			byte[] block = new byte[64 * 1024];
			Arrays.fill(block, (byte) 'z');
			try (RawHttp connection = new RawHttp(emulator.baseUrl())) {
				boolean wroteAll = false;
				try {
					if (chunked) {
						connection.head("/v4/openim/sendmsg" + query(SIG), "Transfer-Encoding: chunked");
						connection.chunk(prefix.getBytes(StandardCharsets.UTF_8));
					}
					else {
						connection.head("/v4/openim/sendmsg" + query(SIG), "Content-Length: " + total);
						connection.write(prefix.getBytes(StandardCharsets.UTF_8));
					}
					for (int sent = prefix.length(); sent < total - block.length; sent += block.length) {
						if (chunked) {
							connection.chunk(block);
						}
						else {
							connection.write(block);
						}
					}
					wroteAll = true;
				}
				catch (IOException ex) {
					// the emulator closed the connection: what the test expects
				}
				try {
					return new Outcome(wroteAll, connection.read().status());
				}
				catch (IOException ex) {
					return new Outcome(wroteAll, 0);
				}
			}
		};
	}

	record Outcome(boolean wroteAll, int status) {

	}

	@Test
	void oneToOneMessagesOver12KbAreRefusedWith93000() throws Exception {
		assertThat(code(post(emulator, "openim/sendmsg", sendMsg("openim", textOfBodySize(12288))))).isZero();
		assertThat(code(post(emulator, "openim/sendmsg", sendMsg("openim", textOfBodySize(12289))))).isEqualTo(93000);
		String batch = sendMsg("openim", textOfBodySize(12289)).replace("\"To_Account\":\"bob\"",
				"\"To_Account\":[\"bob\"]");
		assertThat(code(post(emulator, "openim/batchsendmsg", batch))).isEqualTo(93000);
		JsonNode history = answer(post(emulator, "openim/admin_getroammsg",
				"{\"Operator_Account\":\"alice\",\"Peer_Account\":\"bob\",\"MaxCnt\":100,\"MinTime\":0,"
						+ "\"MaxTime\":4102444800}"));
		assertThat(history.get("MsgCnt").asInt()).isOne();
	}

	@Test
	void groupMessagesOver12KbAreRefusedWith80002() throws Exception {
		assertThat(code(post(emulator, "group_open_http_svc/send_group_msg", sendMsg("group", textOfBodySize(12289)))))
			.isEqualTo(80002);
		assertThat(code(post(emulator, "group_open_http_svc/send_group_msg", sendMsg("group", textOfBodySize(12288)))))
			.isZero();
		JsonNode info = answer(post(emulator, "group_open_http_svc/get_group_info", "{\"GroupIdList\":[\"g\"]}"));
		assertThat(info.at("/GroupInfo/0/NextMsgSeq").asInt()).isEqualTo(2);
	}

	/**
	 * Return a text whose {@code MsgBody} of one text element serializes to exactly
	 * {@code bytes} bytes of UTF-8.
	 */
	private static String textOfBodySize(int bytes) {
		int overhead = messageBody("").getBytes(StandardCharsets.UTF_8).length;
		return "t".repeat(bytes - overhead);
	}

	private static String messageBody(String text) {
		return "[{\"MsgType\":\"TIMTextElem\",\"MsgContent\":{\"Text\":\"" + text + "\"}}]";
	}

	private static String sendMsg(String area, String text) {
		if (area.equals("group")) {
			return "{\"GroupId\":\"g\",\"Random\":" + text.length() + ",\"MsgBody\":" + messageBody(text) + "}";
		}
		return "{\"From_Account\":\"alice\",\"To_Account\":\"bob\",\"MsgRandom\":" + text.length() + ",\"MsgBody\":"
				+ messageBody(text) + "}";
	}

	private static int code(HttpResponse<byte[]> response) {
		return answer(response).get("ErrorCode").asInt();
	}

	private static JsonNode answer(HttpResponse<byte[]> response) {
		assertThat(response.statusCode()).isEqualTo(200);
		return mapper.readTree(response.body());
	}

	private static HttpResponse<byte[]> post(ChatAdminEmulator target, String command, String body)
			throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(URI.create(target.baseUrl() + "/v4/" + command + query(SIG)))
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.header("Content-Type", "application/json")
			.build();
		return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
	}

}
