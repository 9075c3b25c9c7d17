package io.github.chatadmin.autoconfigure;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.chatadmin.client.ChatAdminOperations;
import io.github.chatadmin.client.ChatAdminTemplate;
import io.github.chatadmin.client.auth.TlsSigUserSigProvider;
import io.github.chatadmin.client.auth.UserSigProvider;
import io.github.chatadmin.client.observation.ChatAdminObservationConvention;
import io.github.chatadmin.client.observation.DefaultChatAdminObservationConvention;
import io.github.chatadmin.client.transport.CommandRateLimiter;
import io.github.chatadmin.client.transport.HttpSettings;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistryAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.Mockito;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ChatAdminAutoConfiguration}.
 */
class ChatAdminAutoConfigurationTests {

	private static final String SECRET = "e0a0d7e76b9b4c0b8e4c2c1a7f8d9e3b";

	@RegisterExtension
	static WireMockExtension wireMock = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
		.build();

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ChatAdminAutoConfiguration.class, WebClientAutoConfiguration.class));

	private final ApplicationContextRunner configured = this.contextRunner
		.withPropertyValues("tencent.chat.sdk-app-id=1400000001", "tencent.chat.secret-key=" + SECRET);

	@Test
	void shouldCreateTemplateAndUserSigProvider() {
		this.configured.run((context) -> {
			assertThat(context).hasSingleBean(ChatAdminTemplate.class)
				.hasSingleBean(ChatAdminOperations.class)
				.hasBean("chatAdminTemplate")
				.hasSingleBean(TlsSigUserSigProvider.class);
			assertThat(context.getBean(ChatAdminTemplate.class).getBackupEndpoint())
				.isEqualTo("https://adminapi.my-imcloud.com");
		});
	}

	@Test
	void shouldBindEveryProperty() {
		this.configured
			.withPropertyValues("tencent.chat.region=silicon-valley", "tencent.chat.admin=ops",
					"tencent.chat.backup-endpoint=https://backup.example.com/", "tencent.chat.retry.max-attempts=7",
					"tencent.chat.retry.min-backoff=50ms", "tencent.chat.retry.max-backoff=2s",
					"tencent.chat.retry.throttling-min-backoff=2s", "tencent.chat.retry.throttling-max-backoff=30s",
					"tencent.chat.http.connect-timeout=1s", "tencent.chat.http.response-timeout=5s",
					"tencent.chat.http.call-timeout=20s", "tencent.chat.http.pool.max-connections=8",
					"tencent.chat.http.pool.pending-acquire-max-count=16",
					"tencent.chat.http.pool.pending-acquire-timeout=300ms", "tencent.chat.http.pool.max-idle-time=10s",
					"tencent.chat.http.pool.max-life-time=2m", "tencent.chat.http.pool.eviction-interval=5s",
					"tencent.chat.user-sig.validity=48h", "tencent.chat.batch.concurrency=2",
					"tencent.chat.limiter.mode=fixed", "tencent.chat.limiter.quotas[openim/sendmsg]=300",
					"tencent.chat.limiter.max-wait=1s")
			.run((context) -> {
				ChatAdminProperties properties = context.getBean(ChatAdminProperties.class);
				assertThat(properties.getRegion()).isEqualTo(io.github.chatadmin.client.ChatAdminRegion.SILICON_VALLEY);
				assertThat(properties.getAdmin()).isEqualTo("ops");
				assertThat(properties.getRetry().getMaxAttempts()).isEqualTo(7);
				assertThat(properties.getRetry().getMinBackoff()).isEqualTo(Duration.ofMillis(50));
				assertThat(properties.getRetry().getThrottlingMaxBackoff()).isEqualTo(Duration.ofSeconds(30));
				assertThat(properties.getHttp().getPool().getMaxLifeTime()).isEqualTo(Duration.ofMinutes(2));
				assertThat(properties.getUserSig().getValidity()).isEqualTo(Duration.ofHours(48));
				assertThat(properties.getLimiter().getMode()).isEqualTo(CommandRateLimiter.Mode.FIXED);
				assertThat(properties.getLimiter().getQuotas()).containsEntry("openim/sendmsg", 300.0);
				assertThat(ChatAdminSettings.httpSettings(properties)).isEqualTo(new HttpSettings(Duration.ofSeconds(1),
						Duration.ofSeconds(5), Duration.ofSeconds(20), 8, 16, Duration.ofMillis(300),
						Duration.ofSeconds(10), Duration.ofMinutes(2), Duration.ofSeconds(5)));
				assertThat(context.getBean(ChatAdminTemplate.class).getBackupEndpoint())
					.isEqualTo("https://backup.example.com");
				assertThat(context.getBean(TlsSigUserSigProvider.class).toString()).contains("identifier=ops");
			});
	}

	@Test
	void shouldHaveNoBackupWhenOnlyTheEndpointIsOverridden() {
		this.configured.withPropertyValues("tencent.chat.endpoint=http://127.0.0.1:8080")
			.run((context) -> assertThat(context.getBean(ChatAdminTemplate.class).getBackupEndpoint()).isNull());
	}

	@Test
	void shouldUseTheRegionsBackupDomain() {
		this.configured.withPropertyValues("tencent.chat.region=tokyo")
			.run((context) -> assertThat(context.getBean(ChatAdminTemplate.class).getBackupEndpoint()).isNull());
	}

	@Test
	void defaultsShouldMatchTheClientDefaults() {
		ChatAdminProperties properties = new ChatAdminProperties();
		assertThat(ChatAdminSettings.httpSettings(properties)).isEqualTo(HttpSettings.defaults());
		assertThat(properties.getUserSig().getValidity()).isEqualTo(TlsSigUserSigProvider.DEFAULT_VALIDITY);
	}

	@Test
	void shouldSendCallsToTheConfiguredEndpointWithObservations() {
		wireMock
			.stubFor(post(anyUrl()).willReturn(okJson("{\"ActionStatus\":\"OK\",\"ErrorCode\":0,\"ErrorInfo\":\"\"}")));
		TestObservationRegistry registry = TestObservationRegistry.create();
		this.configured.withPropertyValues("tencent.chat.endpoint=http://127.0.0.1:" + wireMock.getPort())
			.withBean(ObservationRegistry.class, () -> registry)
			.run((context) -> {
				context.getBean(ChatAdminOperations.class).accounts().importAccount("alice").block();
				wireMock.verify(1, postRequestedFor(urlPathEqualTo("/v4/im_open_login_svc/account_import")));
				TestObservationRegistryAssert.assertThat(registry)
					.hasObservationWithNameEqualTo("tencent.chat.requests")
					.that()
					.hasLowCardinalityKeyValue("outcome", "SUCCESS");
			});
	}

	@Test
	void shouldUseUserDefinedObservationConvention() {
		wireMock
			.stubFor(post(anyUrl()).willReturn(okJson("{\"ActionStatus\":\"OK\",\"ErrorCode\":0,\"ErrorInfo\":\"\"}")));
		TestObservationRegistry registry = TestObservationRegistry.create();
		this.configured.withPropertyValues("tencent.chat.endpoint=http://127.0.0.1:" + wireMock.getPort())
			.withBean(ObservationRegistry.class, () -> registry)
			.withBean(ChatAdminObservationConvention.class, () -> new DefaultChatAdminObservationConvention() {

				@Override
				public String getName() {
					return "custom.chat.calls";
				}

			})
			.run((context) -> {
				context.getBean(ChatAdminOperations.class).accounts().kick("alice").block();
				TestObservationRegistryAssert.assertThat(registry)
					.hasObservationWithNameEqualTo("custom.chat.calls")
					.that()
					.hasLowCardinalityKeyValue("command", "kick");
			});
	}

	@Test
	void shouldCloseTheTemplateWithTheContext() {
		List<ChatAdminTemplate> templates = new ArrayList<>();
		this.configured.run((context) -> templates.add(context.getBean(ChatAdminTemplate.class)));
		assertThat(templates).singleElement().satisfies((template) -> assertThat(template.isClosed()).isTrue());
	}

	@Test
	void shouldBackOffWhenUserDefinesTemplate() {
		this.contextRunner.withUserConfiguration(UserTemplateConfiguration.class).run((context) -> {
			assertThat(context).hasNotFailed().hasSingleBean(ChatAdminOperations.class).hasBean("myTemplate");
			assertThat(context).doesNotHaveBean(TlsSigUserSigProvider.class);
		});
	}

	@Test
	void shouldBackOffWhenUserDefinesOperations() {
		this.contextRunner
			.withBean("myOperations", ChatAdminOperations.class, () -> Mockito.mock(ChatAdminOperations.class))
			.run((context) -> {
				assertThat(context).hasNotFailed().hasSingleBean(ChatAdminOperations.class).hasBean("myOperations");
				assertThat(context).doesNotHaveBean(ChatAdminTemplate.class);
			});
	}

	@Test
	void shouldUseUserDefinedUserSigProviderWithoutSecretKey() {
		this.contextRunner.withPropertyValues("tencent.chat.sdk-app-id=1400000001")
			.withBean("mySigs", UserSigProvider.class, () -> () -> "external-sig")
			.run((context) -> {
				assertThat(context).hasNotFailed()
					.hasSingleBean(ChatAdminTemplate.class)
					.hasSingleBean(UserSigProvider.class);
				assertThat(context).doesNotHaveBean(TlsSigUserSigProvider.class);
			});
	}

	@Test
	void shouldApplyCustomizersInOrder() {
		this.configured.withUserConfiguration(CustomizerConfiguration.class).run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context.getBean(CustomizerConfiguration.class).calls).containsExactly("first", "second");
		});
	}

	@Test
	void shouldBeDisabledByProperty() {
		this.configured.withPropertyValues("tencent.chat.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(ChatAdminOperations.class));
	}

	@Test
	void shouldWorkWithoutBootsWebClientModule() {
		new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(ChatAdminAutoConfiguration.class))
			.withPropertyValues("tencent.chat.sdk-app-id=1400000001", "tencent.chat.secret-key=" + SECRET)
			.withClassLoader(new FilteredClassLoader("org.springframework.boot.webclient"))
			.run((context) -> assertThat(context).hasNotFailed().hasSingleBean(ChatAdminTemplate.class));
	}

	@Test
	void shouldWorkWithoutMicrometerMetrics() {
		this.configured.withClassLoader(new FilteredClassLoader(MeterRegistry.class))
			.run((context) -> assertThat(context).hasNotFailed().hasSingleBean(ChatAdminTemplate.class));
	}

	@Test
	void shouldNotConfigureWithoutWebFlux() {
		this.configured.withClassLoader(new FilteredClassLoader("org.springframework.web.reactive.function.client"))
			.run((context) -> assertThat(context).doesNotHaveBean(ChatAdminOperations.class));
	}

	@Test
	void shouldFailWithoutSdkAppId() {
		this.contextRunner.withPropertyValues("tencent.chat.secret-key=" + SECRET)
			.run((context) -> assertFailure(context.getStartupFailure(), "tencent.chat.sdk-app-id"));
	}

	@Test
	void shouldFailWithoutSecretKey() {
		this.contextRunner.withPropertyValues("tencent.chat.sdk-app-id=1400000001")
			.run((context) -> assertFailure(context.getStartupFailure(), "tencent.chat.secret-key"));
	}

	@Test
	void shouldFailOnPlainHttpEndpointOnNonLoopbackHost() {
		this.configured.withPropertyValues("tencent.chat.endpoint=http://console.tim.qq.com")
			.run((context) -> assertFailure(context.getStartupFailure(), "tencent.chat.endpoint"));
		this.configured.withPropertyValues("tencent.chat.backup-endpoint=http://10.0.0.1:8080")
			.run((context) -> assertFailure(context.getStartupFailure(), "tencent.chat.backup-endpoint"));
	}

	@Test
	void shouldNotEchoCredentialsOfARejectedEndpoint() {
		this.configured
			.withPropertyValues("tencent.chat.endpoint=https://ops:hunter2@console.tim.qq.com/?usersig=abc123")
			.run((context) -> {
				assertFailure(context.getStartupFailure(), "tencent.chat.endpoint");
				assertThat(context.getStartupFailure()).rootCause()
					.hasMessageContaining("console.tim.qq.com")
					.hasMessageNotContaining("hunter2")
					.hasMessageNotContaining("abc123");
			});
		ChatAdminProperties properties = new ChatAdminProperties();
		properties.setBackupEndpoint(java.net.URI.create("https://ops:hunter2@backup.example.com?usersig=abc123"));
		assertThat(properties.toString()).contains("backup.example.com")
			.doesNotContain("hunter2")
			.doesNotContain("abc123");
	}

	@Test
	void shouldAcceptPlainHttpOnLoopbackHosts() {
		for (String endpoint : List.of("http://127.0.0.1:8080", "http://localhost:8080", "http://[::1]:8080",
				"http://127.1.2.3")) {
			this.configured.withPropertyValues("tencent.chat.endpoint=" + endpoint)
				.run((context) -> assertThat(context).hasNotFailed());
		}
	}

	@Test
	void shouldFailOnNonPositiveTimeouts() {
		for (String key : List.of("http.connect-timeout", "http.response-timeout", "http.call-timeout",
				"failover.cool-down", "http.pool.pending-acquire-timeout", "retry.min-backoff")) {
			this.configured.withPropertyValues("tencent.chat." + key + "=0s")
				.run((context) -> assertFailure(context.getStartupFailure(), "tencent.chat." + key));
		}
		this.configured.withPropertyValues("tencent.chat.http.connect-timeout=-1s")
			.run((context) -> assertFailure(context.getStartupFailure(), "tencent.chat.http.connect-timeout"));
		this.configured.withPropertyValues("tencent.chat.limiter.quotas[openim/sendmsg]=0")
			.run((context) -> assertFailure(context.getStartupFailure(),
					"tencent.chat.limiter.quotas[openim/sendmsg]"));
		this.configured.withPropertyValues("tencent.chat.retry.max-attempts=0")
			.run((context) -> assertFailure(context.getStartupFailure(), "tencent.chat.retry.max-attempts"));
		this.configured
			.withPropertyValues("tencent.chat.retry.throttling-min-backoff=5s",
					"tencent.chat.retry.throttling-max-backoff=1s")
			.run((context) -> assertFailure(context.getStartupFailure(), "tencent.chat.retry.throttling-max-backoff"));
	}

	@Test
	void propertiesToStringShouldMaskTheSecret() {
		this.configured.run((context) -> {
			assertThat(context.getBean(ChatAdminProperties.class).toString()).doesNotContain(SECRET).contains("******");
			assertThat(context.getBean(TlsSigUserSigProvider.class).toString()).doesNotContain(SECRET);
			assertThat(context.getBean(ChatAdminTemplate.class).toString()).doesNotContain(SECRET);
		});
	}

	private static void assertFailure(Throwable failure, String property) {
		assertThat(failure).isNotNull();
		Throwable cause = failure;
		while (!(cause instanceof ChatAdminConfigurationException) && cause.getCause() != null) {
			cause = cause.getCause();
		}
		assertThat(cause).isInstanceOf(ChatAdminConfigurationException.class).hasMessageContaining(property);
		assertThat(((ChatAdminConfigurationException) cause).getProperty()).isEqualTo(property);
		FailureAnalysis analysis = new ChatAdminConfigurationFailureAnalyzer().analyze(failure);
		assertThat(analysis).isNotNull();
		assertThat(analysis.getDescription()).contains(property);
		assertThat(analysis.getAction()).contains(property);
		assertThat(analysis.getDescription() + analysis.getAction()).doesNotContain(SECRET);
	}

	@Configuration(proxyBeanMethods = false)
	static class UserTemplateConfiguration {

		@Bean
		ChatAdminTemplate myTemplate() {
			return ChatAdminTemplate.builder()
				.sdkAppId(1)
				.userSigProvider(() -> "sig")
				.endpoint(URI.create("http://127.0.0.1:9"))
				.build();
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class CustomizerConfiguration {

		final List<String> calls = new ArrayList<>();

		@Bean
		@Order(2)
		ChatAdminTemplateCustomizer second() {
			return (builder) -> this.calls.add("second");
		}

		@Bean
		@Order(1)
		ChatAdminTemplateCustomizer first() {
			return (builder) -> this.calls.add("first");
		}

	}

}
