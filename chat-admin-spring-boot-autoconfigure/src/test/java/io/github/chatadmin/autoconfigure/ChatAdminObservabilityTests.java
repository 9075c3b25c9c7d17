package io.github.chatadmin.autoconfigure;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.actuate.endpoint.Show;
import org.springframework.boot.actuate.env.EnvironmentEndpoint;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import tools.jackson.databind.json.JsonMapper;

import io.github.chatadmin.client.ChatAdminOperations;

import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests of the observability beans of {@link ChatAdminAutoConfiguration}: limiter gauges,
 * the opt-in health indicator, the observation switch and the masking of the secret key
 * in actuator endpoints.
 */
class ChatAdminObservabilityTests {

	private static final String SECRET = "e0a0d7e76b9b4c0b8e4c2c1a7f8d9e3b";

	private static final String OK = "{\"ActionStatus\":\"OK\",\"ErrorCode\":0,\"ErrorInfo\":\"\",\"ResultItem\":[]}";

	@RegisterExtension
	static WireMockExtension wireMock = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
		.build();

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(
				AutoConfigurations.of(ChatAdminAutoConfiguration.class, ChatAdminHealthAutoConfiguration.class,
						ChatAdminMetricsAutoConfiguration.class, WebClientAutoConfiguration.class))
		.withPropertyValues("tencent.chat.sdk-app-id=1400000001", "tencent.chat.secret-key=" + SECRET);

	private ApplicationContextRunner onWireMock() {
		return this.contextRunner.withPropertyValues("tencent.chat.endpoint=http://127.0.0.1:" + wireMock.getPort());
	}

	@Test
	void shouldExposeTheLimiterRateAndQuotaOfEachPacedCommand() {
		wireMock.stubFor(post(anyUrl()).willReturn(okJson(OK)));
		onWireMock().run((context) -> {
			SimpleMeterRegistry meters = new SimpleMeterRegistry();
			context.getBean(ChatAdminLimiterMetrics.class).bindTo(meters);
			context.getBean(ChatAdminOperations.class).execute("openim", "sendmsg", Map.of("To_Account", "b")).block();
			assertThat(meters.get(ChatAdminLimiterMetrics.RATE)
				.tags("service", "openim", "command", "sendmsg")
				.gauge()
				.value()).isEqualTo(200.0);
			assertThat(meters.get(ChatAdminLimiterMetrics.QUOTA)
				.tags("service", "openim", "command", "sendmsg")
				.gauge()
				.value()).isEqualTo(200.0);
			assertThat(meters.get(ChatAdminLimiterMetrics.APP_RATE).gauge().value()).isInfinite();
		});
	}

	@Test
	void shouldNotBindLimiterGaugesWithoutMicrometerCore() {
		this.contextRunner.withClassLoader(new FilteredClassLoader("io.micrometer.core"))
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(ChatAdminLimiterMetrics.class));
	}

	@Test
	void shouldWorkWithoutActuator() {
		this.contextRunner.withPropertyValues("tencent.chat.health.enabled=true")
			.withClassLoader(
					new FilteredClassLoader("org.springframework.boot.actuate", "org.springframework.boot.health"))
			.run((context) -> assertThat(context).hasNotFailed()
				.hasSingleBean(ChatAdminOperations.class)
				.doesNotHaveBean(ChatAdminHealthIndicator.class)
				.doesNotHaveBean(ChatAdminSanitizingFunction.class));
	}

	@Test
	void healthIndicatorShouldBeOptIn() {
		this.contextRunner.run((context) -> assertThat(context).doesNotHaveBean(ReactiveHealthIndicator.class));
	}

	@Test
	void healthIndicatorShouldBeUpWhenTheCredentialsWorkAndCacheTheResult() {
		wireMock.stubFor(post(anyUrl()).willReturn(okJson(OK)));
		onWireMock().withPropertyValues("tencent.chat.health.enabled=true").run((context) -> {
			assertThat(context).hasBean("tencentChatHealthIndicator");
			ReactiveHealthIndicator indicator = context.getBean(ReactiveHealthIndicator.class);
			Health health = indicator.health().block();
			assertThat(health.getStatus()).isEqualTo(Status.UP);
			assertThat(health.getDetails()).containsEntry("endpoint", "http://127.0.0.1:" + wireMock.getPort())
				.containsEntry("region", "china")
				.containsEntry("sdkAppId", 1400000001L);
			assertThat(health.toString()).doesNotContain(SECRET).doesNotContainIgnoringCase("usersig");
			indicator.health().block();
			wireMock.verify(1, postRequestedFor(anyUrl()));
		});
	}

	@Test
	void healthIndicatorShouldBeDownOnAnAuthenticationError() {
		wireMock.stubFor(post(anyUrl())
			.willReturn(okJson("{\"ActionStatus\":\"FAIL\",\"ErrorCode\":70009,\"ErrorInfo\":\"verify sig failed\"}")));
		onWireMock().withPropertyValues("tencent.chat.health.enabled=true").run((context) -> {
			Health health = context.getBean(ReactiveHealthIndicator.class).health().block();
			assertThat(health.getStatus()).isEqualTo(Status.DOWN);
			assertThat(health.getDetails()).containsEntry("errorCode", 70009).containsEntry("failureKind", "PERMANENT");
			assertThat(health.toString()).doesNotContain(SECRET).doesNotContain("usersig=e");
		});
	}

	@Test
	void observationsShouldBeSwitchedOffByTheirPrefix() {
		wireMock.stubFor(post(anyUrl()).willReturn(okJson(OK)));
		List<String> observed = new CopyOnWriteArrayList<>();
		ObservationHandler<Observation.Context> recorder = new ObservationHandler<>() {

			@Override
			public void onStop(Observation.Context context) {
				observed.add(context.getName());
			}

			@Override
			public boolean supportsContext(Observation.Context context) {
				return true;
			}

		};
		ApplicationContextRunner runner = onWireMock()
			.withConfiguration(AutoConfigurations.of(ObservationAutoConfiguration.class))
			.withBean("recorder", ObservationHandler.class, () -> recorder);
		runner.run((context) -> context.getBean(ChatAdminOperations.class)
			.execute("openim", "sendmsg", Map.of("To_Account", "b"))
			.block());
		assertThat(observed).as("a call that succeeds at once is one observation: no attempt of its own")
			.contains("tencent.chat.requests")
			.doesNotContain("tencent.chat.requests.attempts");
		observed.clear();
		runner.withPropertyValues("management.observations.enable.tencent.chat=false")
			.run((context) -> context.getBean(ChatAdminOperations.class)
				.execute("openim", "sendmsg", Map.of("To_Account", "b"))
				.block());
		assertThat(observed).noneMatch((name) -> name.startsWith("tencent.chat"));
	}

	@Test
	void secretKeyShouldBeMaskedInActuatorEndpointsWhateverTheirSettings() {
		MapPropertySource source = new MapPropertySource("test", Map.of());
		assertThat(
				new ChatAdminSanitizingFunction().apply(new SanitizableData(source, "tencent.chat.secret-key", SECRET))
					.getValue())
			.isEqualTo(SanitizableData.SANITIZED_VALUE);
		assertThat(
				new ChatAdminSanitizingFunction().apply(new SanitizableData(source, "TENCENT_CHAT_SECRET_KEY", SECRET))
					.getValue())
			.isEqualTo(SanitizableData.SANITIZED_VALUE);
		assertThat(new ChatAdminSanitizingFunction().apply(new SanitizableData(null, "secretKey", SECRET)).getValue())
			.isEqualTo(SanitizableData.SANITIZED_VALUE);
		assertThat(new ChatAdminSanitizingFunction().apply(new SanitizableData(source, "tencent.chat.admin", "ops"))
			.getValue()).isEqualTo("ops");
	}

	@Test
	void secretKeyShouldBeMaskedWhereverItAppearsInTheEnvironmentEndpoint() {
		this.contextRunner.withPropertyValues("tencent.chat.sdk-app-id=1400000001", "tencent.chat.secret-key=" + SECRET)
			.withInitializer((context) -> {
				MutablePropertySources sources = context.getEnvironment().getPropertySources();
				sources.addLast(new MapPropertySource("commandLineJvm",
						Map.of("sun.java.command", "app.jar --tencent.chat.secret-key=" + SECRET + " --debug")));
				sources.addLast(new MapPropertySource("systemEnvironmentJson", Map.of("SPRING_APPLICATION_JSON",
						"{\"tencent\":{\"chat\":{\"secret-key\":\"" + SECRET + "\"}}}")));
			})
			.run((context) -> {
				EnvironmentEndpoint endpoint = new EnvironmentEndpoint(context.getEnvironment(),
						context.getBeanProvider(SanitizingFunction.class).orderedStream().toList(), Show.ALWAYS);
				String rendered = JsonMapper.builder().build().writeValueAsString(endpoint.environment(null));
				assertThat(rendered).contains("sun.java.command", "SPRING_APPLICATION_JSON").doesNotContain(SECRET);
				assertThat(endpoint.environmentEntry("sun.java.command").toString()).doesNotContain(SECRET);
			});
	}

}
