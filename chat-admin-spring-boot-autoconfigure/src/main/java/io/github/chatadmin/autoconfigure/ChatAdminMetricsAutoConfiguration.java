package io.github.chatadmin.autoconfigure;

import io.github.chatadmin.client.ChatAdminTemplate;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.context.annotation.Bean;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration
 * Auto-configuration} of the rate-limiter gauges of the application's
 * {@link ChatAdminTemplate}, whether auto-configured or its own.
 *
 * @author chat-admin
 * @since 0.1.0
 */
@AutoConfiguration(after = ChatAdminAutoConfiguration.class)
@ConditionalOnClass({ MeterBinder.class, ChatAdminTemplate.class })
@ConditionalOnSingleCandidate(ChatAdminTemplate.class)
public final class ChatAdminMetricsAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	ChatAdminLimiterMetrics chatAdminLimiterMetrics(ChatAdminTemplate chatAdminTemplate) {
		return new ChatAdminLimiterMetrics(chatAdminTemplate.getRateLimiter());
	}

}
