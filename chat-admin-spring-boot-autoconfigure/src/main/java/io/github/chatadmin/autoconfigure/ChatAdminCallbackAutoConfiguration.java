package io.github.chatadmin.autoconfigure;

import java.time.Clock;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.github.chatadmin.client.callback.CallbackDispatcher;
import io.github.chatadmin.client.callback.CallbackEvent;
import io.github.chatadmin.client.callback.CallbackHandler;
import io.github.chatadmin.client.callback.CallbackVerifier;
import io.micrometer.observation.ObservationRegistry;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.ResolvableType;
import org.springframework.web.reactive.function.server.RequestPredicates;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration
 * Auto-configuration} of the endpoint that receives the service's callbacks
 * ({@code tencent.chat.callback.*}): it verifies each request, decodes its event and
 * dispatches it to the application's {@link CallbackHandler} beans by their event type.
 * The endpoint is a WebFlux router function in a reactive web application, and a Spring
 * MVC one in a Servlet web application; both delegate to the framework-neutral
 * {@link CallbackDispatcher}.
 *
 * @author chat-admin
 * @since 0.1.0
 */
@AutoConfiguration(after = ChatAdminAutoConfiguration.class,
		afterName = "org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration")
@ConditionalOnClass(CallbackDispatcher.class)
@ConditionalOnBooleanProperty("tencent.chat.callback.enabled")
@EnableConfigurationProperties(ChatAdminProperties.class)
public final class ChatAdminCallbackAutoConfiguration {

	private static final Log logger = LogFactory.getLog(ChatAdminCallbackAutoConfiguration.class);

	@Bean
	@ConditionalOnMissingBean
	CallbackDispatcher chatAdminCallbackDispatcher(ChatAdminProperties properties,
			ObjectProvider<ChatAdminConnectionDetails> connectionDetails, ConfigurableListableBeanFactory beanFactory,
			ObjectProvider<ObservationRegistry> observationRegistry) {
		ChatAdminProperties.Callback callback = properties.getCallback();
		ChatAdminConnectionDetails details = connectionDetails.getIfAvailable();
		long sdkAppId = (details != null) ? details.getSdkAppId() : ChatAdminSettings.sdkAppId(properties);
		CallbackVerifier verifier = new CallbackVerifier(sdkAppId, callback.getToken(), callback.getMaxClockSkew(),
				Clock.systemUTC());
		if (!verifier.isAuthenticated()) {
			logger.warn("tencent.chat.callback.token is not set: callbacks at " + callback.getPath()
					+ " are unauthenticated, only their SdkAppid is checked");
		}
		Map<Class<?>, List<? extends CallbackHandler<?>>> handlers = new ConcurrentHashMap<>();
		return new CallbackDispatcher(verifier,
				(type) -> handlers.computeIfAbsent(type, (key) -> handlersOf(beanFactory, type)),
				callback.getHandlerTimeout(), observationRegistry.getIfAvailable(() -> ObservationRegistry.NOOP));
	}

	private static List<? extends CallbackHandler<?>> handlersOf(ConfigurableListableBeanFactory beanFactory,
			Class<? extends CallbackEvent> type) {
		Set<Object> matching = Collections.newSetFromMap(new IdentityHashMap<>());
		for (String name : beanFactory.getBeanNamesForType(CallbackHandler.class)) {
			Class<?> handled = eventTypeOf(beanFactory, name);
			if (handled == type || handled == CallbackEvent.class) {
				matching.add(beanFactory.getBean(name));
			}
		}
		return beanFactory.getBeanProvider(CallbackHandler.class)
			.orderedStream()
			.filter(matching::contains)
			.map((handler) -> (CallbackHandler<?>) handler)
			.toList();
	}

	private static @Nullable Class<?> eventTypeOf(ConfigurableListableBeanFactory beanFactory, String name) {
		Class<?> declared = null;
		if (beanFactory.containsBeanDefinition(name)) {
			declared = beanFactory.getMergedBeanDefinition(name)
				.getResolvableType()
				.as(CallbackHandler.class)
				.getGeneric(0)
				.resolve();
		}
		if (declared == null) {
			declared = ResolvableType.forClass(beanFactory.getBean(name).getClass())
				.as(CallbackHandler.class)
				.getGeneric(0)
				.resolve();
		}
		return declared;
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(RouterFunction.class)
	@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
	static class WebFluxCallbackConfiguration {

		@Bean
		RouterFunction<ServerResponse> chatAdminCallbackRouterFunction(CallbackDispatcher dispatcher,
				ChatAdminProperties properties) {
			ChatAdminProperties.Callback callback = properties.getCallback();
			return RouterFunctions.route(RequestPredicates.POST(callback.getPath()),
					new WebFluxCallbackHandlerFunction(dispatcher, callback.getMaxBodySize().toBytes()));
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(org.springframework.web.servlet.function.RouterFunction.class)
	@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
	static class ServletCallbackConfiguration {

		@Bean
		org.springframework.web.servlet.function.RouterFunction<org.springframework.web.servlet.function.ServerResponse> chatAdminServletCallbackRouterFunction(
				CallbackDispatcher dispatcher, ChatAdminProperties properties) {
			ChatAdminProperties.Callback callback = properties.getCallback();
			return org.springframework.web.servlet.function.RouterFunctions.route(
					org.springframework.web.servlet.function.RequestPredicates.POST(callback.getPath()),
					new ServletCallbackHandlerFunction(dispatcher, callback.getMaxBodySize().toBytes()));
		}

	}

}
