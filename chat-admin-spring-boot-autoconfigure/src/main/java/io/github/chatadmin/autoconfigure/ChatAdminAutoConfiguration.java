package io.github.chatadmin.autoconfigure;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.TrustManagerFactory;

import io.github.chatadmin.client.ChatAdminOperations;
import io.github.chatadmin.client.ChatAdminTemplate;
import io.github.chatadmin.client.auth.TlsSigUserSigProvider;
import io.github.chatadmin.client.auth.UserSigProvider;
import io.github.chatadmin.client.observation.ChatAdminAttemptObservationConvention;
import io.github.chatadmin.client.observation.ChatAdminObservationConvention;
import io.github.chatadmin.client.transport.SharedRateLimiter;
import io.micrometer.observation.ObservationRegistry;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.ssl.SslBundle;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Scope;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration
 * Auto-configuration} of the {@link ChatAdminTemplate}, from the
 * {@link ChatAdminConnectionDetails} ({@code tencent.chat.*} by default).
 *
 * @author chat-admin
 * @since 0.1.0
 */
@AutoConfiguration(afterName = { "org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration",
		"org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration",
		"org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration",
		"org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration",
		"org.springframework.boot.data.redis.autoconfigure.DataRedisReactiveAutoConfiguration" })
@ConditionalOnClass({ ChatAdminTemplate.class, WebClient.class })
@ConditionalOnBooleanProperty(name = "tencent.chat.enabled", matchIfMissing = true)
@EnableConfigurationProperties(ChatAdminProperties.class)
public final class ChatAdminAutoConfiguration {

	private static final Log logger = LogFactory.getLog(ChatAdminAutoConfiguration.class);

	@Bean
	@ConditionalOnMissingBean(ChatAdminConnectionDetails.class)
	PropertiesChatAdminConnectionDetails chatAdminConnectionDetails(ChatAdminProperties properties) {
		return new PropertiesChatAdminConnectionDetails(properties);
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(SanitizingFunction.class)
	static class SanitizingConfiguration {

		@Bean
		ChatAdminSanitizingFunction chatAdminSanitizingFunction(ChatAdminConnectionDetails connectionDetails,
				ChatAdminProperties properties) {
			return new ChatAdminSanitizingFunction(() -> {
				String key = properties.getSecretKey();
				return (key != null) ? key : connectionDetails.getSecretKey();
			}, () -> properties.getCallback().getToken());
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnProperty(name = "tencent.chat.limiter.shared", havingValue = "redis")
	static class SharedRateLimiterConfiguration {

		@Bean
		@ConditionalOnMissingBean
		SharedRateLimiter chatAdminSharedRateLimiter(ListableBeanFactory beanFactory,
				ChatAdminConnectionDetails connectionDetails, ChatAdminProperties properties) {
			return RedisSharedRateLimiters.create(beanFactory, connectionDetails.getSdkAppId(),
					properties.getLimiter().getRedis());
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnMissingBean(ChatAdminOperations.class)
	static class ChatAdminTemplateConfiguration {

		@Bean
		@ConditionalOnMissingBean(UserSigProvider.class)
		TlsSigUserSigProvider chatAdminUserSigProvider(ChatAdminConnectionDetails connectionDetails,
				ChatAdminProperties properties) {
			return new TlsSigUserSigProvider(connectionDetails.getSdkAppId(), connectionDetails.getAdmin(),
					ChatAdminSettings.secretKey(connectionDetails.getSecretKey()),
					ChatAdminSettings.userSigValidity(properties));
		}

		@Bean
		@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
		@ConditionalOnMissingBean
		ChatAdminTemplate.Builder chatAdminTemplateBuilder(ChatAdminProperties properties,
				ChatAdminConnectionDetails connectionDetails, UserSigProvider userSigProvider,
				ObjectProvider<WebClient.Builder> webClientBuilder,
				ObjectProvider<ObservationRegistry> observationRegistry,
				ObjectProvider<ChatAdminObservationConvention> observationConvention,
				ObjectProvider<ChatAdminAttemptObservationConvention> attemptObservationConvention,
				ObjectProvider<ChatAdminHttpClientCustomizer> httpClientCustomizers,
				ObjectProvider<SslBundles> sslBundles, ObjectProvider<ChatAdminTemplateCustomizer> customizers) {
			ChatAdminSettings.checkRetry(properties.getRetry());
			ChatAdminSettings.checkLimiter(properties.getLimiter());
			ChatAdminProperties.Limiter limiter = properties.getLimiter();
			ChatAdminTemplate.Builder builder = ChatAdminTemplate.builder()
				.sdkAppId(connectionDetails.getSdkAppId())
				.admin(connectionDetails.getAdmin())
				.userSigProvider(userSigProvider)
				.region(properties.getRegion())
				.endpoint(connectionDetails.getEndpoint())
				.backupEndpoint(connectionDetails.getBackupEndpoint())
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
			String bundleName = properties.getHttp().getSsl().getBundle();
			if (bundleName != null && !bundleName.isBlank()) {
				SslBundle bundle = ChatAdminSettings.sslBundle(sslBundles.getIfAvailable(), bundleName);
				TrustManagerFactory trust = bundle.getManagers().getTrustManagerFactory();
				KeyManagerFactory keys = bundle.getManagers().getKeyManagerFactory();
				builder.ssl(trust, keys);
			}
			httpClientCustomizers.orderedStream().forEach((customizer) -> builder.httpClient(customizer::customize));
			customizers.orderedStream().forEach((customizer) -> customizer.customize(builder));
			return builder;
		}

		@Bean
		ChatAdminTemplate chatAdminTemplate(ChatAdminTemplate.Builder chatAdminTemplateBuilder,
				ChatAdminProperties properties, ObjectProvider<SharedRateLimiter> sharedRateLimiter) {
			ChatAdminTemplate template = chatAdminTemplateBuilder.build();
			sharedRateLimiter.ifAvailable(template.getRateLimiter()::share);
			if (logger.isInfoEnabled()) {
				logger.info("Tencent Chat: region " + properties.getRegion().name().toLowerCase(java.util.Locale.ROOT)
						+ ", endpoint " + template.getEndpoint() + ", SDKAppID " + template.getSdkAppId());
			}
			return template;
		}

	}

}
