package io.github.chatadmin.sample;

import java.net.URI;
import java.util.concurrent.TimeUnit;

import io.github.chatadmin.client.ChatAdminOperations;
import io.github.chatadmin.client.ChatAdminResponseException;
import io.github.chatadmin.client.api.message.SendMessageRequest;
import io.github.chatadmin.emulator.ChatAdminEmulator;
import io.github.chatadmin.emulator.EmulatorCallbacks;
import io.github.chatadmin.emulator.test.AutoConfigureChatAdminEmulator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Testing a callback handler with the emulator, as the README shows: the test's emulator
 * calls the application back at its random port, and the handler's reply decides what the
 * emulator does with the message.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "tencent.chat.callback.token=handler-test-token", "sample.banned-word=spoiler" })
@AutoConfigureChatAdminEmulator
class BannedWordHandlerTests {

	@Autowired
	private ChatAdminEmulator emulator;

	@Autowired
	private ChatAdminOperations chat;

	@LocalServerPort
	private int port;

	@BeforeEach
	void callMeBack() {
		this.emulator.callbacks(URI.create("http://127.0.0.1:" + this.port + "/tencent-chat/callback"),
				"handler-test-token");
		this.chat.accounts().importAccount("ann").block();
		this.chat.accounts().importAccount("ben").block();
	}

	@Test
	void refusesTheBannedWord() {
		assertThatExceptionOfType(ChatAdminResponseException.class)
			.isThrownBy(() -> this.chat.messages()
				.send(SendMessageRequest.builder("ben").from("ann").text("a SPOILER").build())
				.block())
			.satisfies((ex) -> assertThat(ex.getErrorCode()).isEqualTo(20006));
		assertThat(this.emulator.callbacks().calls("C2C.CallbackBeforeSendMsg")).singleElement()
			.satisfies((call) -> assertThat(call.errorCode()).isEqualTo(SampleCallbacks.REFUSED));
	}

	@Test
	void letsCleanMessagesThrough() throws Exception {
		this.chat.messages().send(SendMessageRequest.builder("ben").from("ann").text("hi").build()).block();
		EmulatorCallbacks.Call after = this.emulator.callbacks()
			.awaitCall("C2C.CallbackAfterSendMsg")
			.get(10, TimeUnit.SECONDS);
		assertThat(after.body().at("/MsgBody/0/MsgContent/Text").asString()).isEqualTo("hi");
		assertThat(after.errorCode()).isZero();
	}

}
