package io.github.chatadmin.emulator.test;

import java.net.URI;

import io.github.chatadmin.client.ChatAdminTemplate;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ChatAdminEmulatorExtension}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ChatAdminEmulatorExtensionTests {

	@RegisterExtension
	static ChatAdminEmulatorExtension extension = new ChatAdminEmulatorExtension(
			(builder) -> builder.sdkAppId(1400000777L));

	@Test
	@Order(1)
	void shouldRunAnEmulatorForTheClass() {
		assertThat(extension.emulator().getSdkAppId()).isEqualTo(1400000777L);
		try (ChatAdminTemplate template = ChatAdminTemplate.builder()
			.sdkAppId(extension.emulator().getSdkAppId())
			.secretKey(extension.emulator().getSecretKey())
			.endpoint(URI.create(extension.emulator().baseUrl()))
			.build()) {
			template.accounts().importAccount("alice").block();
		}
		assertThat(extension.emulator().hasAccount("alice")).isTrue();
	}

	@Test
	@Order(2)
	void shouldResetBetweenTests() {
		assertThat(extension.emulator().hasAccount("alice")).isFalse();
	}

}
