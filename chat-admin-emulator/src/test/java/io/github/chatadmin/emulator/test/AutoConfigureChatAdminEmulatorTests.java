package io.github.chatadmin.emulator.test;

import java.util.List;

import io.github.chatadmin.client.ChatAdminOperations;
import io.github.chatadmin.client.ChatAdminTemplate;
import io.github.chatadmin.autoconfigure.ChatAdminConnectionDetails;
import io.github.chatadmin.emulator.ChatAdminEmulator;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

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

	@Autowired
	private ChatAdminTemplate template;

	@Autowired
	private ChatAdminConnectionDetails connectionDetails;

	@Autowired
	private Environment environment;

	@Test
	@Order(1)
	void shouldPointTheStarterAtTheEmulator() {
		assertThat(this.template.getEndpoint()).isEqualTo(this.emulator.baseUrl()).startsWith("http://127.0.0.1:");
		assertThat(this.connectionDetails.getSdkAppId()).isEqualTo(this.emulator.getSdkAppId());
		assertThat(this.environment.getProperty("tencent.chat.endpoint")).as("no property is set").isNull();
		this.chat.accounts().importAccount("alice").block();
		assertThat(this.emulator.hasAccount("alice")).isTrue();
	}

	@Test
	@Order(2)
	void shouldStartEachTestWithAnEmptyEmulator() {
		assertThat(this.emulator.hasAccount("alice")).isFalse();
		assertThat(this.chat.accounts().check(List.of("alice")).block().resultItem().get(0).isImported()).isFalse();
	}

	@Test
	@Order(3)
	void throttlingShouldBeRetriedWithShortTestBackoffs() {
		this.emulator.faults().failNext("im_open_login_svc/account_import", 2, 60007);
		this.chat.accounts().importAccount("bob").block();
		assertThat(this.emulator.hasAccount("bob")).isTrue();
		assertThat(this.environment.getProperty("tencent.chat.retry.throttling-min-backoff")).isEqualTo("5ms");
	}

	@Configuration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	static class App {

	}

}
