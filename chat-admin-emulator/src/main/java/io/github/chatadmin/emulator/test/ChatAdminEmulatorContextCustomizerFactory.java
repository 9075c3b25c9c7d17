package io.github.chatadmin.emulator.test;

import java.util.List;
import java.util.Map;

import io.github.chatadmin.emulator.ChatAdminEmulatorContexts;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.context.TestContextAnnotationUtils;

/**
 * Starts an emulator for the application context of a test annotated with
 * {@link AutoConfigureChatAdminEmulator}.
 *
 * @author chat-admin
 */
class ChatAdminEmulatorContextCustomizerFactory implements ContextCustomizerFactory {

	@Override
	public @Nullable ContextCustomizer createContextCustomizer(Class<?> testClass,
			List<ContextConfigurationAttributes> configAttributes) {
		boolean annotated = TestContextAnnotationUtils.findMergedAnnotation(testClass,
				AutoConfigureChatAdminEmulator.class) != null;
		return annotated ? new EmulatorContextCustomizer() : null;
	}

	static final class EmulatorContextCustomizer implements ContextCustomizer {

		static final String TEST_DEFAULTS = "chatAdminEmulatorTestDefaults";

		static final Map<String, Object> TEST_BACKOFFS = Map.of("tencent.chat.retry.min-backoff", "5ms",
				"tencent.chat.retry.max-backoff", "20ms", "tencent.chat.retry.throttling-min-backoff", "5ms",
				"tencent.chat.retry.throttling-max-backoff", "20ms", "tencent.chat.failover.cool-down", "1s");

		@Override
		public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration mergedConfig) {
			context.getEnvironment().getPropertySources().addLast(new MapPropertySource(TEST_DEFAULTS, TEST_BACKOFFS));
			ChatAdminEmulatorContexts.startFor(context);
		}

		@Override
		public boolean equals(@Nullable Object other) {
			return other instanceof EmulatorContextCustomizer;
		}

		@Override
		public int hashCode() {
			return EmulatorContextCustomizer.class.hashCode();
		}

	}

}
