package io.github.chatadmin.emulator;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.github.chatadmin.client.ChatAdminTemplate;
import io.github.chatadmin.client.api.groupmessage.GroupGetExtensionsRequest;
import io.github.chatadmin.client.api.groupmessage.GroupSetExtensionsRequest;
import io.github.chatadmin.client.api.groupmessage.ImportGroupMessagesRequest;
import io.github.chatadmin.client.api.groupmessage.ImportedGroupMessage;
import io.github.chatadmin.client.api.groupmessage.ModifyGroupMessageRequest;
import io.github.chatadmin.client.api.groupmessage.SendGroupMessageRequest;
import io.github.chatadmin.client.api.message.MessageElement;
import io.github.chatadmin.client.api.message.MessageExtension;
import io.github.chatadmin.client.api.message.ReceivedMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Round trips of the typed group message operations against the emulator: write through
 * {@code groupMessages()}, then read back through it.
 */
class TypedGroupMessagingRoundTripTests {

	private ChatAdminEmulator emulator;

	private ChatAdminTemplate chat;

	@BeforeEach
	void start() {
		this.emulator = ChatAdminEmulator.builder().build().start();
		this.chat = EmulatorTemplates.templateFor(this.emulator);
		this.chat.accounts().importAccounts(List.of("alice", "bob")).block();
		this.chat
			.execute("group_open_http_svc", "create_group", Map.of("Owner_Account", "alice", "Type", "Public", "Name",
					"team", "GroupId", "team", "MemberList", List.of(Map.of("Member_Account", "bob"))))
			.block();
	}

	@AfterEach
	void stop() {
		this.chat.close();
		this.emulator.close();
	}

	private List<String> texts() {
		return this.chat.groupMessages().history("team").map(ReceivedMessage::text).collectList().block();
	}

	@Test
	void sendRecallModifyAndImportShouldShowInTheTypedHistory() {
		long imported = Instant.now().getEpochSecond() - 60;
		this.chat.groupMessages()
			.importMessages(ImportGroupMessagesRequest.of("team",
					List.of(ImportedGroupMessage.text("alice", imported, "from the old system"))))
			.block();
		long first = this.chat.groupMessages().sendText("team", "alice", "one").block().msgSeq();
		long second = this.chat.groupMessages().sendText("team", "bob", "two").block().msgSeq();
		long third = this.chat.groupMessages().sendText("team", "alice", "draft").block().msgSeq();
		assertThat(texts()).containsExactlyInAnyOrder("from the old system", "one", "two", "draft");
		this.chat.groupMessages().recall("team", List.of(second)).block();
		this.chat.groupMessages()
			.modify(new ModifyGroupMessageRequest("team", third, List.of(MessageElement.text("final")), null, null))
			.block();
		assertThat(texts()).containsExactlyInAnyOrder("from the old system", "one", "final");
		assertThat(first).isLessThan(third);
	}

	@Test
	void extensionsShouldRoundTrip() {
		long seq = this.chat.groupMessages()
			.send(SendGroupMessageRequest.builder("team").from("alice").text("poll").supportExtensions().build())
			.block()
			.msgSeq();
		this.chat.groupMessages()
			.setExtensions(GroupSetExtensionsRequest.set("team", seq, List.of(MessageExtension.of("votes", "1"))))
			.block();
		assertThat(this.chat.groupMessages().extensions(GroupGetExtensionsRequest.of("team", seq)).block().extensions())
			.extracting(MessageExtension::key, MessageExtension::value)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("votes", "1"));
	}

}
