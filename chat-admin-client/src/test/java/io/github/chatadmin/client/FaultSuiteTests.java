package io.github.chatadmin.client;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.chatadmin.client.transport.HttpSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Faults on the wire (from {@code fault-tests.md}): each gives a typed error of the right
 * kind, a write is never sent twice, an idempotent read is retried, and the pool stays
 * usable.
 */
class FaultSuiteTests {

	private static final String OK = "{\"ActionStatus\":\"OK\",\"ErrorCode\":0,\"ErrorInfo\":\"\"}";

	private static final Map<String, Object> CHECK = Map.of("CheckItem", List.of(Map.of("UserID", "a")));

	@RegisterExtension
	static WireMockExtension wireMock = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
		.build();

	private static ChatAdminTemplate.Builder builder() {
		return TestTemplates.builder("http://127.0.0.1:" + wireMock.getPort());
	}

	@ParameterizedTest
	@EnumSource(value = Fault.class, names = { "CONNECTION_RESET_BY_PEER", "EMPTY_RESPONSE", "MALFORMED_RESPONSE_CHUNK",
			"RANDOM_DATA_THEN_CLOSE" })
	void wireFaultShouldNotDuplicateAWriteAndShouldLeaveThePoolUsable(Fault fault) {
		wireMock.stubFor(post(urlPathEqualTo("/v4/openim/sendmsg")).willReturn(aResponse().withFault(fault)));
		wireMock.stubFor(post(urlPathEqualTo("/v4/openim/query_online_status")).willReturn(okJson(OK)));
		try (ChatAdminTemplate template = builder().build()) {
			assertThatExceptionOfType(ChatAdminRequestException.class).isThrownBy(
					() -> template.execute("openim", "sendmsg", Map.of("To_Account", "bob", "MsgRandom", 9)).block())
				.satisfies((ex) -> {
					assertThat(ex.isOutcomeUnknown()).isTrue();
					assertThat(ex.getAttempts()).isEqualTo(1);
					assertThat(ex.getMsgRandom()).isEqualTo(9L);
				});
			wireMock.verify(1, postRequestedFor(urlPathEqualTo("/v4/openim/sendmsg")));
			template.execute("openim", "query_online_status", Map.of("To_Account", List.of("a"))).block();
		}
	}

	@Test
	void connectionResetShouldBeRetriedForAnIdempotentRead() {
		wireMock.stubFor(post(anyUrl()).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
		try (ChatAdminTemplate template = builder().maxAttempts(3).build()) {
			assertThatExceptionOfType(ChatAdminRequestException.class)
				.isThrownBy(() -> template.execute("im_open_login_svc", "account_check", CHECK).block())
				.satisfies((ex) -> assertThat(ex.getAttempts()).isEqualTo(3));
		}
		wireMock.verify(3, postRequestedFor(anyUrl()));
	}

	@Test
	void gatewayTimeoutShouldBeOutcomeUnknown() {
		wireMock.stubFor(post(anyUrl()).willReturn(aResponse().withStatus(504).withBody("<html>504</html>")));
		try (ChatAdminTemplate template = builder().build()) {
			assertThatExceptionOfType(ChatAdminRequestException.class)
				.isThrownBy(() -> template.execute("openim", "sendmsg", Map.of("To_Account", "bob")).block())
				.satisfies((ex) -> {
					assertThat(ex.getHttpStatus()).isEqualTo(504);
					assertThat(ex.isOutcomeUnknown()).isTrue();
					assertThat(ex.getMessage()).contains("<html>504</html>");
				});
		}
	}

	@Test
	void truncatedJsonShouldBeATypedError() {
		wireMock.stubFor(post(anyUrl()).willReturn(okJson("{\"ActionStatus\":\"OK\",\"ErrorCo")));
		try (ChatAdminTemplate template = builder().build()) {
			assertThatExceptionOfType(ChatAdminRequestException.class)
				.isThrownBy(() -> template.execute("openim", "sendmsg", Map.of("To_Account", "bob")).block())
				.withMessageContaining("not JSON");
		}
	}

	@Test
	void poolExhaustionShouldFailFastWithoutRetries() {
		wireMock.stubFor(post(anyUrl()).willReturn(okJson(OK).withFixedDelay(1500)));
		HttpSettings defaults = HttpSettings.defaults();
		HttpSettings tiny = new HttpSettings(defaults.connectTimeout(), defaults.responseTimeout(),
				defaults.callTimeout(), 1, 1, Duration.ofMillis(100), defaults.maxIdleTime(), defaults.maxLifeTime(),
				defaults.evictionInterval());
		try (ChatAdminTemplate template = builder().httpSettings(tiny).build()) {
			List<Object> outcomes = Flux.range(0, 6)
				.flatMap((i) -> template.execute("im_open_login_svc", "account_check", CHECK)
					.<Object>map((node) -> "ok")
					.onErrorResume(ChatAdminRequestException.class, Mono::just), 6)
				.collectList()
				.block();
			List<ChatAdminRequestException> failures = outcomes.stream()
				.filter(ChatAdminRequestException.class::isInstance)
				.map(ChatAdminRequestException.class::cast)
				.toList();
			assertThat(failures).isNotEmpty().allSatisfy((ex) -> {
				assertThat(ex.getFailureKind()).isEqualTo(ChatAdminFailureKind.SATURATED);
				assertThat(ex.getAttempts()).isEqualTo(1);
				assertThat(ex.getMessage()).contains("saturated");
			});
			wireMock.verify(outcomes.size() - failures.size(), postRequestedFor(anyUrl()));
		}
	}

}
