package io.github.chatadmin.testcontainers;

import java.net.URI;
import java.util.Map;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.chatadmin.autoconfigure.ChatAdminAutoConfiguration;
import io.github.chatadmin.autoconfigure.ChatAdminConnectionDetails;
import io.github.chatadmin.client.ChatAdminTemplate;
import io.github.chatadmin.testcontainers.WireMockChatAdminContainerConnectionDetailsFactory.Identity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.wiremock.integrations.testcontainers.WireMockContainer;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.boot.testcontainers.service.connection.ServiceConnectionAutoConfiguration;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Tests for {@link WireMockChatAdminContainerConnectionDetailsFactory} that need no
 * Docker engine: the container bean is a {@link NoDockerWireMockContainer} whose mapped
 * port is an in-process WireMock server on loopback, and Spring Boot's own
 * {@code @ServiceConnection} support finds the factory through
 * {@code META-INF/spring.factories}.
 */
class WireMockChatAdminContainerConnectionDetailsFactoryTests {

	private static final String SECRET = "0f1e2d3c4b5a69788796a5b4c3d2e1f0";

	@RegisterExtension
	static WireMockExtension wireMock = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
		.build();

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ServiceConnectionAutoConfiguration.class,
				ChatAdminAutoConfiguration.class, WebClientAutoConfiguration.class));

	@Test
	void shouldPointTheTemplateAtTheContainerWithTheIdentityFromItsEnvironment() {
		wireMock.stubFor(post(anyUrl()).willReturn(okJson("{\"ActionStatus\":\"OK\",\"ErrorCode\":0}")));
		this.contextRunner.withUserConfiguration(ContainerWithEnvironment.class).run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context.getBeansOfType(ChatAdminConnectionDetails.class)).hasSize(1);
			ChatAdminConnectionDetails details = context.getBean(ChatAdminConnectionDetails.class);
			assertThat(details).isInstanceOf(
					WireMockChatAdminContainerConnectionDetailsFactory.WireMockChatAdminConnectionDetails.class);
			assertThat(details.getEndpoint()).isEqualTo(URI.create("http://127.0.0.1:" + wireMock.getPort()));
			assertThat(details.getBackupEndpoint()).isNull();
			assertThat(details.getSdkAppId()).isEqualTo(1400000042L);
			assertThat(details.getAdmin()).isEqualTo("ops");
			assertThat(details.getSecretKey()).isEqualTo(SECRET);
			assertThat(details.toString()).doesNotContain(SECRET);
			assertThat(context.getBean(NoDockerWireMockContainer.class).isStarted()).isTrue();
			ChatAdminTemplate template = context.getBean(ChatAdminTemplate.class);
			assertThat(template.getEndpoint()).isEqualTo("http://127.0.0.1:" + wireMock.getPort());
			template.accounts().importAccount("alice").block();
		});
		wireMock.verify(1,
				postRequestedFor(urlPathEqualTo("/v4/im_open_login_svc/account_import"))
					.withQueryParam("sdkappid", equalTo("1400000042"))
					.withQueryParam("identifier", equalTo("ops"))
					.withQueryParam("usersig", matching(".+")));
	}

	@Test
	void shouldIgnoreTheEndpointPropertiesAndTheRegion() {
		this.contextRunner.withUserConfiguration(ContainerWithoutEnvironment.class)
			.withPropertyValues("tencent.chat.region=singapore", "tencent.chat.endpoint=https://console.tim.qq.com",
					"tencent.chat.backup-endpoint=https://console.tim.qq.com")
			.run((context) -> {
				ChatAdminConnectionDetails details = context.getBean(ChatAdminConnectionDetails.class);
				assertThat(details.getEndpoint()).isEqualTo(URI.create("http://127.0.0.1:" + wireMock.getPort()));
				assertThat(details.getBackupEndpoint()).isNull();
			});
	}

	@Test
	void shouldReadTheIdentityFromPropertiesWhenTheContainerSetsNone() {
		this.contextRunner.withUserConfiguration(ContainerWithoutEnvironment.class)
			.withPropertyValues("tencent.chat.sdk-app-id=1400000007", "tencent.chat.admin=robot",
					"tencent.chat.secret-key=" + SECRET)
			.run((context) -> {
				ChatAdminConnectionDetails details = context.getBean(ChatAdminConnectionDetails.class);
				assertThat(details.getSdkAppId()).isEqualTo(1400000007L);
				assertThat(details.getAdmin()).isEqualTo("robot");
				assertThat(details.getSecretKey()).isEqualTo(SECRET);
			});
	}

	@Test
	void shouldPreferTheContainerEnvironmentToProperties() {
		this.contextRunner.withUserConfiguration(ContainerWithEnvironment.class)
			.withPropertyValues("tencent.chat.sdk-app-id=1400000007", "tencent.chat.admin=robot",
					"tencent.chat.secret-key=from-properties")
			.run((context) -> {
				ChatAdminConnectionDetails details = context.getBean(ChatAdminConnectionDetails.class);
				assertThat(details.getSdkAppId()).isEqualTo(1400000042L);
				assertThat(details.getAdmin()).isEqualTo("ops");
				assertThat(details.getSecretKey()).isEqualTo(SECRET);
			});
	}

	@Test
	void shouldUseTheTestIdentityWhenNothingSetsOne() {
		this.contextRunner.withUserConfiguration(ContainerWithoutEnvironment.class).run((context) -> {
			assertThat(context).hasNotFailed();
			ChatAdminConnectionDetails details = context.getBean(ChatAdminConnectionDetails.class);
			assertThat(details.getSdkAppId()).isEqualTo(1400000000L);
			assertThat(details.getAdmin()).isEqualTo("administrator");
			assertThat(details.getSecretKey())
				.isEqualTo(WireMockChatAdminContainerConnectionDetailsFactory.DEFAULT_SECRET_KEY);
		});
	}

	@Test
	void shouldFailAtStartupWhenTheDockerHostIsNotLoopback() {
		this.contextRunner.withUserConfiguration(RemoteDockerHostContainer.class)
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.isInstanceOf(IllegalStateException.class)
				.hasMessageContaining("'docker' is not a loopback host"));
	}

	@Test
	void shouldFailAtStartupWhenTheSdkAppIdIsNotAPositiveNumber() {
		this.contextRunner.withUserConfiguration(ContainerWithoutEnvironment.class)
			.withPropertyValues("tencent.chat.sdk-app-id=-5")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("tencent.chat.sdk-app-id")
				.hasMessageContaining("'-5'"));
	}

	@Test
	void shouldBuildTheEndpointFromTheHostAndTheMappedPort() {
		assertThat(WireMockChatAdminContainerConnectionDetailsFactory.endpoint("localhost", 32768))
			.isEqualTo(URI.create("http://localhost:32768"));
		assertThat(WireMockChatAdminContainerConnectionDetailsFactory.endpoint("127.0.0.2", 1))
			.isEqualTo(URI.create("http://127.0.0.2:1"));
		assertThat(WireMockChatAdminContainerConnectionDetailsFactory.endpoint("::1", 8080))
			.isEqualTo(URI.create("http://[::1]:8080"));
		assertThat(WireMockChatAdminContainerConnectionDetailsFactory.endpoint("[::1]", 8080))
			.isEqualTo(URI.create("http://[::1]:8080"));
		assertThatIllegalStateException()
			.isThrownBy(() -> WireMockChatAdminContainerConnectionDetailsFactory.endpoint("192.168.99.100", 8080))
			.withMessageContaining("TESTCONTAINERS_HOST_OVERRIDE");
	}

	@Test
	void shouldTakeEachValueOfTheIdentityFromTheFirstSourceThatSetsIt() {
		Identity identity = WireMockChatAdminContainerConnectionDetailsFactory.identity(
				Map.of("TENCENT_CHAT_ADMIN", "ops", "TENCENT_CHAT_SDK_APP_ID", " "),
				(key) -> key.equals("sdk-app-id") ? "1400000009" : null);
		assertThat(identity.sdkAppId()).isEqualTo(1400000009L);
		assertThat(identity.admin()).isEqualTo("ops");
		assertThat(identity.secretKey())
			.isEqualTo(WireMockChatAdminContainerConnectionDetailsFactory.DEFAULT_SECRET_KEY);
		assertThat(identity.toString()).doesNotContain(identity.secretKey());
	}

	@Configuration(proxyBeanMethods = false)
	static class ContainerWithEnvironment {

		@Bean
		@ServiceConnection
		NoDockerWireMockContainer wireMockContainer() {
			NoDockerWireMockContainer container = new NoDockerWireMockContainer("127.0.0.1", wireMock.getPort());
			container.withEnv("TENCENT_CHAT_SDK_APP_ID", "1400000042")
				.withEnv("TENCENT_CHAT_ADMIN", "ops")
				.withEnv("TENCENT_CHAT_SECRET_KEY", SECRET);
			return container;
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class ContainerWithoutEnvironment {

		@Bean
		@ServiceConnection
		WireMockContainer wireMockContainer() {
			return new NoDockerWireMockContainer("127.0.0.1", wireMock.getPort());
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class RemoteDockerHostContainer {

		@Bean
		@ServiceConnection
		WireMockContainer wireMockContainer() {
			return new NoDockerWireMockContainer("docker", 32768);
		}

	}

}
