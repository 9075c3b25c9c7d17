package io.github.chatadmin.emulator.test;

import java.util.List;

import io.github.chatadmin.emulator.ChatAdminEmulatorContexts;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ConfigurableApplicationContext;
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

		@Override
		public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration mergedConfig) {
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
