package io.github.chatadmin.autoconfigure;

import io.github.chatadmin.client.transport.SharedRateLimiter;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.data.redis.connection.ReactiveRedisConnectionFactory;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.util.ClassUtils;

/**
 * Creates the {@link RedisSharedRateLimiter} of {@code tencent.chat.limiter.shared=redis}
 * on the application's reactive Redis connection, and says which property to change when
 * it cannot.
 *
 * @author chat-admin
 * @since 0.1.0
 */
final class RedisSharedRateLimiters {

	private static final String PROPERTY = "tencent.chat.limiter.shared";

	private RedisSharedRateLimiters() {
	}

	static SharedRateLimiter create(ListableBeanFactory beanFactory, long sdkAppId,
			ChatAdminProperties.Redis settings) {
		ClassLoader classLoader = RedisSharedRateLimiters.class.getClassLoader();
		if (!ClassUtils.isPresent("org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory",
				classLoader)
				|| !ClassUtils.isPresent("io.github.bucket4j.redis.lettuce.Bucket4jLettuce", classLoader)) {
			throw new ChatAdminConfigurationException(PROPERTY,
					"is 'redis', but Spring Data Redis with Lettuce or Bucket4j's Lettuce module is missing",
					"Add 'spring-boot-starter-data-redis-reactive' and 'com.bucket4j:bucket4j_jdk17-lettuce', or remove '"
							+ PROPERTY + "'.");
		}
		return Lettuce.create(beanFactory, sdkAppId, settings);
	}

	private static final class Lettuce {

		static SharedRateLimiter create(ListableBeanFactory beanFactory, long sdkAppId,
				ChatAdminProperties.Redis settings) {
			ReactiveRedisConnectionFactory factory = beanFactory.getBeanProvider(ReactiveRedisConnectionFactory.class)
				.getIfUnique();
			if (!(factory instanceof LettuceConnectionFactory lettuce)) {
				throw new ChatAdminConfigurationException(PROPERTY,
						"is 'redis', but the application has no single Lettuce ReactiveRedisConnectionFactory bean",
						"Configure Spring Data Redis with Lettuce (spring.data.redis.*), or remove '" + PROPERTY
								+ "'.");
			}
			ChatAdminSettings.positive(settings.getTimeout(), "limiter.redis.timeout");
			ChatAdminSettings.positive(settings.getRetryInterval(), "limiter.redis.retry-interval");
			return new RedisSharedRateLimiter(lettuce.getRequiredNativeClient(), sdkAppId, settings.getTimeout(),
					settings.getRetryInterval(), null);
		}

	}

}
