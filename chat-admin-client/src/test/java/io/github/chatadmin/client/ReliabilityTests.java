package io.github.chatadmin.client;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.github.chatadmin.client.api.account.AccountCheckRequest;
import io.github.chatadmin.client.api.account.AccountCommands;
import io.github.chatadmin.client.api.account.KickRequest;
import io.github.chatadmin.client.api.account.UserIdItem;
import io.github.chatadmin.client.transport.CommandRateLimiter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for the defects of the reliability review: limiter accounting, bounded
 * per-command state, failure kinds of HTTP throttling, unreadable and oversized answers,
 * checks on the typed path, and {@link ChatAdminTemplate#close()}.
 */
class ReliabilityTests {

	static final String OK = ChatAdminTemplateTests.OK;

	@RegisterExtension
	static WireMockExtension wireMock = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
		.build();

	private static ChatAdminTemplate.Builder builder() {
		return TestTemplates.builder("http://127.0.0.1:" + wireMock.getPort());
	}

	@Test
	void refusedCallsShouldNotUseUpTheAppQuota() {
		wireMock.stubFor(post(anyUrl()).willReturn(okJson(OK)));
		try (ChatAdminTemplate template = builder().appQuota(20).build()) {
			List<Object> outcomes = Flux.range(0, 100)
				.flatMap((i) -> template.execute("timpush", "push", Map.of())
					.<Object>map((node) -> "sent")
					.onErrorResume(ChatAdminRequestException.class, Mono::just)
					.take(Duration.ofMillis(100)), 100)
				.collectList()
				.block(Duration.ofSeconds(30));
			assertThat(outcomes).contains("sent");
			StepVerifier.create(template.execute("openim", "sendmsg", Map.of("To_Account", "bob")))
				.as("the app bucket was not charged for the calls the command bucket refused or that were cancelled")
				.expectNextCount(1)
				.expectComplete()
				.verify(Duration.ofSeconds(10));
		}
	}

	@Test
	void unknownCommandsShouldShareOneBucketAndOneSetOfMeterTags() {
		wireMock.stubFor(post(anyUrl()).willReturn(okJson(OK)));
		// a call is only observed attempt by attempt from its second attempt on: one
		// call of each kind is re-signed once (70001), so that it has one
		for (String path : List.of("/v4/made_up_svc/command_0", "/v4/custom_svc/configured", "/v4/openim/sendmsg")) {
			wireMock.stubFor(post(urlPathEqualTo(path)).inScenario(path)
				.whenScenarioStateIs(Scenario.STARTED)
				.willReturn(okJson("{\"ActionStatus\":\"FAIL\",\"ErrorCode\":70001,\"ErrorInfo\":\"expired\"}"))
				.willSetStateTo("re-signed"));
			wireMock.stubFor(post(urlPathEqualTo(path)).inScenario(path)
				.whenScenarioStateIs("re-signed")
				.willReturn(okJson(OK)));
		}
		MeterRegistry meters = new SimpleMeterRegistry();
		ObservationRegistry observations = ObservationRegistry.create();
		observations.observationConfig().observationHandler(new DefaultMeterObservationHandler(meters));
		try (ChatAdminTemplate template = builder().observationRegistry(observations)
			.rateLimiter(CommandRateLimiter.Mode.ADAPTIVE, 100_000, Map.of("custom_svc/configured", 10.0),
					Duration.ofSeconds(2))
			.build()) {
			Flux.range(0, 300)
				.concatMap((i) -> template.execute("made_up_svc", "command_" + i, null))
				.then(template.execute("custom_svc", "configured", null))
				.then(template.execute("openim", "sendmsg", null))
				.block(Duration.ofSeconds(60));
			assertThat(template.getRateLimiter().commands()).containsExactlyInAnyOrder("other", "custom_svc/configured",
					"openim/sendmsg");
			assertThat(meters.find("tencent.chat.requests").timers())
				.extracting((timer) -> timer.getId().getTag("command"))
				.containsExactlyInAnyOrder("other", "configured", "sendmsg");
			assertThat(meters.find("tencent.chat.requests.attempts").timers())
				.extracting((timer) -> timer.getId().getTag("command"))
				.as("attempts are tagged as their call")
				.containsExactlyInAnyOrder("other", "configured", "sendmsg");
		}
	}

	@Test
	void http429ShouldBeThrottledAndHonourRetryAfter() {
		wireMock.stubFor(post(anyUrl()).inScenario("429")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(429).withHeader("Retry-After", "0"))
			.willSetStateTo("ok"));
		wireMock.stubFor(post(anyUrl()).inScenario("429").whenScenarioStateIs("ok").willReturn(okJson(OK)));
		try (ChatAdminTemplate template = builder().build()) {
			template.execute("openim", "sendmsg", Map.of("To_Account", "bob")).block(Duration.ofSeconds(10));
		}
		wireMock.verify(2, postRequestedFor(urlPathEqualTo("/v4/openim/sendmsg")));
	}

	@Test
	void retryAfterLongerThanTheThrottlingBackoffShouldSurfaceAsThrottled() {
		wireMock.stubFor(post(anyUrl()).willReturn(aResponse().withStatus(503).withHeader("Retry-After", "60")));
		try (ChatAdminTemplate template = builder().build()) {
			assertThatExceptionOfType(ChatAdminRequestException.class)
				.isThrownBy(() -> template.execute("openim", "sendmsg", Map.of("To_Account", "bob"))
					.block(Duration.ofSeconds(10)))
				.satisfies((ex) -> {
					assertThat(ex.getFailureKind()).isEqualTo(ChatAdminFailureKind.THROTTLED);
					assertThat(ex.getHttpStatus()).isEqualTo(503);
					assertThat(ex.getRetryAfter()).isEqualTo(Duration.ofSeconds(60));
					assertThat(ex.isRetryable()).isTrue();
					assertThat(ex.getAttempts()).isEqualTo(1);
				});
			assertThat(template.getRateLimiter().currentRate("openim/sendmsg")).as("fed to the adaptive limiter")
				.isLessThan(200);
		}
	}

	@Test
	void http503WithoutRetryAfterShouldStayOutcomeUnknown() {
		wireMock.stubFor(post(anyUrl()).willReturn(aResponse().withStatus(503)));
		try (ChatAdminTemplate template = builder().maxAttempts(1).build()) {
			assertThatExceptionOfType(ChatAdminRequestException.class)
				.isThrownBy(() -> template.execute("openim", "sendmsg", Map.of()).block(Duration.ofSeconds(10)))
				.satisfies((ex) -> assertThat(ex.getFailureKind()).isEqualTo(ChatAdminFailureKind.OUTCOME_UNKNOWN));
		}
	}

	@Test
	void aSuccessThatDoesNotMapShouldBeReportedAsAppliedAndNotSentAgain() {
		String body = "{\"ActionStatus\":\"OK\",\"ErrorCode\":0,\"ErrorInfo\":\"\",\"Count\":\"many\"}";
		wireMock.stubFor(post(anyUrl()).willReturn(okJson(body)));
		ChatCommand<Map<String, Object>, Counted> command = new ChatCommand<>("group_open_http_svc", "get_group_info",
				mapType(), Counted.class, true, 0);
		try (ChatAdminTemplate template = builder().build()) {
			assertThatExceptionOfType(ChatAdminRequestException.class)
				.isThrownBy(() -> template.execute(command, Map.of()).block(Duration.ofSeconds(10)))
				.satisfies((ex) -> {
					assertThat(ex.getFailureKind()).isEqualTo(ChatAdminFailureKind.APPLIED_UNREADABLE);
					assertThat(ex.isRetryable()).isFalse();
					assertThat(ex.isOutcomeUnknown()).isFalse();
					assertThat(ex.getHttpStatus()).isEqualTo(200);
					assertThat(ex.getResponseBody()).isEqualTo(body);
				});
		}
		wireMock.verify(1, postRequestedFor(anyUrl()));
	}

	@Test
	void anAnswerOverTheLimitShouldBeReportedAsTooLargeWithItsStatusAndNotDownloadedAgain() {
		wireMock.stubFor(post(anyUrl())
			.willReturn(okJson("{\"ActionStatus\":\"OK\",\"ErrorCode\":0,\"Big\":\"" + "x".repeat(8192) + "\"}")));
		try (ChatAdminTemplate template = builder().maxResponseBytes(4096).build()) {
			assertThatExceptionOfType(ChatAdminRequestException.class)
				.isThrownBy(() -> template.execute("im_open_login_svc", "account_check", Map.of())
					.block(Duration.ofSeconds(10)))
				.withMessageContaining("larger than 4096 bytes")
				.satisfies((ex) -> {
					assertThat(ex.getFailureKind()).isEqualTo(ChatAdminFailureKind.RESPONSE_TOO_LARGE);
					assertThat(ex.getHttpStatus()).isEqualTo(200);
					assertThat(ex.isRetryable()).isFalse();
					assertThat(ex.isOutcomeUnknown()).isTrue();
				});
		}
		wireMock.verify(1, postRequestedFor(anyUrl()));
	}

	@Test
	void theTypedPathShouldEnforceTheDeclaredChecksAndLimits() {
		wireMock.stubFor(post(anyUrl()).willReturn(okJson(OK)));
		List<UserIdItem> items = IntStream.range(0, 150).mapToObj((i) -> new UserIdItem("user" + i)).toList();
		try (ChatAdminTemplate template = builder().build()) {
			assertThatIllegalArgumentException()
				.isThrownBy(() -> template.execute(AccountCommands.KICK, new KickRequest("")).block())
				.withMessageContaining("'UserID' must not be empty");
			assertThatIllegalArgumentException()
				.isThrownBy(
						() -> template.execute(AccountCommands.ACCOUNT_CHECK, new AccountCheckRequest(items)).block())
				.withMessageContaining("'CheckItem'")
				.withMessageContaining("at most 100");
			List<UserIdItem> withBadId = new ArrayList<>(items.subList(0, 3));
			withBadId.add(new UserIdItem("x".repeat(33)));
			assertThatIllegalArgumentException().isThrownBy(
					() -> template.execute(AccountCommands.ACCOUNT_CHECK, new AccountCheckRequest(withBadId)).block())
				.withMessageContaining("'CheckItem[3].UserID' is 33 bytes");
			assertThatIllegalArgumentException().isThrownBy(() -> template.execute(AccountCommands.KICK, null).block())
				.withMessageContaining("must not be null");
		}
		wireMock.verify(0, postRequestedFor(anyUrl()));
	}

	@Test
	void closeShouldFailNewCallsAndCancelWaitingOnesWithoutSendingThem() {
		wireMock.stubFor(post(anyUrl()).willReturn(okJson(OK)));
		ChatAdminTemplate template = builder()
			.rateLimiter(CommandRateLimiter.Mode.FIXED, 200, Map.of("openim/sendmsg", 0.5), Duration.ofSeconds(30))
			.build();
		template.execute("openim", "sendmsg", Map.of("To_Account", "bob")).block(Duration.ofSeconds(10));
		StepVerifier.create(template.execute("openim", "sendmsg", Map.of("To_Account", "bob")))
			.expectSubscription()
			.then(template::close)
			.expectErrorSatisfies((ex) -> {
				assertThat(ex).isInstanceOf(ChatAdminRequestException.class).hasMessageContaining("closed");
				assertThat(((ChatAdminException) ex).getFailureKind()).isEqualTo(ChatAdminFailureKind.NOT_SENT);
			})
			.verify(Duration.ofSeconds(10));
		StepVerifier.create(template.execute("openim", "query_online_status", Map.of()))
			.expectErrorSatisfies((ex) -> assertThat(((ChatAdminException) ex).getFailureKind())
				.isEqualTo(ChatAdminFailureKind.NOT_SENT))
			.verify(Duration.ofSeconds(10));
		wireMock.verify(1, postRequestedFor(anyUrl()));
	}

	@SuppressWarnings("unchecked")
	private static Class<Map<String, Object>> mapType() {
		return (Class<Map<String, Object>>) (Class<?>) Map.class;
	}

	record Counted(@JsonProperty("Count") int count) {
	}

}
