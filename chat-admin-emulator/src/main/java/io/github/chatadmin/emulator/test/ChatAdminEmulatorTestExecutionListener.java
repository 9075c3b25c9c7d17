package io.github.chatadmin.emulator.test;

import io.github.chatadmin.emulator.ChatAdminEmulator;

import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestContextAnnotationUtils;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Clears the emulator before each test method of a test annotated with
 * {@link AutoConfigureChatAdminEmulator}.
 *
 * @author chat-admin
 */
class ChatAdminEmulatorTestExecutionListener extends AbstractTestExecutionListener {

	@Override
	public int getOrder() {
		return 2500;
	}

	@Override
	public void beforeTestMethod(TestContext testContext) {
		AutoConfigureChatAdminEmulator annotation = TestContextAnnotationUtils
			.findMergedAnnotation(testContext.getTestClass(), AutoConfigureChatAdminEmulator.class);
		if (annotation != null && annotation.resetBeforeEachTest()) {
			testContext.getApplicationContext()
				.getBeanProvider(ChatAdminEmulator.class)
				.ifAvailable(ChatAdminEmulator::reset);
		}
	}

}
