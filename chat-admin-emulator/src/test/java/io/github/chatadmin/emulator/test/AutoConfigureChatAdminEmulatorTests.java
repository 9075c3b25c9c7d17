package io.github.chatadmin.emulator.test;

import java.util.List;

import io.github.chatadmin.client.ChatAdminOperations;
import io.github.chatadmin.emulator.ChatAdminEmulator;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link AutoConfigureChatAdminEmulator} with a Spring Boot test.
 */
@SpringBootTest(classes = AutoConfigureChatAdminEmulatorTests.App.class)
@AutoConfigureChatAdminEmulator
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AutoConfigureChatAdminEmulatorTests {

	@Autowired
	private ChatAdminOperations chat;

	@Autowired
	private ChatAdminEmulator emulator;

	@Value("${tencent.chat.endpoint}")
	private String endpoint;

	@Test
	@Order(1)
	void shouldPointTheStarterAtTheEmulator() {
		assertThat(this.endpoint).isEqualTo(this.emulator.baseUrl()).startsWith("http://127.0.0.1:");
		this.chat.accounts().importAccount("alice").block();
		assertThat(this.emulator.hasAccount("alice")).isTrue();
	}

	@Test
	@Order(2)
	void shouldStartEachTestWithAnEmptyEmulator() {
		assertThat(this.emulator.hasAccount("alice")).isFalse();
		assertThat(this.chat.accounts().check(List.of("alice")).block().resultItem().get(0).isImported()).isFalse();
	}

	@Configuration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	static class App {

	}

}
