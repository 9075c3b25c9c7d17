package io.github.chatadmin.client;

import java.util.Map;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistryAssert;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.core.publisher.Flux;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for the {@code tencent.chat.requests} observation and the meters it gives.
 */
class ChatAdminObservationTests {

	@RegisterExtension
	static WireMockExtension wireMock = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
		.build();

	private final MeterRegistry meterRegistry = new SimpleMeterRegistry();

	private final ObservationRegistry observationRegistry = ObservationRegistry.create();

	private ChatAdminTemplate template;

	@BeforeEach
	void createTemplate() {
		this.observationRegistry.observationConfig()
			.observationHandler(new DefaultMeterObservationHandler(this.meterRegistry));
		this.template = TestTemplates.builder("http://127.0.0.1:" + wireMock.getPort())
			.maxAttempts(3)
			.observationRegistry(this.observationRegistry)
			.build();
	}

	@AfterEach
	void close() {
		this.template.close();
	}

	private Timer timer(String outcome, String code) {
		return this.meterRegistry.find("tencent.chat.requests")
			.tags("service", "openim", "command", "sendmsg", "outcome", outcome, "code", code)
			.timer();
	}

	@Test
	void shouldRecordSuccess() {
		wireMock.stubFor(post(anyUrl()).willReturn(okJson(ChatAdminTemplateTests.OK)));
		this.template.execute("openim", "sendmsg", Map.of("To_Account", "bob")).block();
		assertThat(timer("SUCCESS", "0")).isNotNull().satisfies((timer) -> assertThat(timer.count()).isEqualTo(1));
		assertThat(this.meterRegistry.find("tencent.chat.requests.retry").counter()).isNull();
	}

	@Test
	void shouldRecordOnceWhenCancelledAfterSuccess() {
		wireMock.stubFor(post(anyUrl()).willReturn(okJson(ChatAdminTemplateTests.OK)));
		Flux.from(this.template.execute("openim", "sendmsg", Map.of("To_Account", "bob"))).take(1).blockLast();
		assertThat(timer("SUCCESS", "0")).isNotNull().satisfies((timer) -> assertThat(timer.count()).isEqualTo(1));
		assertThat(this.meterRegistry.find("tencent.chat.requests").tag("outcome", "CANCELLED").timer()).isNull();
	}

	@Test
	void shouldRecordApiError() {
		wireMock.stubFor(post(anyUrl())
			.willReturn(okJson("{\"ActionStatus\":\"FAIL\",\"ErrorCode\":90001,\"ErrorInfo\":\"x\"}")));
		assertThatExceptionOfType(ChatAdminResponseException.class)
			.isThrownBy(() -> this.template.execute("openim", "sendmsg", Map.of("To_Account", "bob")).block());
		assertThat(timer("API_ERROR", "90001")).isNotNull()
			.satisfies((timer) -> assertThat(timer.count()).isEqualTo(1));
	}

	@Test
	void shouldRecordRateLimitedWithRetryEvents() {
		wireMock.stubFor(post(anyUrl())
			.willReturn(okJson("{\"ActionStatus\":\"FAIL\",\"ErrorCode\":60007,\"ErrorInfo\":\"x\"}")));
		assertThatExceptionOfType(ChatAdminRateLimitException.class)
			.isThrownBy(() -> this.template.execute("openim", "sendmsg", Map.of("To_Account", "bob")).block());
		assertThat(timer("RATE_LIMITED", "60007")).isNotNull()
			.satisfies((timer) -> assertThat(timer.count()).isEqualTo(1));
		assertThat(this.meterRegistry.find("tencent.chat.requests.retry")
			.tags("service", "openim", "command", "sendmsg", "outcome", "UNKNOWN", "code", "none")
			.counter()
			.count()).isEqualTo(2);
	}

	@Test
	void shouldRecordTransportError() {
		wireMock.stubFor(post(anyUrl()).willReturn(aResponse().withStatus(502).withBody("bad gateway")));
		assertThatExceptionOfType(ChatAdminRequestException.class)
			.isThrownBy(() -> this.template.execute("openim", "sendmsg", Map.of("To_Account", "bob")).block());
		assertThat(timer("TRANSPORT_ERROR", "none")).isNotNull()
			.satisfies((timer) -> assertThat(timer.count()).isEqualTo(1));
	}

	@Test
	void shouldOpenOneObservationPerLogicalCall() {
		TestObservationRegistry registry = TestObservationRegistry.create();
		wireMock.stubFor(post(anyUrl()).willReturn(okJson(ChatAdminTemplateTests.OK)));
		try (ChatAdminTemplate observed = TestTemplates.builder("http://127.0.0.1:" + wireMock.getPort())
			.observationRegistry(registry)
			.build()) {
			observed.execute("im_open_login_svc", "account_import", Map.of("UserID", "alice")).block();
		}
		TestObservationRegistryAssert.assertThat(registry)
			.hasNumberOfObservationsWithNameEqualTo("tencent.chat.requests", 1)
			.hasObservationWithNameEqualTo("tencent.chat.requests")
			.that()
			.hasContextualNameEqualTo("tencent.chat account_import")
			.hasLowCardinalityKeyValue("service", "im_open_login_svc")
			.hasLowCardinalityKeyValue("command", "account_import")
			.hasLowCardinalityKeyValue("outcome", "SUCCESS")
			.hasLowCardinalityKeyValue("code", "0")
			.hasHighCardinalityKeyValue("tencent.chat.attempts", "1")
			.hasBeenStarted()
			.hasBeenStopped();
	}

	@Test
	void shouldObserveAttemptsOnlyFromTheSecondOn() {
		assertThat(this.meterRegistry.find("tencent.chat.requests.attempts").timer()).isNull();
		wireMock.stubFor(post(anyUrl()).willReturn(okJson(ChatAdminTemplateTests.OK)));
		this.template.execute("openim", "sendmsg", Map.of("To_Account", "bob")).block();
		assertThat(this.meterRegistry.find("tencent.chat.requests.attempts").timer())
			.as("a call that succeeds at once has no attempt observation")
			.isNull();
		wireMock.stubFor(post(anyUrl()).inScenario("re-sign")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(okJson("{\"ActionStatus\":\"FAIL\",\"ErrorCode\":70001,\"ErrorInfo\":\"x\"}"))
			.willSetStateTo("re-signed"));
		wireMock.stubFor(post(anyUrl()).inScenario("re-sign")
			.whenScenarioStateIs("re-signed")
			.willReturn(okJson(ChatAdminTemplateTests.OK)));
		this.template.execute("openim", "sendmsg", Map.of("To_Account", "bob")).block();
		assertThat(timer("SUCCESS", "0").count()).isEqualTo(2);
		assertThat(this.meterRegistry.find("tencent.chat.requests.attempts").timers()).singleElement()
			.satisfies((timer) -> {
				assertThat(timer.getId().getTag("outcome")).isEqualTo("SUCCESS");
				assertThat(timer.getId().getTag("code")).isEqualTo("0");
				assertThat(timer.getId().getTag("endpoint")).isEqualTo("primary");
				assertThat(timer.count()).as("the second attempt only").isEqualTo(1);
			});
	}

	@Test
	void shouldGiveTheSecondAttemptItsOwnSpan() {
		TestObservationRegistry registry = TestObservationRegistry.create();
		wireMock.stubFor(post(anyUrl()).inScenario("re-sign")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(okJson("{\"ActionStatus\":\"FAIL\",\"ErrorCode\":70001,\"ErrorInfo\":\"x\"}"))
			.willSetStateTo("re-signed"));
		wireMock.stubFor(post(anyUrl()).inScenario("re-sign")
			.whenScenarioStateIs("re-signed")
			.willReturn(okJson(ChatAdminTemplateTests.OK)));
		try (ChatAdminTemplate observed = TestTemplates.builder("http://127.0.0.1:" + wireMock.getPort())
			.observationRegistry(registry)
			.build()) {
			observed.execute("im_open_login_svc", "account_import", Map.of("UserID", "alice")).block();
		}
		TestObservationRegistryAssert.assertThat(registry)
			.hasNumberOfObservationsWithNameEqualTo("tencent.chat.requests", 1)
			.hasNumberOfObservationsWithNameEqualTo("tencent.chat.requests.attempts", 1)
			.hasObservationWithNameEqualTo("tencent.chat.requests.attempts")
			.that()
			.hasContextualNameEqualTo("tencent.chat account_import attempt")
			.hasHighCardinalityKeyValue("tencent.chat.attempt", "2")
			.hasLowCardinalityKeyValue("outcome", "SUCCESS")
			.hasBeenStopped();
	}

}
