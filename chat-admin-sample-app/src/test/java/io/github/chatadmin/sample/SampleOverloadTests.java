package io.github.chatadmin.sample;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.github.chatadmin.emulator.ChatAdminEmulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.client.WebClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * When nothing was done and a later call may succeed, the sample answers 429 (Tencent
 * Chat throttles, or the client's limiter holds the call back) or 503 (no pooled
 * connection), with {@code Retry-After} and the real reason, on the embedded emulator.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "tencent.chat.sdk-app-id=", "tencent.chat.secret-key=", "spring.profiles.active=emulator",
				"tencent.chat.retry.max-attempts=1",
				"tencent.chat.limiter.quotas[group_open_http_svc/create_group]=0.01",
				"tencent.chat.http.pool.max-connections=1", "tencent.chat.http.pool.pending-acquire-timeout=100ms" })
@AutoConfigureWebTestClient
class SampleOverloadTests {

	@Autowired
	private WebTestClient client;

	@Autowired
	private ChatAdminEmulator emulator;

	@LocalServerPort
	private int port;

	@AfterEach
	void clearFaults() {
		this.emulator.faults().clear();
	}

	@Test
	void shouldAnswer429WhenTencentThrottles() {
		this.emulator.faults().failNext("openim/sendmsg", 1, 60007);
		this.client.post()
			.uri("/messages")
			.bodyValue(Map.of("from", "alice", "to", "bob", "text", "hi"))
			.exchange()
			.expectStatus()
			.isEqualTo(429)
			.expectHeader()
			.valueEquals(HttpHeaders.RETRY_AFTER, "1")
			.expectBody()
			.jsonPath("$.detail")
			.isEqualTo("Tencent Chat is throttling openim/sendmsg: nothing was done, retry later")
			.jsonPath("$.errorCode")
			.isEqualTo(60007)
			.jsonPath("$.failureKind")
			.isEqualTo("THROTTLED");
	}

	@Test
	void shouldAnswer429WhenTheClientLimiterHoldsTheCallBack() {
		Map<String, String> group = Map.of("name", "team", "owner", "gina");
		this.client.post().uri("/groups").bodyValue(group).exchange().expectBody().returnResult();
		this.client.post()
			.uri("/groups")
			.bodyValue(group)
			.exchange()
			.expectStatus()
			.isEqualTo(429)
			.expectHeader()
			.valueEquals(HttpHeaders.RETRY_AFTER, "1")
			.expectBody()
			.jsonPath("$.detail")
			.isEqualTo("This service holds back group_open_http_svc/create_group to stay within its Tencent Chat "
					+ "quota: nothing was sent, retry later")
			.jsonPath("$.failureKind")
			.isEqualTo("SATURATED");
	}

	@Test
	void shouldAnswer503WhenNoPooledConnectionIsFree() throws Exception {
		for (String userId : new String[] { "alice", "bob" }) {
			this.client.post()
				.uri("/users")
				.bodyValue(Map.of("userId", userId))
				.exchange()
				.expectStatus()
				.isCreated()
				.expectBody()
				.returnResult();
		}
		this.emulator.faults().delay("openim/admin_getroammsg", Duration.ofSeconds(2));
		CompletableFuture<ResponseEntity<String>> holder = WebClient.create("http://127.0.0.1:" + this.port)
			.get()
			.uri("/users/alice/messages?peer=bob")
			.exchangeToMono((response) -> response.toEntity(String.class))
			.toFuture();
		await().until(() -> this.emulator.callCount("openim/admin_getroammsg") == 1);
		this.client.post()
			.uri("/messages")
			.bodyValue(Map.of("from", "alice", "to", "bob", "text", "hi"))
			.exchange()
			.expectStatus()
			.isEqualTo(503)
			.expectHeader()
			.valueEquals(HttpHeaders.RETRY_AFTER, "1")
			.expectBody()
			.jsonPath("$.detail")
			.isEqualTo("No connection to Tencent Chat became free in time for openim/sendmsg: nothing was sent, "
					+ "retry later")
			.jsonPath("$.failureKind")
			.isEqualTo("SATURATED");
		ResponseEntity<String> held = holder.get(10, TimeUnit.SECONDS);
		assertThat(held.getStatusCode().value()).isEqualTo(200);
		assertThat(held.getBody()).isEqualTo("[]");
	}

}
