package io.github.chatadmin.sample;

import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

import io.github.chatadmin.emulator.ChatAdminEmulator;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;

/**
 * Every bad input of every endpoint of the sample answers 400 with a problem detail that
 * names the offending field, and nothing reaches Tencent Chat.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "tencent.chat.sdk-app-id=", "tencent.chat.secret-key=", "spring.profiles.active=emulator" })
@AutoConfigureWebTestClient
class SampleBadInputTests {

	private static final List<String> COMMANDS = List.of("im_open_login_svc/account_import",
			"im_open_login_svc/account_check", "openim/query_online_status", "im_open_login_svc/account_delete",
			"openim/sendmsg", "openim/admin_getroammsg", "group_open_http_svc/create_group",
			"group_open_http_svc/send_group_msg", "group_open_http_svc/group_msg_get_simple", "profile/portrait_set",
			"profile/portrait_get", "sns/friend_add");

	private static final String ID_33_BYTES = "u".repeat(33);

	private static final String ID_40_BYTES = "u".repeat(40);

	private static final String ID_33_BYTES_IN_11_CHARS = "用".repeat(11);

	private static final String GROUP_ID_49_BYTES = "g".repeat(49);

	@Autowired
	private WebTestClient client;

	@Autowired
	private ChatAdminEmulator emulator;

	static Stream<BadInput> badInputs() {
		return Stream.of(
				// POST /users
				post("/users", "{}", "userId"), post("/users", "{\"userId\":\"\"}", "userId"),
				post("/users", "{\"userId\":\"   \"}", "userId"),
				post("/users", "{\"userId\":\"" + ID_33_BYTES + "\"}", "userId"),
				post("/users", "{\"userId\":\"" + ID_33_BYTES_IN_11_CHARS + "\"}", "userId"),
				post("/users", "{\"userId\":[\"alice\"]}", "userId"),
				post("/users", "{\"userId\":\"alice\",\"nick\":\"" + "n".repeat(501) + "\"}", "nick"),
				// GET, DELETE /users/{userId}, GET /users/{userId}/status
				get("/users/{id}", ID_33_BYTES, "userId"), get("/users/{id}", " ", "userId"),
				get("/users/{id}/status", ID_40_BYTES, "userId"), get("/users/{id}/status", " ", "userId"),
				new BadInput(HttpMethod.DELETE, "/users/{id}", ID_40_BYTES, null, "userId"),
				new BadInput(HttpMethod.DELETE, "/users/{id}", " ", null, "userId"),
				// PUT /users/{userId}, POST /users/{userId}/friends
				new BadInput(HttpMethod.PUT, "/users/{id}", "alice", "{}", "nickOrAvatar"),
				new BadInput(HttpMethod.PUT, "/users/{id}", "alice", "{\"nick\":\"" + "n".repeat(501) + "\"}", "nick"),
				new BadInput(HttpMethod.PUT, "/users/{id}", "alice", "{\"avatar\":\"" + "a".repeat(501) + "\"}",
						"avatar"),
				new BadInput(HttpMethod.PUT, "/users/{id}", ID_33_BYTES, "{\"nick\":\"n\"}", "userId"),
				new BadInput(HttpMethod.POST, "/users/{id}/friends", "alice", "{}", "friendId"),
				new BadInput(HttpMethod.POST, "/users/{id}/friends", "alice", "{\"friendId\":\"" + ID_33_BYTES + "\"}",
						"friendId"),
				new BadInput(HttpMethod.POST, "/users/{id}/friends", "alice",
						"{\"friendId\":\"bob\",\"remark\":\"" + "r".repeat(97) + "\"}", "remark"),
				new BadInput(HttpMethod.POST, "/users/{id}/friends", ID_40_BYTES, "{\"friendId\":\"bob\"}", "userId"),
				// POST /messages
				post("/messages", "{\"from\":\"alice\",\"text\":\"hi\"}", "to"),
				post("/messages", "{\"from\":\"alice\",\"to\":\"\",\"text\":\"hi\"}", "to"),
				post("/messages", "{\"from\":\"alice\",\"to\":\"" + ID_40_BYTES + "\",\"text\":\"hi\"}", "to"),
				post("/messages", "{\"to\":\"bob\",\"text\":\"hi\"}", "from"),
				post("/messages", "{\"from\":\" \",\"to\":\"bob\",\"text\":\"hi\"}", "from"),
				post("/messages", "{\"from\":\"alice\",\"to\":\"bob\"}", "text"),
				post("/messages", "{\"from\":\"alice\",\"to\":\"bob\",\"text\":\" \"}", "text"),
				post("/messages", "{\"from\":\"alice\",\"to\":\"bob\",\"text\":\"" + "t".repeat(10_001) + "\"}",
						"text"),
				// GET /users/{userId}/messages?peer=
				get("/users/{id}/messages", "alice", "peer"), get("/users/{id}/messages?peer=", "alice", "peer"),
				get("/users/{id}/messages?peer= ", "alice", "peer"),
				get("/users/{id}/messages?peer=" + ID_40_BYTES, "alice", "peer"),
				get("/users/{id}/messages?peer=bob", ID_40_BYTES, "userId"),
				// POST /groups
				post("/groups", "{\"name\":\"team\",\"owner\":\"gina\",\"members\":[null]}", "members[0]"),
				post("/groups", "{\"name\":\"team\",\"owner\":\"gina\",\"members\":[\"hank\",\"\"]}", "members[1]"),
				post("/groups", "{\"name\":\"team\",\"owner\":\"gina\",\"members\":[\"" + ID_40_BYTES + "\"]}",
						"members[0]"),
				post("/groups", "{\"name\":\"team\",\"owner\":\"gina\",\"members\":" + members(101) + "}", "members"),
				post("/groups", "{\"name\":\"team\",\"owner\":\"gina\",\"members\":\"hank\"}", "members"),
				post("/groups", "{\"owner\":\"gina\"}", "name"),
				post("/groups", "{\"name\":\"\",\"owner\":\"gina\"}", "name"),
				post("/groups", "{\"name\":\"" + "n".repeat(31) + "\",\"owner\":\"gina\"}", "name"),
				post("/groups", "{\"name\":\"team\"}", "owner"),
				post("/groups", "{\"name\":\"team\",\"owner\":\"" + ID_33_BYTES + "\"}", "owner"),
				// POST /groups/{groupId}/messages
				new BadInput(HttpMethod.POST, "/groups/{id}/messages", GROUP_ID_49_BYTES,
						"{\"from\":\"gina\",\"text\":\"hi\"}", "groupId"),
				new BadInput(HttpMethod.POST, "/groups/{id}/messages", " ", "{\"from\":\"gina\",\"text\":\"hi\"}",
						"groupId"),
				new BadInput(HttpMethod.POST, "/groups/{id}/messages", "@TGS#1EMU", "{\"text\":\"hi\"}", "from"),
				new BadInput(HttpMethod.POST, "/groups/{id}/messages", "@TGS#1EMU",
						"{\"from\":\"" + ID_40_BYTES + "\",\"text\":\"hi\"}", "from"),
				new BadInput(HttpMethod.POST, "/groups/{id}/messages", "@TGS#1EMU", "{\"from\":\"gina\",\"text\":\"\"}",
						"text"),
				// GET /groups/{groupId}/messages
				get("/groups/{id}/messages", GROUP_ID_49_BYTES, "groupId"),
				get("/groups/{id}/messages", " ", "groupId"));
	}

	private static BadInput post(String path, String body, String field) {
		return new BadInput(HttpMethod.POST, path, "", body, field);
	}

	private static BadInput get(String path, String id, String field) {
		return new BadInput(HttpMethod.GET, path, id, null, field);
	}

	private static String members(int count) {
		return "[" + String.join(",", Collections.nCopies(count, "\"hank\"")) + "]";
	}

	@ParameterizedTest
	@MethodSource("badInputs")
	void shouldAnswer400NamingTheFieldWithoutCallingTencent(BadInput input) {
		long calls = callsToTencent();
		WebTestClient.RequestBodySpec request = this.client.method(input.method()).uri(input.path(), input.id());
		WebTestClient.RequestHeadersSpec<?> exchange = (input.body() != null)
				? request.contentType(MediaType.APPLICATION_JSON).bodyValue(input.body()) : request;
		exchange.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo(400)
			.jsonPath("$.errors[*].field")
			.value(hasItem(input.field()))
			.jsonPath("$.detail")
			.value((String detail) -> assertThat(detail).contains(input.field()));
		assertThat(callsToTencent()).as("calls that reached Tencent Chat").isEqualTo(calls);
	}

	@Test
	void shouldAnswer400ToABodyThatIsNotJson() {
		this.client.post()
			.uri("/users")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"userId\":")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo(400);
	}

	@Test
	void shouldAnswer400ToAMissingBody() {
		this.client.post()
			.uri("/messages")
			.contentType(MediaType.APPLICATION_JSON)
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo(400);
	}

	@Test
	void shouldAcceptAUserIdOf32BytesInUtf8() {
		String userId = "用".repeat(10) + "u".repeat(2);
		this.client.post()
			.uri("/users")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"userId\":\"" + userId + "\"}")
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody()
			.jsonPath("$.userId")
			.isEqualTo(userId);
		assertThat(this.emulator.hasAccount(userId)).isTrue();
	}

	private long callsToTencent() {
		return COMMANDS.stream().mapToLong(this.emulator::callCount).sum();
	}

	/**
	 * One bad request.
	 *
	 * @param method the method
	 * @param path the path template, with at most one variable
	 * @param id the value of the path variable
	 * @param body the JSON body, if any
	 * @param field the field the answer must name
	 */
	record BadInput(HttpMethod method, String path, String id, @Nullable String body, String field) {

		@Override
		public String toString() {
			String shown = (this.body != null && this.body.length() > 80) ? this.body.substring(0, 80) + "..."
					: this.body;
			return this.method + " "
					+ this.path.replace("{id}",
							(this.id.length() > 20) ? this.id.length() + "-byte id" : "'" + this.id + "'")
					+ ((shown != null) ? " " + shown : "") + " -> " + this.field;
		}

	}

}
