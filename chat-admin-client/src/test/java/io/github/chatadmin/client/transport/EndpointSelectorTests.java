package io.github.chatadmin.client.transport;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link EndpointSelector}: failover, cool-down and return to the primary.
 */
class EndpointSelectorTests {

	private final AtomicLong now = new AtomicLong(1_000);

	private final EndpointSelector selector = new EndpointSelector("https://primary", "https://backup",
			Duration.ofSeconds(30), this.now::get);

	@Test
	void shouldUseThePrimaryUntilItIsUnreachable() {
		assertThat(this.selector.current()).isEqualTo("https://primary");
		assertThat(this.selector.unreachable("https://primary")).isTrue();
		assertThat(this.selector.current()).isEqualTo("https://backup");
	}

	@Test
	void shouldStayOnTheBackupForTheCoolDownThenProbeThePrimary() {
		this.selector.unreachable("https://primary");
		this.now.addAndGet(Duration.ofSeconds(29).toNanos());
		assertThat(this.selector.current()).isEqualTo("https://backup");
		this.now.addAndGet(Duration.ofSeconds(1).toNanos());
		assertThat(this.selector.current()).isEqualTo("https://primary");
		assertThat(this.selector.unreachable("https://primary")).isTrue();
		assertThat(this.selector.current()).isEqualTo("https://backup");
		this.now.addAndGet(Duration.ofSeconds(29).toNanos());
		assertThat(this.selector.current()).isEqualTo("https://backup");
	}

	@Test
	void shouldNotMoveWhenTheBackupFails() {
		this.selector.unreachable("https://primary");
		assertThat(this.selector.unreachable("https://backup")).isFalse();
		assertThat(this.selector.current()).isEqualTo("https://backup");
	}

	@Test
	void shouldStayOnThePrimaryWithoutABackup() {
		EndpointSelector single = new EndpointSelector("https://primary", null, Duration.ofSeconds(30), this.now::get);
		assertThat(single.unreachable("https://primary")).isFalse();
		assertThat(single.current()).isEqualTo("https://primary");
	}

}
