package io.github.chatadmin.autoconfigure;

import io.github.chatadmin.client.ChatAdminOperations;
import io.github.chatadmin.client.ChatAdminTemplate;
import io.github.chatadmin.client.auth.TlsSigUserSigProvider;
import io.github.chatadmin.client.auth.UserSigProvider;
import io.github.chatadmin.client.observation.ChatAdminAttemptObservationConvention;
import io.github.chatadmin.client.observation.ChatAdminObservationConvention;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;
import io.micrometer.observation.ObservationRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration
 * Auto-configuration} of the {@link ChatAdminTemplate}, from {@code tencent.chat.*}.
 *
 * @author chat-admin
 */
@AutoConfiguration(afterName = { "org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration",
		"org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration" })
@ConditionalOnClass({ ChatAdminTemplate.class, WebClient.class })
@ConditionalOnBooleanProperty(name = "tencent.chat.enabled", matchIfMissing = true)
@EnableConfigurationProperties(ChatAdminProperties.class)
public final class ChatAdminAutoConfiguration {

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(SanitizingFunction.class)
	static class SanitizingConfiguration {

		@Bean
		ChatAdminSanitizingFunction chatAdminSanitizingFunction(ChatAdminProperties properties) {
			return new ChatAdminSanitizingFunction(properties::getSecretKey);
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnMissingBean(ChatAdminOperations.class)
	static class ChatAdminTemplateConfiguration {

		@Bean
		@ConditionalOnMissingBean(UserSigProvider.class)
		TlsSigUserSigProvider chatAdminUserSigProvider(ChatAdminProperties properties) {
			return new TlsSigUserSigProvider(ChatAdminSettings.sdkAppId(properties),
					ChatAdminSettings.admin(properties), ChatAdminSettings.secretKey(properties),
					ChatAdminSettings.userSigValidity(properties));
		}

		@Bean
		ChatAdminTemplate chatAdminTemplate(ChatAdminProperties properties, UserSigProvider userSigProvider,
				ObjectProvider<WebClient.Builder> webClientBuilder,
				ObjectProvider<ObservationRegistry> observationRegistry,
				ObjectProvider<ChatAdminObservationConvention> observationConvention,
				ObjectProvider<ChatAdminAttemptObservationConvention> attemptObservationConvention,
				ObjectProvider<ChatAdminTemplateCustomizer> customizers) {
			ChatAdminSettings.checkRetry(properties.getRetry());
			ChatAdminSettings.checkLimiter(properties.getLimiter());
			ChatAdminProperties.Limiter limiter = properties.getLimiter();
			ChatAdminTemplate.Builder builder = ChatAdminTemplate.builder()
				.sdkAppId(ChatAdminSettings.sdkAppId(properties))
				.admin(ChatAdminSettings.admin(properties))
				.userSigProvider(userSigProvider)
				.region(properties.getRegion())
				.endpoint(ChatAdminSettings.endpoint(properties.getEndpoint(), "endpoint"))
				.backupEndpoint(ChatAdminSettings.endpoint(properties.getBackupEndpoint(), "backup-endpoint"))
				.maxAttempts(properties.getRetry().getMaxAttempts())
				.backoff(properties.getRetry().getMinBackoff(), properties.getRetry().getMaxBackoff())
				.throttlingBackoff(properties.getRetry().getThrottlingMinBackoff(),
						properties.getRetry().getThrottlingMaxBackoff())
				.httpSettings(ChatAdminSettings.httpSettings(properties))
				.rateLimiter(limiter.getMode(), limiter.getDefaultQuota(), limiter.getQuotas(), limiter.getMaxWait())
				.failoverCoolDown(
						ChatAdminSettings.positive(properties.getFailover().getCoolDown(), "failover.cool-down"))
				.batchConcurrency(
						ChatAdminSettings.positive(properties.getBatch().getConcurrency(), "batch.concurrency"))
				.webClientBuilder(webClientBuilder.getIfAvailable(WebClient::builder))
				.observationRegistry(observationRegistry.getIfUnique(() -> ObservationRegistry.NOOP))
				.observationConvention(observationConvention.getIfAvailable())
				.attemptObservationConvention(attemptObservationConvention.getIfAvailable());
			if (limiter.getAppQuota() != null) {
				builder.appQuota(limiter.getAppQuota());
			}
			customizers.orderedStream().forEach((customizer) -> customizer.customize(builder));
			return builder.build();
		}

		@Configuration(proxyBeanMethods = false)
		@ConditionalOnClass(MeterBinder.class)
		static class LimiterMetricsConfiguration {

			@Bean
			ChatAdminLimiterMetrics chatAdminLimiterMetrics(ChatAdminTemplate chatAdminTemplate) {
				return new ChatAdminLimiterMetrics(chatAdminTemplate.getRateLimiter());
			}

		}

		@Configuration(proxyBeanMethods = false)
		@ConditionalOnClass(ReactiveHealthIndicator.class)
		@ConditionalOnBooleanProperty("tencent.chat.health.enabled")
		static class HealthConfiguration {

			@Bean("tencent.chatHealthIndicator")
			ChatAdminHealthIndicator chatAdminHealthIndicator(ChatAdminTemplate chatAdminTemplate,
					ChatAdminProperties properties) {
				ChatAdminProperties.Health health = properties.getHealth();
				return new ChatAdminHealthIndicator(chatAdminTemplate, properties.getRegion(),
						chatAdminTemplate.getEndpoint(), ChatAdminSettings.sdkAppId(properties),
						ChatAdminSettings.admin(properties),
						ChatAdminSettings.positive(health.getTimeToLive(), "health.time-to-live"),
						ChatAdminSettings.positive(health.getTimeout(), "health.timeout"));
			}

		}

	}

}
