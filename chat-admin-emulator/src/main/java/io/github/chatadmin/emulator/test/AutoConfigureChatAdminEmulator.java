package io.github.chatadmin.emulator.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs a Spring test against a Tencent Chat emulator: an emulator is started for the
 * test's application context, the starter is pointed at it through a
 * {@code ChatAdminConnectionDetails} bean (no {@code tencent.chat.*} property is needed
 * or changed), and it is available as a
 * {@link io.github.chatadmin.emulator.ChatAdminEmulator} bean. Its data is cleared before
 * each test unless {@link #resetBeforeEachTest()} is {@code false}. Retry and throttling
 * backoffs default to a few milliseconds, so that tests of failures run fast; set
 * {@code tencent.chat.retry.*} to override them.
 *
 * @author chat-admin
 * @since 0.1.0
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
public @interface AutoConfigureChatAdminEmulator {

	/**
	 * Whether to clear the emulator's data, quotas and faults before each test method.
	 * @return whether to reset before each test
	 */
	boolean resetBeforeEachTest() default true;

}
