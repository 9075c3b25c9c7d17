package io.github.chatadmin.autoconfigure;

import io.github.chatadmin.client.ChatAdminOperations;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration
 * Auto-configuration} of the opt-in {@code tencentChat} health indicator, for the
 * application's {@link ChatAdminOperations} bean, whether auto-configured or its own.
 *
 * @author chat-admin
 * @since 0.1.0
 */
@AutoConfiguration(after = ChatAdminAutoConfiguration.class)
@ConditionalOnClass(ReactiveHealthIndicator.class)
@ConditionalOnBean({ ChatAdminOperations.class, ChatAdminConnectionDetails.class })
@ConditionalOnBooleanProperty("tencent.chat.health.enabled")
public final class ChatAdminHealthAutoConfiguration {

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnEnabledHealthIndicator("tencentchat")
	static class HealthIndicatorConfiguration {

		@Bean
		@ConditionalOnMissingBean(name = "tencentChatHealthIndicator")
		ChatAdminHealthIndicator tencentChatHealthIndicator(ChatAdminOperations chatAdminOperations,
				ChatAdminConnectionDetails connectionDetails, ChatAdminProperties properties) {
			ChatAdminProperties.Health health = properties.getHealth();
			return new ChatAdminHealthIndicator(chatAdminOperations, properties.getRegion(),
					connectionDetails.getEndpoint().toString(), connectionDetails.getSdkAppId(),
					connectionDetails.getAdmin(),
					ChatAdminSettings.positive(health.getTimeToLive(), "health.time-to-live"),
					ChatAdminSettings.positive(health.getTimeout(), "health.timeout"));
		}

	}

}
