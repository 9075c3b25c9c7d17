package io.github.chatadmin.emulator.test;

import java.util.function.Consumer;

import io.github.chatadmin.emulator.ChatAdminEmulator;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * JUnit 5 extension that runs an emulator for a test class: started before all tests,
 * cleared before each, closed after all. Register it in a static field:
 *
 * <pre class="code">
 * &#64;RegisterExtension
 * static ChatAdminEmulatorExtension emulator = new ChatAdminEmulatorExtension();
 * </pre>
 *
 * @author chat-admin
 * @since 0.1.0
 */
public class ChatAdminEmulatorExtension implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback {

	private final Consumer<ChatAdminEmulator.Builder> customizer;

	private @Nullable ChatAdminEmulator emulator;

	/**
	 * Create an extension for an emulator with the default settings.
	 */
	public ChatAdminEmulatorExtension() {
		this((builder) -> {
		});
	}

	/**
	 * Create an extension for an emulator with custom settings.
	 * @param customizer customizes the emulator's builder
	 */
	public ChatAdminEmulatorExtension(Consumer<ChatAdminEmulator.Builder> customizer) {
		this.customizer = customizer;
	}

	/**
	 * Return the running emulator.
	 * @return the emulator
	 * @throws IllegalStateException outside the test class's lifecycle
	 */
	public ChatAdminEmulator emulator() {
		ChatAdminEmulator current = this.emulator;
		if (current == null) {
			throw new IllegalStateException("The emulator runs only while the test class runs");
		}
		return current;
	}

	@Override
	public void beforeAll(ExtensionContext context) {
		ChatAdminEmulator.Builder builder = ChatAdminEmulator.builder();
		this.customizer.accept(builder);
		this.emulator = builder.build().start();
	}

	@Override
	public void beforeEach(ExtensionContext context) {
		emulator().reset();
	}

	@Override
	public void afterAll(ExtensionContext context) {
		ChatAdminEmulator current = this.emulator;
		this.emulator = null;
		if (current != null) {
			current.close();
		}
	}

}
