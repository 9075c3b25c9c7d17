package io.github.chatadmin.emulator;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import io.github.chatadmin.client.ChatAdminResponseException;
import io.github.chatadmin.client.ChatAdminTemplate;
import io.github.chatadmin.client.api.message.GetExtensionsRequest;
import io.github.chatadmin.client.api.message.ImportMessageRequest;
import io.github.chatadmin.client.api.message.MarkReadRequest;
import io.github.chatadmin.client.api.message.MessageElement;
import io.github.chatadmin.client.api.message.MessageExtension;
import io.github.chatadmin.client.api.message.ModifyMessageRequest;
import io.github.chatadmin.client.api.message.ReadReceiptRequest;
import io.github.chatadmin.client.api.message.ReceivedMessage;
import io.github.chatadmin.client.api.message.SendMessageRequest;
import io.github.chatadmin.client.api.message.SendMessageResponse;
import io.github.chatadmin.client.api.message.SetExtensionsRequest;
import io.github.chatadmin.client.api.message.SetExtensionsResponse;
import io.github.chatadmin.client.api.message.UnreadCountResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Round trips of the typed one-to-one message operations against the emulator: write
 * through {@code messages()}, then read back through it.
 */
class TypedMessagingRoundTripTests {

	private static final Instant NOW = Instant.parse("2026-12-04T12:00:00Z");

	private ChatAdminEmulator emulator;

	private ChatAdminTemplate chat;

	@BeforeEach
	void start() {
		this.emulator = ChatAdminEmulator.builder().clock(Clock.fixed(NOW, ZoneOffset.UTC)).build().start();
		this.chat = EmulatorTemplates.templateFor(this.emulator);
		this.chat.accounts().importAccounts(List.of("alice", "bob", "carol")).block();
	}

	@AfterEach
	void stop() {
		this.chat.close();
		this.emulator.close();
	}

	private List<ReceivedMessage> history(String operator, String peer) {
		return this.chat.messages()
			.history(operator, peer, NOW.minus(Duration.ofDays(365 * 5)), NOW.plusSeconds(1))
			.collectList()
			.block();
	}

	@Test
	void sentMessagesShouldComeBackInTheHistoryWithTheirValues() {
		SendMessageResponse sent = this.chat.messages()
			.send(SendMessageRequest.builder("bob")
				.from("alice")
				.msgRandom(3998651049L)
				.text("hi")
				.body(MessageElement.custom("{\"order\":42}", "Order shipped"))
				.cloudCustomData("tag")
				.build())
			.block();
		assertThat(sent.msgTime()).isEqualTo(NOW.getEpochSecond());
		this.chat.messages().sendText("bob", "alice", "hello back").block();
		List<ReceivedMessage> history = history("alice", "bob");
		assertThat(history).extracting(ReceivedMessage::text).containsExactlyInAnyOrder("hi", "hello back");
		ReceivedMessage first = history.stream().filter((m) -> m.text().equals("hi")).findFirst().orElseThrow();
		assertThat(first.msgRandom()).as("unsigned 32-bit").isEqualTo(3998651049L);
		assertThat(first.msgKey()).isEqualTo(sent.msgKey());
		assertThat(first.cloudCustomData()).isEqualTo("tag");
		assertThat(first.body()).hasSize(2).element(1).isInstanceOf(MessageElement.Custom.class);
	}

	@Test
	void historyShouldWalkEveryPage() {
		for (int i = 0; i < 250; i++) {
			this.chat.messages().sendText("alice", "bob", "m" + i).block();
		}
		assertThat(history("bob", "alice")).hasSize(250).extracting(ReceivedMessage::text).doesNotHaveDuplicates();
	}

	@Test
	void aMisspelledElementTypeShouldGetTheVendorsError() {
		assertThatExceptionOfType(ChatAdminResponseException.class)
			.isThrownBy(() -> this.chat.execute("openim", "sendmsg",
					java.util.Map.of("To_Account", "bob", "MsgRandom", 1, "MsgBody",
							List.of(java.util.Map.of("MsgType", "TIMTextElement", "MsgContent",
									java.util.Map.of("Text", "hi")))))
				.block())
			.satisfies((ex) -> assertThat(ex.getErrorCode()).isEqualTo(90002));
	}

	@Test
	void recallShouldEmptyTheMessageAndASecondRecallShouldFail() {
		SendMessageResponse sent = this.chat.messages().sendText("alice", "bob", "oops").block();
		this.chat.messages().recall("alice", "bob", sent.msgKey()).block();
		assertThat(history("bob", "alice")).singleElement().satisfies((m) -> assertThat(m.body()).isEmpty());
		assertThatExceptionOfType(ChatAdminResponseException.class)
			.isThrownBy(() -> this.chat.messages().recall("alice", "bob", sent.msgKey()).block())
			.satisfies((ex) -> assertThat(ex.getErrorCode()).isEqualTo(20023));
	}

	@Test
	void unreadCountsShouldFollowSendsAndMarkRead() {
		this.chat.messages().sendText("alice", "bob", "1").block();
		this.chat.messages().sendText("alice", "bob", "2").block();
		this.chat.messages().sendText("carol", "bob", "3").block();
		assertThat(this.chat.messages().unreadCount("bob").block()).isEqualTo(3);
		UnreadCountResponse perPeer = this.chat.messages().unreadCounts("bob", List.of("alice", "carol")).block();
		assertThat(perPeer.counts()).containsExactly(new UnreadCountResponse.PeerCount("alice", 2),
				new UnreadCountResponse.PeerCount("carol", 1));
		this.chat.messages().markRead(MarkReadRequest.all("bob", "alice")).block();
		assertThat(this.chat.messages().unreadCount("bob").block()).isEqualTo(1);
	}

	@Test
	void importsShouldBeKeptOnceWhenSentAgainAndOrderedByTime() {
		ImportMessageRequest older = ImportMessageRequest.builder("alice", "bob", NOW.getEpochSecond() - 3600)
			.text("from the old system")
			.build();
		this.chat.messages().importMessage(older).block();
		this.chat.messages().importMessage(older).block();
		this.chat.messages().sendText("bob", "alice", "new").block();
		assertThat(history("alice", "bob")).extracting(ReceivedMessage::text)
			.containsExactly("from the old system", "new");
	}

	@Test
	void modifyReadReceiptsAndOneSidedDeletesShouldShowInTheHistory() {
		SendMessageResponse sent = this.chat.messages().sendText("alice", "bob", "draft").block();
		this.chat.messages()
			.modify(new ModifyMessageRequest("alice", "bob", sent.msgKey(), List.of(MessageElement.text("final")),
					"edited"))
			.block();
		this.chat.messages()
			.sendReadReceipts(new ReadReceiptRequest("bob", "alice",
					List.of(new ReadReceiptRequest.MessageRef("alice", "bob", sent.msgKey()))))
			.block();
		ReceivedMessage message = history("alice", "bob").get(0);
		assertThat(message.text()).isEqualTo("final");
		assertThat(message.cloudCustomData()).isEqualTo("edited");
		assertThat(message.isPeerRead()).isEqualTo(1);
		this.chat.messages().deleteFromHistory("bob", "alice", List.of(sent.msgKey())).block();
		assertThat(history("bob", "alice")).isEmpty();
		assertThat(history("alice", "bob")).hasSize(1);
	}

	@Test
	void extensionsShouldBeVersionedPerKey() {
		SendMessageResponse sent = this.chat.messages()
			.send(SendMessageRequest.builder("bob").from("alice").text("poll").supportExtensions().build())
			.block();
		SetExtensionsResponse first = this.chat.messages()
			.setExtensions(new SetExtensionsRequest("alice", "bob", sent.msgKey(), 1,
					List.of(MessageExtension.of("votes", "1"))))
			.block();
		assertThat(first.results()).singleElement().satisfies((r) -> assertThat(r.errorCode()).isZero());
		SetExtensionsResponse stale = this.chat.messages()
			.setExtensions(new SetExtensionsRequest("alice", "bob", sent.msgKey(), 1,
					List.of(MessageExtension.of("votes", "2"))))
			.block();
		assertThat(stale.results()).singleElement().satisfies((r) -> assertThat(r.errorCode()).isEqualTo(23001));
		assertThat(this.chat.messages()
			.extensions(new GetExtensionsRequest("alice", "bob", sent.msgKey(), null))
			.block()
			.extensions()).containsExactly(new MessageExtension("votes", "1", 1));
	}

}
