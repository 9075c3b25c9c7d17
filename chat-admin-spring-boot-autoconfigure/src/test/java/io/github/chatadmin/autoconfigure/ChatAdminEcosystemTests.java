package io.github.chatadmin.autoconfigure;

import java.net.URI;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.chatadmin.client.ChatAdminOperations;
import io.github.chatadmin.client.ChatAdminTemplate;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for how the auto-configuration fits the Spring ecosystem: connection details, the
 * prototype builder, customizers, SSL bundles, the startup line, quota keys, and the
 * health and metrics auto-configurations surviving a user-defined template.
 */
@ExtendWith(OutputCaptureExtension.class)
class ChatAdminEcosystemTests {

	private static final String SECRET = "e0a0d7e76b9b4c0b8e4c2c1a7f8d9e3b";

	@RegisterExtension
	static WireMockExtension wireMock = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
		.build();

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner().withConfiguration(
			AutoConfigurations.of(ChatAdminAutoConfiguration.class, ChatAdminHealthAutoConfiguration.class,
					ChatAdminMetricsAutoConfiguration.class, WebClientAutoConfiguration.class));

	private final ApplicationContextRunner configured = this.contextRunner
		.withPropertyValues("tencent.chat.sdk-app-id=1400000001", "tencent.chat.secret-key=" + SECRET);

	@Test
	void shouldReadTheConnectionFromPropertiesByDefault() {
		this.configured.withPropertyValues("tencent.chat.region=singapore").run((context) -> {
			ChatAdminConnectionDetails details = context.getBean(ChatAdminConnectionDetails.class);
			assertThat(details).isInstanceOf(PropertiesChatAdminConnectionDetails.class);
			assertThat(details.getEndpoint()).isEqualTo(URI.create("https://adminapisgp.im.qcloud.com"));
			assertThat(details.getBackupEndpoint()).isEqualTo(URI.create("https://adminapisgp.my-imcloud.com"));
			assertThat(details.getSdkAppId()).isEqualTo(1400000001L);
			assertThat(details.toString()).doesNotContain(SECRET);
		});
	}

	@Test
	void shouldUseConnectionDetailsContributedByABeanWithoutAnyProperty() {
		wireMock.stubFor(post(anyUrl()).willReturn(okJson("{\"ActionStatus\":\"OK\",\"ErrorCode\":0}")));
		this.contextRunner.withUserConfiguration(TestConnectionDetails.class).run((context) -> {
			assertThat(context).hasNotFailed().doesNotHaveBean(PropertiesChatAdminConnectionDetails.class);
			ChatAdminTemplate template = context.getBean(ChatAdminTemplate.class);
			assertThat(template.getEndpoint()).isEqualTo("http://127.0.0.1:" + wireMock.getPort());
			assertThat(template.getSdkAppId()).isEqualTo(1400000042L);
			template.accounts().importAccount("alice").block();
		});
		wireMock.verify(1, postRequestedFor(urlPathEqualTo("/v4/im_open_login_svc/account_import")));
	}

	@Test
	void shouldOfferAPrototypeBuilderAndApplyHttpClientCustomizers() {
		this.configured.withUserConfiguration(HttpClientCustomizerConfiguration.class).run((context) -> {
			assertThat(context.getBean(ChatAdminTemplate.Builder.class))
				.isNotSameAs(context.getBean(ChatAdminTemplate.Builder.class));
			assertThat(context.getBean(HttpClientCustomizerConfiguration.class).calls.get())
				.as("applied once, when the template was built")
				.isEqualTo(1);
		});
	}

	@Test
	void shouldFailAtStartupNamingTheSslBundleProperty() {
		this.configured.withPropertyValues("tencent.chat.http.ssl.bundle=corporate")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("tencent.chat.http.ssl.bundle")
				.hasMessageContaining("corporate"));
	}

	@Test
	void shouldLogOneStartupLineWithoutTheKey(CapturedOutput output) {
		this.configured.run((context) -> assertThat(context).hasNotFailed());
		assertThat(output)
			.contains("Tencent Chat: region china, endpoint https://console.tim.qq.com, SDKAppID 1400000001")
			.doesNotContain(SECRET);
	}

	@Test
	void shouldRejectQuotaKeysThatLostTheirSlashOrNameNoCommand() {
		this.configured.withPropertyValues("tencent.chat.limiter.quotas.openimsendmsg=50")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.isInstanceOf(InvalidConfigurationPropertyValueException.class)
				.hasMessageContaining("[openim/sendmsg]"));
		this.configured.withPropertyValues("tencent.chat.limiter.quotas[openim/sendmessage]=50")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("names no command"));
		this.configured.withPropertyValues("tencent.chat.limiter.quotas[openim/sendmsg]=50")
			.run((context) -> assertThat(
					context.getBean(ChatAdminTemplate.class).getRateLimiter().quota("openim/sendmsg"))
				.isEqualTo(50.0));
	}

	@Test
	void healthAndMetricsShouldSurviveAUserDefinedTemplate() {
		this.configured.withPropertyValues("tencent.chat.health.enabled=true")
			.withUserConfiguration(UserTemplateConfiguration.class)
			.run((context) -> assertThat(context).hasNotFailed()
				.hasBean("myTemplate")
				.hasSingleBean(ChatAdminLimiterMetrics.class)
				.hasBean("tencentChatHealthIndicator"));
	}

	@Test
	void healthShouldBeOffWhenItsIndicatorIsDisabled() {
		this.configured
			.withPropertyValues("tencent.chat.health.enabled=true", "management.health.tencentchat.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(ChatAdminHealthIndicator.class));
	}

	@Configuration(proxyBeanMethods = false)
	static class TestConnectionDetails {

		@Bean
		ChatAdminConnectionDetails testChatAdminConnectionDetails() {
			return new ChatAdminConnectionDetails() {

				@Override
				public URI getEndpoint() {
					return URI.create("http://127.0.0.1:" + wireMock.getPort());
				}

				@Override
				public @Nullable URI getBackupEndpoint() {
					return null;
				}

				@Override
				public long getSdkAppId() {
					return 1400000042L;
				}

				@Override
				public String getAdmin() {
					return "administrator";
				}

				@Override
				public String getSecretKey() {
					return SECRET;
				}

			};
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class HttpClientCustomizerConfiguration {

		final AtomicInteger calls = new AtomicInteger();

		@Bean
		ChatAdminHttpClientCustomizer countingCustomizer() {
			return (httpClient) -> {
				this.calls.incrementAndGet();
				return httpClient;
			};
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class UserTemplateConfiguration {

		@Bean
		ChatAdminTemplate myTemplate() {
			return ChatAdminTemplate.builder().sdkAppId(1400000001L).secretKey(SECRET).build();
		}

	}

}
