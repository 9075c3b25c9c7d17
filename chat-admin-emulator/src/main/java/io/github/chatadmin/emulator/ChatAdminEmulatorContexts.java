package io.github.chatadmin.emulator;

import java.util.Map;

import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.util.ClassUtils;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.MapPropertySource;

/**
 * Attaches an emulator to a Spring application context: starts it, points the starter at
 * it with a {@code ChatAdminConnectionDetails} bean (no property is touched), registers
 * it as the bean {@value #BEAN_NAME} and closes it with the context.
 *
 * @author chat-admin
 * @since 0.1.0
 */
public final class ChatAdminEmulatorContexts {

	/**
	 * Name of the emulator bean.
	 */
	public static final String BEAN_NAME = "chatAdminEmulator";

	/**
	 * Name of the {@code ChatAdminConnectionDetails} bean that points the starter at the
	 * emulator.
	 */
	public static final String CONNECTION_DETAILS_BEAN_NAME = "chatAdminEmulatorConnectionDetails";

	private static final String CONNECTION_DETAILS_CLASS = "io.github.chatadmin.autoconfigure.ChatAdminConnectionDetails";

	/**
	 * Name of the property source that points {@code tencent.chat.*} at the emulator when
	 * the starter's auto-configuration is not on the class path.
	 */
	public static final String PROPERTY_SOURCE_NAME = "chatAdminEmulator";

	private ChatAdminEmulatorContexts() {
	}

	/**
	 * Start a new emulator with the default settings and attach it to the context, which
	 * must not be refreshed yet.
	 * @param context the context
	 * @return the started emulator
	 */
	public static ChatAdminEmulator startFor(ConfigurableApplicationContext context) {
		ChatAdminEmulator emulator = ChatAdminEmulator.builder().build().start();
		if (ClassUtils.isPresent(CONNECTION_DETAILS_CLASS, context.getClassLoader())) {
			context.getBeanFactory()
				.registerSingleton(CONNECTION_DETAILS_BEAN_NAME, new EmulatorConnectionDetails(emulator));
		}
		else {
			context.getEnvironment()
				.getPropertySources()
				.addFirst(new MapPropertySource(PROPERTY_SOURCE_NAME,
						Map.of("tencent.chat.endpoint", emulator.baseUrl(), "tencent.chat.sdk-app-id",
								Long.toString(emulator.getSdkAppId()), "tencent.chat.secret-key",
								emulator.getSecretKey(), "tencent.chat.admin", emulator.getAdmin())));
		}
		context.getBeanFactory().registerSingleton(BEAN_NAME, emulator);
		if (context.getBeanFactory() instanceof DefaultSingletonBeanRegistry registry) {
			registry.registerDisposableBean(BEAN_NAME, emulator::close);
		}
		else {
			context.addApplicationListener((event) -> {
				if (event instanceof ContextClosedEvent closed && closed.getApplicationContext() == context) {
					emulator.close();
				}
			});
		}
		return emulator;
	}

}
