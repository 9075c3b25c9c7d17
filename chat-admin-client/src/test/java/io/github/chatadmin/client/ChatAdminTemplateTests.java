package io.github.chatadmin.client;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.chatadmin.client.transport.CommandRateLimiter;
import io.github.chatadmin.client.transport.HttpSettings;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistryAssert;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link ChatAdminTemplate} against an in-process WireMock on loopback.
 */
class ChatAdminTemplateTests {

	static final long SDK_APP_ID = TestTemplates.SDK_APP_ID;

	static final String SECRET_KEY = TestTemplates.SECRET_KEY;

	static final String OK = "{\"ActionStatus\":\"OK\",\"ErrorCode\":0,\"ErrorInfo\":\"\"}";

	@RegisterExtension
	static WireMockExtension wireMock = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
		.build();

	private ChatAdminTemplate template;

	@BeforeEach
	void createTemplate() {
		this.template = newTemplate(4);
	}

	@AfterEach
	void close() {
		this.template.close();
	}

	static ChatAdminTemplate.Builder builder() {
		return TestTemplates.builder("http://127.0.0.1:" + wireMock.getPort());
	}

	private static ChatAdminTemplate newTemplate(int maxAttempts) {
		return builder().maxAttempts(maxAttempts).build();
	}

	private static void assertEveryAttemptSentTheSameBody() {
		assertThat(
				wireMock.getAllServeEvents().stream().map((event) -> event.getRequest().getBodyAsString()).distinct())
			.hasSize(1);
	}

	private static String rateLimited(int code) {
		return "{\"ActionStatus\":\"FAIL\",\"ErrorCode\":" + code + ",\"ErrorInfo\":\"frequency limit\"}";
	}

	@Test
	void shouldSendTheVendorEnvelope() {
		wireMock.stubFor(post(urlPathEqualTo("/v4/im_open_login_svc/account_import")).willReturn(okJson(OK)));
		JsonNode response = this.template
			.execute("im_open_login_svc", "account_import", Map.of("UserID", "alice", "Nick", "Alice"))
			.block();
		assertThat(response.get("ActionStatus").asString()).isEqualTo("OK");
		wireMock.verify(1,
				postRequestedFor(urlPathEqualTo("/v4/im_open_login_svc/account_import"))
					.withQueryParam("sdkappid", equalTo(Long.toString(SDK_APP_ID)))
					.withQueryParam("identifier", equalTo("administrator"))
					.withQueryParam("contenttype", equalTo("json"))
					.withHeader("Content-Type", equalTo("application/json"))
					.withRequestBody(equalToJson("{\"UserID\":\"alice\",\"Nick\":\"Alice\"}")));
		LoggedRequest request = wireMock.getAllServeEvents().get(0).getRequest();
		assertThat(request.getMethod().getName()).isEqualTo("POST");
		assertThat(request.getUrl()).startsWith("/v4/im_open_login_svc/account_import?");
		assertThat(request.getQueryParams().keySet()).containsExactlyInAnyOrder("sdkappid", "identifier", "usersig",
				"random", "contenttype");
	}

	@Test
	void shouldAcceptResponsesLargerThanTheDefaultCodecLimit() {
		String large = "x".repeat(2 * 1024 * 1024);
		wireMock.stubFor(post(anyUrl()).willReturn(
				okJson("{\"ActionStatus\":\"OK\",\"ErrorCode\":0,\"ErrorInfo\":\"\",\"Big\":\"" + large + "\"}")));
		JsonNode response = this.template.execute("group_open_http_svc", "get_appid_group_list", null).block();
		assertThat(response.get("Big").asString()).hasSize(large.length());
	}

	@Test
	void shouldSendEmptyObjectForNullRequest() {
		wireMock.stubFor(post(anyUrl()).willReturn(okJson(OK)));
		this.template.execute("openim", "get_c2c_unread_msg_num", null).block();
		assertThat(wireMock.getAllServeEvents().get(0).getRequest().getBodyAsString()).isEqualTo("{}");
	}

	@Test
	void shouldSendAUserSigThatVerifiesAndIsReused() {
		wireMock.stubFor(post(anyUrl()).willReturn(okJson(OK)));
		for (int i = 0; i < 5; i++) {
			this.template.execute("im_open_login_svc", "kick", Map.of("UserID", "u" + i)).block();
		}
		List<String> userSigs = wireMock.getAllServeEvents()
			.stream()
			.map((event) -> event.getRequest().queryParameter("usersig").firstValue())
			.toList();
		assertThat(userSigs).hasSize(5);
		assertThat(Set.copyOf(userSigs)).hasSize(1);
		JsonNode doc = UserSigDecoder.decode(userSigs.get(0));
		assertThat(doc.get("TLS.ver").asString()).isEqualTo("2.0");
		assertThat(doc.get("TLS.identifier").asString()).isEqualTo("administrator");
		assertThat(doc.get("TLS.sdkappid").asLong()).isEqualTo(SDK_APP_ID);
		assertThat(doc.get("TLS.expire").asLong()).isEqualTo(Duration.ofDays(1).toSeconds());
		assertThat(doc.get("TLS.sig").asString()).isEqualTo(UserSigDecoder.expectedSignature(doc, SECRET_KEY));
		assertThat(UserSigDecoder.expectedSignature(doc, SECRET_KEY + "x")).isNotEqualTo(doc.get("TLS.sig").asString());
	}

	@Test
	void shouldAskACustomProviderOffTheEventLoop() {
		wireMock.stubFor(post(anyUrl()).willReturn(okJson(OK)));
		List<String> threads = new java.util.concurrent.CopyOnWriteArrayList<>();
		try (ChatAdminTemplate custom = ChatAdminTemplate.builder().sdkAppId(SDK_APP_ID).userSigProvider(() -> {
			threads.add(Thread.currentThread().getName());
			return "vault-issued-sig";
		}).endpoint(URI.create("http://127.0.0.1:" + wireMock.getPort())).build()) {
			custom.execute("im_open_login_svc", "kick", Map.of("UserID", "u")).block();
		}
		assertThat(wireMock.getAllServeEvents().get(0).getRequest().queryParameter("usersig").firstValue())
			.isEqualTo("vault-issued-sig");
		assertThat(threads).singleElement().asString().startsWith("boundedElastic");
	}

	@Test
	void shouldFailClearlyWhenTheProviderFails() {
		try (ChatAdminTemplate failing = ChatAdminTemplate.builder().sdkAppId(SDK_APP_ID).userSigProvider(() -> {
			throw new IllegalStateException("vault token " + SECRET_KEY + " rejected");
		}).endpoint(URI.create("http://127.0.0.1:" + wireMock.getPort())).build()) {
			assertThatExceptionOfType(ChatAdminRequestException.class)
				.isThrownBy(() -> failing.execute("im_open_login_svc", "kick", Map.of("UserID", "u")).block())
				.withMessageContaining("UserSigProvider")
				.withMessageNotContaining(SECRET_KEY)
				.satisfies((ex) -> assertThat(ex.getCause()).isNull());
		}
		assertThat(wireMock.getAllServeEvents()).isEmpty();
	}

	@Test
	void shouldDrawAFreshUnsignedRandomForEachAttempt() {
		wireMock.stubFor(post(anyUrl()).willReturn(okJson(OK)));
		for (int i = 0; i < 20; i++) {
			this.template.execute("openim", "query_online_status", Map.of("To_Account", List.of("a"))).block();
		}
		Set<Long> randoms = wireMock.getAllServeEvents()
			.stream()
			.map((event) -> Long.parseLong(event.getRequest().queryParameter("random").firstValue()))
			.collect(Collectors.toSet());
		assertThat(randoms).hasSizeGreaterThan(15).allMatch((value) -> value >= 0 && value <= 4294967295L);
	}

	@ParameterizedTest
	@ValueSource(ints = { 60007, 60011, 60018, 60019 })
	void shouldRetryRateLimitCodeThenSucceed(int code) {
		wireMock.stubFor(post(anyUrl()).inScenario("throttle")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(okJson(rateLimited(code)))
			.willSetStateTo("second"));
		wireMock.stubFor(post(anyUrl()).inScenario("throttle")
			.whenScenarioStateIs("second")
			.willReturn(okJson(rateLimited(code)))
			.willSetStateTo("ok"));
		wireMock.stubFor(post(anyUrl()).inScenario("throttle")
			.whenScenarioStateIs("ok")
			.willReturn(okJson("{\"ActionStatus\":\"OK\",\"ErrorCode\":0,\"ErrorInfo\":\"\",\"Value\":42}")));
		JsonNode response = this.template.execute("openim", "sendmsg", Map.of("To_Account", "bob")).block();
		assertThat(response.get("Value").asInt()).isEqualTo(42);
		wireMock.verify(3, postRequestedFor(urlPathEqualTo("/v4/openim/sendmsg")));
		assertEveryAttemptSentTheSameBody();
	}

	@Test
	void shouldFailWithRateLimitExceptionWhenAttemptsRunOut() {
		this.template.close();
		this.template = newTemplate(3);
		wireMock.stubFor(post(anyUrl()).willReturn(okJson(rateLimited(60011))));
		assertThatExceptionOfType(ChatAdminRateLimitException.class)
			.isThrownBy(() -> this.template.execute("openim", "sendmsg", Map.of("To_Account", "bob")).block())
			.satisfies((ex) -> {
				assertThat(ex.getErrorCode()).isEqualTo(60011);
				assertThat(ex.getAttempts()).isEqualTo(3);
				assertThat(ex.getService()).isEqualTo("openim");
				assertThat(ex.getCommand()).isEqualTo("sendmsg");
				assertThat(ex.isRetryable()).isTrue();
			});
		wireMock.verify(3, postRequestedFor(urlPathEqualTo("/v4/openim/sendmsg")));
	}

	@Test
	void shouldNotRetryOtherErrorCodes() {
		wireMock.stubFor(post(anyUrl())
			.willReturn(okJson("{\"ActionStatus\":\"FAIL\",\"ErrorCode\":70107,\"ErrorInfo\":\"account not exist\"}")));
		assertThatExceptionOfType(ChatAdminResponseException.class)
			.isThrownBy(() -> this.template.execute("im_open_login_svc", "kick", Map.of("UserID", "x")).block())
			.isNotInstanceOf(ChatAdminRateLimitException.class)
			.satisfies((ex) -> {
				assertThat(ex.getErrorCode()).isEqualTo(70107);
				assertThat(ex.getErrorInfo()).isEqualTo("account not exist");
				assertThat(ex.getAttempts()).isEqualTo(1);
				assertThat(ex.getMessage()).contains("im_open_login_svc/kick", "70107");
			});
		wireMock.verify(1, postRequestedFor(anyUrl()));
	}

	@Test
	void shouldTreatHttp502AsOutcomeUnknownAndNotRetryAWrite() {
		wireMock.stubFor(post(anyUrl())
			.willReturn(aResponse().withStatus(502).withBody("<html><body>502 Bad Gateway</body></html>")));
		assertThatExceptionOfType(ChatAdminRequestException.class)
			.isThrownBy(() -> this.template
				.execute("openim", "sendmsg", Map.of("To_Account", "bob", "MsgRandom", 42L, "MsgSeq", 7))
				.block())
			.satisfies((ex) -> {
				assertThat(ex.getHttpStatus()).isEqualTo(502);
				assertThat(ex.getMessage()).contains("HTTP 502", "Bad Gateway");
				assertThat(ex.isOutcomeUnknown()).isTrue();
				assertThat(ex.getFailureKind()).isEqualTo(ChatAdminFailureKind.OUTCOME_UNKNOWN);
				assertThat(ex.getMsgRandom()).isEqualTo(42L);
				assertThat(ex.getMsgSeq()).isEqualTo(7L);
				assertThat(ex.getRandom()).isEqualTo(Long
					.parseLong(wireMock.getAllServeEvents().get(0).getRequest().queryParameter("random").firstValue()));
			});
		wireMock.verify(1, postRequestedFor(anyUrl()));
	}

	@Test
	void shouldCutADribblingResponseAtTheAttemptDeadline() {
		wireMock.stubFor(post(anyUrl()).willReturn(okJson(OK).withChunkedDribbleDelay(10, 5000)));
		HttpSettings defaults = HttpSettings.defaults();
		HttpSettings tight = new HttpSettings(Duration.ofMillis(200), Duration.ofMillis(800), defaults.callTimeout(),
				defaults.maxConnections(), defaults.pendingAcquireMaxCount(), Duration.ofMillis(200),
				defaults.maxIdleTime(), defaults.maxLifeTime(), defaults.evictionInterval());
		try (ChatAdminTemplate impatient = builder().httpSettings(tight).build()) {
			assertThatExceptionOfType(ChatAdminRequestException.class)
				.isThrownBy(() -> impatient.execute("openim", "sendmsg", Map.of("To_Account", "bob")).block())
				.withMessageContaining("did not complete within PT1.2S")
				.satisfies((ex) -> assertThat(ex.isOutcomeUnknown()).isTrue());
		}
		wireMock.verify(1, postRequestedFor(anyUrl()));
	}

	@Test
	void shouldEndACallAtItsDeadlineWhenThatComesBeforeTheAttempts() {
		wireMock.stubFor(post(anyUrl()).willReturn(okJson(OK).withFixedDelay(5000)));
		HttpSettings defaults = HttpSettings.defaults();
		HttpSettings tight = new HttpSettings(defaults.connectTimeout(), Duration.ofSeconds(10), Duration.ofMillis(300),
				defaults.maxConnections(), defaults.pendingAcquireMaxCount(), defaults.pendingAcquireTimeout(),
				defaults.maxIdleTime(), defaults.maxLifeTime(), defaults.evictionInterval());
		TestObservationRegistry registry = TestObservationRegistry.create();
		try (ChatAdminTemplate impatient = builder().httpSettings(tight).observationRegistry(registry).build()) {
			assertThatExceptionOfType(ChatAdminRequestException.class)
				.isThrownBy(() -> impatient.execute("openim", "sendmsg", Map.of("To_Account", "bob")).block())
				.withMessageContaining("did not complete within PT0.3S (1 attempts)")
				.satisfies((ex) -> {
					assertThat(ex.getFailureKind()).isEqualTo(ChatAdminFailureKind.OUTCOME_UNKNOWN);
					assertThat(ex.getCause()).isInstanceOf(TimeoutException.class);
					assertThat(ex.getRandom()).isNotNull();
				});
		}
		TestObservationRegistryAssert.assertThat(registry)
			.hasSingleObservationThat()
			.hasBeenStopped()
			.hasLowCardinalityKeyValue("outcome", "TRANSPORT_ERROR");
		wireMock.verify(1, postRequestedFor(anyUrl()));
	}

	@Test
	void shouldFailFastWhenTheRateLimiterIsSaturated() {
		wireMock.stubFor(post(anyUrl()).willReturn(okJson(OK)));
		try (ChatAdminTemplate limited = builder()
			.rateLimiter(CommandRateLimiter.Mode.FIXED, 200, Map.of("openim/sendmsg", 0.01), Duration.ZERO)
			.build()) {
			limited.execute("openim", "sendmsg", Map.of("To_Account", "bob")).block();
			assertThatExceptionOfType(ChatAdminRequestException.class)
				.isThrownBy(() -> limited.execute("openim", "sendmsg", Map.of("To_Account", "bob")).block())
				.withMessageContaining("saturated")
				.satisfies((ex) -> {
					assertThat(ex.getFailureKind()).isEqualTo(ChatAdminFailureKind.SATURATED);
					assertThat(ex.isRetryable()).isTrue();
					assertThat(ex.getAttempts()).isEqualTo(1);
				});
			limited.execute("openim", "query_online_status", Map.of("To_Account", List.of("a"))).block();
		}
		wireMock.verify(1, postRequestedFor(urlPathEqualTo("/v4/openim/sendmsg")));
	}

	@Test
	void shouldNotCountTheRateLimiterWaitAgainstTheAttemptDeadline() {
		wireMock.stubFor(post(anyUrl()).willReturn(okJson(OK)));
		HttpSettings defaults = HttpSettings.defaults();
		HttpSettings tight = new HttpSettings(Duration.ofMillis(200), Duration.ofMillis(800), defaults.callTimeout(),
				defaults.maxConnections(), defaults.pendingAcquireMaxCount(), Duration.ofMillis(200),
				defaults.maxIdleTime(), defaults.maxLifeTime(), defaults.evictionInterval());
		try (ChatAdminTemplate paced = builder().httpSettings(tight)
			.rateLimiter(CommandRateLimiter.Mode.FIXED, 200, Map.of("openim/sendmsg", 0.5), Duration.ofSeconds(5))
			.build()) {
			paced.execute("openim", "sendmsg", Map.of("To_Account", "bob")).block();
			paced.execute("openim", "sendmsg", Map.of("To_Account", "bob")).block();
		}
		wireMock.verify(2, postRequestedFor(anyUrl()));
	}

	@Test
	void shouldRetryAnIdempotentReadAfterHttp502() {
		wireMock.stubFor(post(anyUrl()).willReturn(aResponse().withStatus(502).withBody("bad gateway")));
		assertThatExceptionOfType(ChatAdminRequestException.class)
			.isThrownBy(() -> this.template
				.execute("im_open_login_svc", "account_check", Map.of("CheckItem", List.of(Map.of("UserID", "a"))))
				.block())
			.satisfies((ex) -> assertThat(ex.getAttempts()).isEqualTo(4));
		wireMock.verify(4, postRequestedFor(anyUrl()));
		assertEveryAttemptSentTheSameBody();
	}

	@Test
	void shouldNotRetryAWriteAfterAServiceTimeout() {
		wireMock.stubFor(post(anyUrl())
			.willReturn(okJson("{\"ActionStatus\":\"FAIL\",\"ErrorCode\":60008,\"ErrorInfo\":\"timeout\"}")));
		assertThatExceptionOfType(ChatAdminResponseException.class)
			.isThrownBy(() -> this.template.execute("openim", "sendmsg", Map.of("To_Account", "bob")).block())
			.satisfies((ex) -> assertThat(ex.isOutcomeUnknown()).isTrue());
		wireMock.verify(1, postRequestedFor(anyUrl()));
	}

	@Test
	void shouldResignOnceAfterAnExpiredUserSig() {
		wireMock.stubFor(post(anyUrl()).inScenario("expired")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(okJson("{\"ActionStatus\":\"FAIL\",\"ErrorCode\":70001,\"ErrorInfo\":\"expired\"}"))
			.willSetStateTo("ok"));
		wireMock.stubFor(post(anyUrl()).inScenario("expired").whenScenarioStateIs("ok").willReturn(okJson(OK)));
		this.template.execute("openim", "sendmsg", Map.of("To_Account", "bob")).block();
		wireMock.verify(2, postRequestedFor(anyUrl()));
		wireMock.resetAll();
		wireMock.stubFor(post(anyUrl())
			.willReturn(okJson("{\"ActionStatus\":\"FAIL\",\"ErrorCode\":70001,\"ErrorInfo\":\"expired\"}")));
		assertThatExceptionOfType(ChatAdminResponseException.class)
			.isThrownBy(() -> this.template.execute("openim", "sendmsg", Map.of("To_Account", "bob")).block())
			.satisfies((ex) -> assertThat(ex.getAttempts()).isEqualTo(2));
		wireMock.verify(2, postRequestedFor(anyUrl()));
	}

	@Test
	void shouldTreatNonJsonBodyAsRequestFailureWithUnknownOutcome() {
		wireMock.stubFor(post(anyUrl()).willReturn(aResponse().withStatus(200).withBody("not json at all")));
		assertThatExceptionOfType(ChatAdminRequestException.class)
			.isThrownBy(() -> this.template.execute("openim", "sendmsg", Map.of("To_Account", "bob")).block())
			.withMessageContaining("not JSON");
	}

	@Test
	void shouldTreatMissingErrorCodeAsRequestFailure() {
		wireMock.stubFor(post(anyUrl()).willReturn(okJson("{\"ActionStatus\":\"OK\"}")));
		assertThatExceptionOfType(ChatAdminRequestException.class)
			.isThrownBy(() -> this.template.execute("openim", "sendmsg", Map.of("To_Account", "bob")).block())
			.withMessageContaining("ErrorCode");
	}

	@Test
	void shouldTreatRefusedConnectionAsRequestFailure() {
		ChatAdminTemplate unreachable = builder().endpoint(URI.create("http://127.0.0.1:1")).build();
		try {
			assertThatExceptionOfType(ChatAdminRequestException.class)
				.isThrownBy(() -> unreachable.execute("openim", "sendmsg", Map.of("To_Account", "bob")).block())
				.satisfies((ex) -> {
					assertThat(ex.getHttpStatus()).isZero();
					assertThat(ex.getFailureKind()).isEqualTo(ChatAdminFailureKind.NOT_SENT);
					assertThat(ex.getAttempts()).isEqualTo(4);
				});
		}
		finally {
			unreachable.close();
		}
	}

	@Test
	void shouldMapTypedResponse() {
		wireMock.stubFor(post(anyUrl()).willReturn(okJson(OK)));
		ChatResponse response = this.template
			.execute(ChatCommand.write("im_open_login_svc", "kick", Map.class, ChatResponse.class),
					Map.of("UserID", "u"))
			.block();
		assertThat(response).isEqualTo(new ChatResponse("OK", 0, ""));
	}

	@Test
	void shouldIdentifyTheMessageOfAFailedTypedRequestFromItsBytes() {
		wireMock.stubFor(post(anyUrl()).willReturn(aResponse().withStatus(502).withBody("bad gateway")));
		assertThatExceptionOfType(
				ChatAdminRequestException.class)
			.isThrownBy(
					() -> this.template
						.execute("group_open_http_svc", "send_group_msg",
								new GroupSend("@TGS#1", 18446744073709551615.0, 9_000_000_000L, new GroupSend.Body(5)))
						.block())
			.satisfies((ex) -> {
				// MsgRandom is not an integer, so Random counts, as the tree would read
				// it
				assertThat(ex.getMsgRandom()).isEqualTo(9_000_000_000L);
				assertThat(ex.getMsgSeq()).isNull();
			});
		assertThat(wireMock.getAllServeEvents().get(0).getRequest().getBodyAsString())
			.isEqualTo("{\"GroupId\":\"@TGS#1\",\"MsgRandom\":1.8446744073709552E19,\"Random\":9000000000,"
					+ "\"Nested\":{\"MsgSeq\":5}}");
	}

	@Test
	void shouldIdentifyTheMessageAsSentEvenWhenTheCallerChangesItsRequestAfterwards() {
		wireMock.stubFor(
				post(anyUrl()).willReturn(aResponse().withStatus(502).withBody("bad gateway").withFixedDelay(300)));
		ObjectNode request = JsonMapper.builder()
			.build()
			.createObjectNode()
			.put("To_Account", "bob")
			.put("MsgRandom", 42);
		CompletableFuture<JsonNode> sent = this.template.execute("openim", "sendmsg", request).toFuture();
		// the caller reuses its node for the next message while the first is in flight
		request.put("MsgRandom", 7);
		assertThatExceptionOfType(CompletionException.class).isThrownBy(sent::join)
			.havingCause()
			.isInstanceOfSatisfying(ChatAdminRequestException.class,
					(ex) -> assertThat(ex.getMsgRandom()).isEqualTo(42L));
	}

	@Test
	void shouldRefuseTypedRequestsThatAreNotWrittenAsJsonObjectsBeforeSending() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.template.execute("openim", "sendmsg", "text").block())
			.withMessageContaining("JSON object")
			.withMessageContaining("STRING");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.template.execute("openim", "sendmsg", new int[] { 1 }).block())
			.withMessageContaining("ARRAY");
		assertThat(wireMock.getAllServeEvents()).isEmpty();
	}

	/**
	 * A typed request with a {@code Random} and a nested {@code MsgSeq}.
	 */
	record GroupSend(@JsonProperty("GroupId") String groupId, @JsonProperty("MsgRandom") double msgRandom,
			@JsonProperty("Random") long random, @JsonProperty("Nested") Body nested) {

		record Body(@JsonProperty("MsgSeq") long msgSeq) {
		}

	}

	@Test
	void shouldRefuseRequestsThatAreNotJsonObjectsBeforeSending() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.template.execute("openim", "sendmsg", List.of("a", "b")).block())
			.withMessageContaining("JSON object");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.template.execute("openim/../x", "sendmsg", Map.of()).block())
			.withMessageContaining("'service'");
		assertThat(wireMock.getAllServeEvents()).isEmpty();
	}

	@Test
	void shouldRefusePlainHttpOnNonLoopbackHost() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> builder().endpoint(URI.create("http://console.tim.qq.com")).build())
			.withMessageContaining("https");
	}

	@Test
	void shouldCloseItsPooledConnectionsOnClose() throws InterruptedException {
		try (EnvelopeServer server = new EnvelopeServer((command, body) -> EnvelopeServer.ok(""))) {
			ChatAdminTemplate other = TestTemplates.builder(server.baseUrl()).build();
			other.execute("im_open_login_svc", "kick", Map.of("UserID", "u")).block();
			assertThat(other.isClosed()).isFalse();
			other.close();
			assertThat(other.isClosed()).isTrue();
			assertThat(server.awaitFirstConnectionClosed(10)).isTrue();
		}
	}

	@Test
	void toStringShouldNotRevealTheSecret() {
		assertThat(this.template.toString()).doesNotContain(SECRET_KEY).contains(Long.toString(SDK_APP_ID));
	}

}
