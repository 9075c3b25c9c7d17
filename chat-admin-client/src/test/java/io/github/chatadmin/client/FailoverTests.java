package io.github.chatadmin.client;

import java.net.URI;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests that calls move to the backup domain when the primary refuses connections.
 */
class FailoverTests {

	@Test
	void shouldFailOverAtOnceWithoutDuplicatingAWrite() {
		MeterRegistry meters = new SimpleMeterRegistry();
		ObservationRegistry observations = ObservationRegistry.create();
		observations.observationConfig().observationHandler(new DefaultMeterObservationHandler(meters));
		try (EnvelopeServer backup = new EnvelopeServer((command, body) -> EnvelopeServer.ok(""));
				ChatAdminTemplate template = TestTemplates.builder("http://127.0.0.1:1")
					.backupEndpoint(URI.create(backup.baseUrl()))
					.observationRegistry(observations)
					.build()) {
			template.execute("openim", "sendmsg", Map.of("To_Account", "bob", "MsgRandom", 1)).block();
			assertThat(backup.requests()).hasSize(1);
			template.execute("openim", "sendmsg", Map.of("To_Account", "bob", "MsgRandom", 2)).block();
			assertThat(backup.requests()).hasSize(2);
			assertThat(meters.find("tencent.chat.requests.failover").counter().count()).isEqualTo(1);
			assertThat(meters.find("tencent.chat.requests").tag("outcome", "SUCCESS").timer().count()).isEqualTo(2);
		}
	}

}
