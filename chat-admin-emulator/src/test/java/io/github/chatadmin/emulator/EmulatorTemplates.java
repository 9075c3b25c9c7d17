package io.github.chatadmin.emulator;

import java.net.URI;
import java.time.Duration;

import io.github.chatadmin.client.ChatAdminTemplate;

/**
 * Templates that talk to an emulator, for the round-trip tests: the emulator's
 * credentials and URL, and backoffs short enough that a retried call does not slow a test
 * down.
 */
final class EmulatorTemplates {

	private EmulatorTemplates() {
	}

	/**
	 * Return a builder for a template that calls the emulator.
	 * @param emulator a started emulator
	 * @return the builder, to adjust further
	 */
	static ChatAdminTemplate.Builder builderFor(ChatAdminEmulator emulator) {
		return ChatAdminTemplate.builder()
			.sdkAppId(emulator.getSdkAppId())
			.secretKey(emulator.getSecretKey())
			.endpoint(URI.create(emulator.baseUrl()))
			.backoff(Duration.ofMillis(1), Duration.ofMillis(2));
	}

	/**
	 * Return a template that calls the emulator.
	 * @param emulator a started emulator
	 * @return the template, to close after the test
	 */
	static ChatAdminTemplate templateFor(ChatAdminEmulator emulator) {
		return builderFor(emulator).build();
	}

}
