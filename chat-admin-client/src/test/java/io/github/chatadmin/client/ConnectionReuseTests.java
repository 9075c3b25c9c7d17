package io.github.chatadmin.client;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.github.chatadmin.client.transport.HttpSettings;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests that the dedicated pool keeps connections alive.
 */
class ConnectionReuseTests {

	@Test
	void shouldCarryManySequentialCallsOnOneConnection() {
		HttpSettings defaults = HttpSettings.defaults();
		// One pooled connection: a call waits for the previous one to return its
		// connection, so without keep-alive every call would need a new one.
		HttpSettings oneConnection = new HttpSettings(defaults.connectTimeout(), defaults.responseTimeout(),
				defaults.callTimeout(), 1, defaults.pendingAcquireMaxCount(), Duration.ofSeconds(10),
				defaults.maxIdleTime(), defaults.maxLifeTime(), defaults.evictionInterval());
		try (EnvelopeServer server = new EnvelopeServer((command, body) -> EnvelopeServer.ok(""));
				ChatAdminTemplate template = TestTemplates.builder(server.baseUrl())
					.httpSettings(oneConnection)
					.build()) {
			for (int i = 0; i < 50; i++) {
				template.execute("openim", "query_online_status", Map.of("To_Account", List.of("a"))).block();
			}
			assertThat(server.requests()).hasSize(50);
			assertThat(server.connections()).isEqualTo(1);
		}
	}

}
