package io.github.chatadmin.sample;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import io.github.chatadmin.client.ChatAdminOperations;
import io.github.chatadmin.client.api.relation.CheckFriendsResponse;
import io.github.chatadmin.client.api.relation.CheckType;
import io.github.chatadmin.client.api.relation.FriendRelation;
import io.github.chatadmin.emulator.ChatAdminEmulator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample's HTTP API end to end on the embedded emulator it starts when no credentials
 * are configured.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "tencent.chat.sdk-app-id=", "tencent.chat.secret-key=", "spring.profiles.active=emulator" })
@AutoConfigureWebTestClient
@ExtendWith(OutputCaptureExtension.class)
class SampleOnEmulatorTests {

	@Autowired
	private WebTestClient client;

	@Autowired
	private ChatAdminEmulator emulator;

	@Autowired
	private ChatAdminOperations chat;

	private void createUser(String userId) {
		this.client.post()
			.uri("/users")
			.bodyValue(Map.of("userId", userId))
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody()
			.jsonPath("$.userId")
			.isEqualTo(userId);
	}

	@Test
	void shouldRunOnTheEmbeddedEmulator() {
		assertThat(this.emulator.baseUrl()).startsWith("http://127.0.0.1:");
		createUser("emma");
		assertThat(this.emulator.hasAccount("emma")).isTrue();
		this.client.get()
			.uri("/users/emma")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.imported")
			.isEqualTo(true);
	}

	@Test
	void shouldListAUsersRecentConversationsNewestFirst() {
		createUser("ivy");
		createUser("jack");
		createUser("kate");
		for (List<String> message : List.of(List.of("ivy", "jack"), List.of("kate", "ivy"))) {
			this.client.post()
				.uri("/messages")
				.bodyValue(Map.of("from", message.get(0), "to", message.get(1), "text", "hi"))
				.exchange()
				.expectStatus()
				.isCreated()
				.expectBody()
				.jsonPath("$.messageKey")
				.isNotEmpty();
		}
		this.client.get()
			.uri("/users/ivy/conversations")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$[*].with")
			.isEqualTo(List.of("kate", "jack"))
			.jsonPath("$[0].type")
			.isEqualTo("c2c")
			.jsonPath("$[0].pinned")
			.isEqualTo(false);
		this.client.get()
			.uri("/users/ivy/conversations?limit=1")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.length()")
			.isEqualTo(1);
		this.client.get()
			.uri("/users/ivy/conversations?limit=0")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.detail")
			.isNotEmpty();
	}

	@Test
	void shouldSendAndListOneToOneMessages() {
		createUser("alice");
		createUser("bob");
		for (String text : List.of("hi", "how are you?", "fine")) {
			String from = text.equals("how are you?") ? "bob" : "alice";
			String to = from.equals("alice") ? "bob" : "alice";
			this.client.post()
				.uri("/messages")
				.bodyValue(Map.of("from", from, "to", to, "text", text))
				.exchange()
				.expectStatus()
				.isCreated()
				.expectBody()
				.jsonPath("$.messageKey")
				.isNotEmpty();
		}
		this.client.get()
			.uri("/users/alice/messages?peer=bob")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$[*].text")
			.isEqualTo(List.of("hi", "how are you?", "fine"))
			.jsonPath("$[1].from")
			.isEqualTo("bob");
	}

	@Test
	void shouldCreateGroupsAndListTheirMessages() {
		createUser("gina");
		createUser("hank");
		String groupId = this.client.post()
			.uri("/groups")
			.bodyValue(Map.of("name", "team", "owner", "gina", "members", List.of("hank")))
			.exchange()
			.expectStatus()
			.isCreated()
			.expectHeader()
			.value("Location", (location) -> assertThat(location).startsWith("/groups/%40TGS%23"))
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody()
			.get("groupId")
			.toString();
		for (int i = 1; i <= 25; i++) {
			this.client.post()
				.uri("/groups/{id}/messages", groupId)
				.bodyValue(Map.of("from", (i % 2 == 0) ? "gina" : "hank", "text", "m" + i))
				.exchange()
				.expectStatus()
				.isCreated()
				.expectBody()
				.jsonPath("$.seq")
				.isEqualTo(i);
		}
		this.client.get()
			.uri("/groups/{id}/messages", groupId)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.length()")
			.isEqualTo(25)
			.jsonPath("$[0].text")
			.isEqualTo("m1")
			.jsonPath("$[24].text")
			.isEqualTo("m25");
	}

	@Test
	void shouldPageThroughEveryMemberOfAGroup() {
		createUser("olga");
		createUser("pete");
		String groupId = this.client.post()
			.uri("/groups")
			.bodyValue(Map.of("name", "crowd", "owner", "olga", "members", List.of("pete")))
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody()
			.get("groupId")
			.toString();
		List<String> others = IntStream.range(0, 150).mapToObj((i) -> "crowd" + i).toList();
		this.chat.accounts().importAccounts(others).block();
		this.chat.groups().addMembers(groupId, others).block();
		this.client.get()
			.uri("/groups/{id}/members", groupId)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.length()")
			.isEqualTo(152)
			.jsonPath("$[0].userId")
			.isEqualTo("olga")
			.jsonPath("$[0].role")
			.isEqualTo("Owner")
			.jsonPath("$[151].userId")
			.isEqualTo("crowd149");
	}

	@Test
	void shouldShowAndUpdateProfiles() {
		createUser("kate");
		this.client.put()
			.uri("/users/kate")
			.bodyValue(Map.of("nick", "Kate", "avatar", "https://example.com/kate.png"))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.nick")
			.isEqualTo("Kate");
		this.client.put()
			.uri("/users/kate")
			.bodyValue(Map.of("nick", "Katie"))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.nick")
			.isEqualTo("Katie");
		this.client.get()
			.uri("/users/kate")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.userId")
			.isEqualTo("kate")
			.jsonPath("$.nick")
			.isEqualTo("Katie")
			.jsonPath("$.avatar")
			.isEqualTo("https://example.com/kate.png");
		this.client.get()
			.uri("/users/nobody")
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectBody()
			.jsonPath("$.errorCode")
			.isEqualTo(40003);
		this.client.put()
			.uri("/users/nobody")
			.bodyValue(Map.of("nick", "Nobody"))
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectBody()
			.jsonPath("$.errorCode")
			.isEqualTo(40003);
	}

	@Test
	void shouldAddFriendsBothWays() {
		createUser("liam");
		createUser("mia");
		this.client.post()
			.uri("/users/liam/friends")
			.bodyValue(Map.of("friendId", "mia", "remark", "neighbour"))
			.exchange()
			.expectStatus()
			.isCreated()
			.expectHeader()
			.valueEquals("Location", "/users/liam/friends/mia")
			.expectBody()
			.jsonPath("$.friendId")
			.isEqualTo("mia");
		assertThat(this.chat.relations().check("mia", List.of("liam"), CheckType.BOTH).block().results())
			.extracting(CheckFriendsResponse.Check::relationType)
			.containsExactly(FriendRelation.BOTH_WAY);
		this.client.post()
			.uri("/users/liam/friends")
			.bodyValue(Map.of("friendId", "mia"))
			.exchange()
			.expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.errorCode")
			.isEqualTo(30001);
		this.client.post()
			.uri("/users/liam/friends")
			.bodyValue(Map.of("friendId", "nobody"))
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectBody()
			.jsonPath("$.errorCode")
			.isEqualTo(30003);
	}

	@Test
	void shouldReportUnknownUsersWithTheVendorCode() {
		createUser("ivy");
		this.client.post()
			.uri("/messages")
			.bodyValue(Map.of("from", "ivy", "to", "nobody", "text", "hello?"))
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectBody()
			.jsonPath("$.errorCode")
			.isEqualTo(90003)
			.jsonPath("$.errorInfo")
			.isNotEmpty();
		this.client.post()
			.uri("/groups/{id}/messages", "@TGS#missing")
			.bodyValue(Map.of("from", "ivy", "text", "hello?"))
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectBody()
			.jsonPath("$.errorCode")
			.isEqualTo(10010);
	}

	@Test
	void shouldExposeMetricsAndHealth(CapturedOutput output) {
		createUser("jack");
		this.client.get()
			.uri("/actuator/metrics/tencent.chat.requests")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.name")
			.isEqualTo("tencent.chat.requests");
		this.client.get()
			.uri("/actuator/health")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("UP");
		assertThat(output).doesNotContain(this.emulator.getSecretKey());
	}

}
