package io.github.chatadmin.autoconfigure;

import io.github.chatadmin.client.ChatAdminTemplate;
import io.github.chatadmin.client.transport.SharedRateLimiter;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for the auto-configuration of {@code tencent.chat.limiter.shared}.
 */
class ChatAdminSharedLimiterAutoConfigurationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ChatAdminAutoConfiguration.class, WebClientAutoConfiguration.class))
		.withPropertyValues("tencent.chat.sdk-app-id=1400000001",
				"tencent.chat.secret-key=5bd2850fff3ecb11d7c805251c51ee463a25727bddc2385f3fa8bfee1bb93b5e");

	@Test
	void shouldNotShareByDefault() {
		this.contextRunner.run((context) -> {
			assertThat(context).doesNotHaveBean(SharedRateLimiter.class);
			assertThat(context.getBean(ChatAdminTemplate.class).getRateLimiter().getShared()).isNull();
		});
	}

	@Test
	void shouldFailNamingThePropertyWithoutRedisConnectionFactory() {
		this.contextRunner.withPropertyValues("tencent.chat.limiter.shared=redis").run((context) -> {
			assertThat(context).hasFailed();
			Throwable cause = context.getStartupFailure();
			while (!(cause instanceof ChatAdminConfigurationException) && cause.getCause() != null) {
				cause = cause.getCause();
			}
			assertThat(cause).isInstanceOf(ChatAdminConfigurationException.class)
				.hasMessageContaining("tencent.chat.limiter.shared");
			assertThat(((ChatAdminConfigurationException) cause).getProperty())
				.isEqualTo("tencent.chat.limiter.shared");
		});
	}

	@Test
	void shouldShareThroughTheApplicationsRedis() {
		this.contextRunner.withPropertyValues("tencent.chat.limiter.shared=redis")
			.withUserConfiguration(RedisConfiguration.class)
			.run((context) -> {
				assertThat(context).hasSingleBean(SharedRateLimiter.class);
				assertThat(context.getBean(SharedRateLimiter.class)).isInstanceOf(RedisSharedRateLimiter.class);
				assertThat(context.getBean(ChatAdminTemplate.class).getRateLimiter().getShared())
					.isSameAs(context.getBean(SharedRateLimiter.class));
			});
	}

	@Test
	void shouldRejectANonPositiveRedisTimeout() {
		this.contextRunner
			.withPropertyValues("tencent.chat.limiter.shared=redis", "tencent.chat.limiter.redis.timeout=0")
			.withUserConfiguration(RedisConfiguration.class)
			.run((context) -> assertThat(context).hasFailed());
	}

	@Configuration(proxyBeanMethods = false)
	static class RedisConfiguration {

		@Bean
		LettuceConnectionFactory redisConnectionFactory() {
			return new LettuceConnectionFactory("127.0.0.1", 1);
		}

	}

}
