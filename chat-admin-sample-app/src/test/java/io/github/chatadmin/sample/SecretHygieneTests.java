package io.github.chatadmin.sample;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import io.micrometer.common.KeyValue;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.reactive.server.WebTestClient;

import io.github.chatadmin.client.auth.UserSigProvider;
import io.github.chatadmin.emulator.ChatAdminEmulator;
import io.github.chatadmin.emulator.EmulatorFaults;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The secret key and the UserSig appear nowhere: not in TRACE logs of the client, Reactor
 * Netty and WebFlux, not in any key value of any observation (ours and WebClient's
 * {@code http.client.requests}), not in {@code /actuator/configprops},
 * {@code /actuator/env}, {@code /actuator/health} or {@code /actuator/metrics}, even with
 * their values shown.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "tencent.chat.sdk-app-id=", "tencent.chat.secret-key=", "spring.profiles.active=emulator",
				"tencent.chat.health.enabled=true", "management.endpoints.web.exposure.include=*",
				"management.endpoint.configprops.show-values=always", "management.endpoint.env.show-values=always",
				"management.endpoint.health.show-details=always", "logging.level.io.github.chatadmin=TRACE",
				"logging.level.reactor.netty=TRACE", "logging.level.org.springframework.web.reactive=TRACE" })
@AutoConfigureWebTestClient
@ExtendWith(OutputCaptureExtension.class)
@Import(SecretHygieneTests.RecordingHandlerConfiguration.class)
class SecretHygieneTests {

	@Autowired
	private WebTestClient client;

	@Autowired
	private ChatAdminEmulator emulator;

	@Autowired
	private UserSigProvider userSigProvider;

	@Autowired
	private List<String> keyValues;

	@Test
	void shouldNotShowTheSecretKeyOrTheUserSigAnywhere(CapturedOutput output) {
		String secretKey = this.emulator.getSecretKey();
		String userSig = this.userSigProvider.resolveUserSig().block();
		assertThat(secretKey).isNotBlank();
		assertThat(userSig).isNotBlank();
		post("/users", Map.of("userId", "alice"));
		post("/users", Map.of("userId", "bob"));
		post("/messages", Map.of("from", "alice", "to", "bob", "text", "hi"));
		post("/messages", Map.of("from", "alice", "to", "zed", "text", "hi"));
		this.emulator.faults().closeNext(EmulatorFaults.ALL_COMMANDS, 1);
		post("/messages", Map.of("from", "alice", "to", "bob", "text", "lost?"));
		this.emulator.faults().badGatewayNext(EmulatorFaults.ALL_COMMANDS, 1);
		post("/messages", Map.of("from", "alice", "to", "bob", "text", "bad gateway"));
		// a re-signed call (70001, then a second attempt), which is observed attempt by
		// attempt
		this.emulator.faults().failNext(EmulatorFaults.ALL_COMMANDS, 1, 70001);
		post("/users", Map.of("userId", "carol"));
		StringBuilder shown = new StringBuilder();
		for (String path : List.of("/actuator/configprops", "/actuator/env", "/actuator/health",
				"/actuator/metrics/tencent.chat.requests", "/actuator/metrics/tencent.chat.requests.attempts",
				"/actuator/beans")) {
			shown.append(get(path));
		}
		assertThat(shown).as("the actuator endpoints were read")
			.contains("tencent.chat", "sdkAppId", "******", "\"status\":\"UP\"");
		assertThat(this.keyValues).as("observations were recorded, WebClient's included")
			.anyMatch((value) -> value.startsWith("http.url=http://127.0.0.1") && value.contains("/v4/"))
			.anyMatch((value) -> value.startsWith("tencent.chat.random="));
		assertThat(output).as("TRACE logging ran").contains("usersig=masked");
		for (String secret : List.of(secretKey, userSig)) {
			assertThat(output.getAll()).doesNotContain(secret);
			assertThat(shown).doesNotContain(secret);
			assertThat(this.keyValues).noneMatch((value) -> value.contains(secret));
		}
	}

	private void post(String path, Map<String, String> body) {
		this.client.post().uri(path).bodyValue(body).exchange().expectBody().returnResult();
	}

	private String get(String path) {
		return this.client.get()
			.uri(path)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class RecordingHandlerConfiguration {

		@Bean
		List<String> keyValues() {
			return new CopyOnWriteArrayList<>();
		}

		@Bean
		ObservationHandler<Observation.Context> recordingHandler(List<String> keyValues) {
			return new ObservationHandler<>() {

				@Override
				public void onStop(Observation.Context context) {
					for (KeyValue keyValue : context.getAllKeyValues()) {
						keyValues.add(keyValue.getKey() + "=" + keyValue.getValue());
					}
					keyValues.add("contextual-name=" + context.getContextualName());
					if (context.getError() != null) {
						keyValues.add("error=" + context.getError());
					}
				}

				@Override
				public boolean supportsContext(Observation.Context context) {
					return true;
				}

			};
		}

	}

}
