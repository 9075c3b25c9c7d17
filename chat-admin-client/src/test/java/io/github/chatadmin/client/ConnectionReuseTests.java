package io.github.chatadmin.client;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests that the dedicated pool keeps connections alive.
 */
class ConnectionReuseTests {

	@Test
	void shouldCarryManySequentialCallsOnOneConnection() {
		try (EnvelopeServer server = new EnvelopeServer((command, body) -> EnvelopeServer.ok(""));
				ChatAdminTemplate template = TestTemplates.builder(server.baseUrl()).build()) {
			for (int i = 0; i < 50; i++) {
				template.execute("openim", "query_online_status", java.util.Map.of("To_Account", List.of("a"))).block();
			}
			assertThat(server.requests()).hasSize(50);
			// A connection returns to the pool just after its response completes, so the
			// next call may briefly find it busy and open a second one; never more.
			assertThat(server.connections()).isBetween(1, 2);
		}
	}

}
