package io.github.chatadmin.emulator;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.github.chatadmin.client.ChatAdminResponseException;
import io.github.chatadmin.client.ChatAdminTemplate;
import io.github.chatadmin.client.api.account.MultiAccountImportRequest;
import io.github.chatadmin.client.api.conversation.ContactGroup;
import io.github.chatadmin.client.api.conversation.ConversationMarks;
import io.github.chatadmin.client.api.conversation.ConversationRef;
import io.github.chatadmin.client.api.conversation.ConversationType;
import io.github.chatadmin.client.api.conversation.CreateContactGroupResponse;
import io.github.chatadmin.client.api.conversation.GetConversationsResponse.Conversation;
import io.github.chatadmin.client.api.conversation.MarkContactRequest;
import io.github.chatadmin.client.api.conversation.SearchContactGroupResponse;
import io.github.chatadmin.client.api.moderation.GlobalMuteResponse;
import io.github.chatadmin.client.api.moderation.SetGlobalMuteRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Round trips of the typed conversation and global mute operations against the emulator:
 * conversations made by sends and read back newest first, conversation groups and marks
 * written and read back, and global mutes honoured by sends.
 */
class TypedConversationRoundTripTests {

	private static final Instant NOW = Instant.parse("2026-12-04T12:00:00Z");

	private final GroupMessageScenarioTests.MutableClock clock = new GroupMessageScenarioTests.MutableClock(NOW);

	private ChatAdminEmulator emulator;

	private ChatAdminTemplate chat;

	@BeforeEach
	void start() {
		this.emulator = ChatAdminEmulator.builder().clock(this.clock).build().start();
		this.chat = EmulatorTemplates.templateFor(this.emulator);
		this.chat.accounts()
			.importAccountsWithProfiles(List.of(new MultiAccountImportRequest.ImportedAccount("alice", "Alice", null),
					new MultiAccountImportRequest.ImportedAccount("bob", "Bob", "https://example.com/b.png"),
					new MultiAccountImportRequest.ImportedAccount("carol", null, null)))
			.block();
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

	private List<Conversation> conversations(String userId) {
		return this.chat.conversations().list(userId).collectList().block(Duration.ofSeconds(10));
	}

	@Test
	void sendsShouldCreateConversationsListedNewestFirst() {
		this.chat.messages().sendText("alice", "bob", "hi").block();
		this.clock.advance(Duration.ofSeconds(10));
		this.chat.groupMessages().sendText("team", "bob", "hello team").block();
		this.clock.advance(Duration.ofSeconds(10));
		this.chat.messages().sendText("carol", "alice", "psst").block();
		List<Conversation> alice = conversations("alice");
		assertThat(alice).extracting(Conversation::type)
			.containsExactly(ConversationType.C2C, ConversationType.GROUP, ConversationType.C2C);
		assertThat(alice.get(0).toAccount()).isEqualTo("carol");
		assertThat(alice.get(0).msgTime()).isEqualTo(NOW.getEpochSecond() + 20);
		assertThat(alice.get(1).groupId()).isEqualTo("team");
		assertThat(alice.get(2).toAccount()).isEqualTo("bob");
		assertThat(conversations("bob"))
			.extracting((c) -> ConversationType.C2C.equals(c.type()) ? c.toAccount() : c.groupId())
			.containsExactly("team", "alice");
		this.clock.advance(Duration.ofSeconds(10));
		this.chat.messages().sendText("alice", "bob", "again").block();
		assertThat(conversations("alice").get(0).toAccount()).isEqualTo("bob");
	}

	@Test
	void deletedConversationsShouldLeaveTheList() {
		this.chat.messages().sendText("alice", "bob", "hi").block();
		this.chat.groupMessages().sendText("team", "bob", "hello team").block();
		this.chat.conversations().delete("alice", ConversationRef.group("team"), true).block();
		assertThat(conversations("alice")).extracting(Conversation::toAccount).containsExactly("bob");
		assertThat(conversations("bob")).hasSize(2);
	}

	@Test
	void conversationGroupsAndMarksShouldBeReadBack() {
		CreateContactGroupResponse created = this.chat.conversations()
			.createGroup("alice", "work", List.of(ConversationRef.user("bob"), ConversationRef.group("team")))
			.block();
		long id = created.results().get(0).groupItem().groupId();
		this.chat.conversations()
			.mark("alice",
					List.of(MarkContactRequest.Mark.standard(ConversationRef.user("bob"), List.of(0, 2), List.of()),
							MarkContactRequest.Mark.custom(ConversationRef.user("carol"), "vip")))
			.block();
		this.chat.conversations()
			.changeGroup("alice", "work", List.of(ConversationRef.user("carol")),
					List.of(ConversationRef.group("team")))
			.block();
		this.chat.conversations().renameGroup("alice", "work", "job").block();
		SearchContactGroupResponse found = this.chat.conversations()
			.search("alice",
					List.of(ConversationRef.user("bob"), ConversationRef.user("carol"), ConversationRef.group("team")))
			.block();
		assertThat(found.conversations()).extracting(ConversationMarks::conversation)
			.containsExactly(ConversationRef.user("bob"), ConversationRef.user("carol"));
		assertThat(found.conversations().get(0).standardMark()).isEqualTo("101");
		assertThat(found.conversations().get(0).groupIds()).containsExactly(id);
		assertThat(found.conversations().get(1).customMark()).isEqualTo("vip");
		assertThat(found.groups()).containsExactly(new ContactGroup("job", id));
		List<ConversationMarks> all = this.chat.conversations().marks("alice").collectList().block();
		assertThat(all).hasSize(2);
		assertThat(this.chat.conversations().deleteGroup("alice", "job").block().groups())
			.containsExactly(new ContactGroup("job", id));
		assertThat(this.chat.conversations()
			.marksPage(io.github.chatadmin.client.api.conversation.GetContactGroupRequest.first("alice"))
			.block()
			.groups()).isEmpty();
		assertThatExceptionOfType(ChatAdminResponseException.class)
			.isThrownBy(() -> this.chat.conversations().deleteGroup("alice", "job").block())
			.satisfies((ex) -> assertThat(ex.getErrorCode()).isEqualTo(50002));
	}

	@Test
	void globalMuteShouldBeStoredAndRefuseSends() {
		this.chat.moderation().setGlobalMute("alice", SetGlobalMuteRequest.FOREVER, 60L).block();
		GlobalMuteResponse mute = this.chat.moderation().globalMute("alice").block();
		assertThat(mute.c2cMsgNoSpeakingTime()).isEqualTo(SetGlobalMuteRequest.FOREVER);
		assertThat(mute.groupMsgNoSpeakingTime()).isEqualTo(60L);
		assertThatExceptionOfType(ChatAdminResponseException.class)
			.isThrownBy(() -> this.chat.messages().sendText("alice", "bob", "hi").block())
			.satisfies((ex) -> assertThat(ex.getErrorCode()).isEqualTo(20012));
		assertThatExceptionOfType(ChatAdminResponseException.class)
			.isThrownBy(() -> this.chat.groupMessages().sendText("team", "alice", "hi").block())
			.satisfies((ex) -> assertThat(ex.getErrorCode()).isEqualTo(10017));
		this.chat.messages().sendText("bob", "alice", "you may read").block();
		this.clock.advance(Duration.ofSeconds(61));
		assertThat(this.chat.moderation().globalMute("alice").block().groupMsgNoSpeakingTime()).isZero();
		this.chat.groupMessages().sendText("team", "alice", "back").block();
		this.chat.moderation().setGlobalMute("alice", SetGlobalMuteRequest.UNMUTE, null).block();
		this.chat.messages().sendText("alice", "bob", "back too").block();
		assertThat(this.chat.moderation().globalMute("alice").block().isC2cMuted()).isFalse();
	}

}
