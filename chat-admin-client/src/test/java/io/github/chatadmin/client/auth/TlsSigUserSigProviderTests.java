package io.github.chatadmin.client.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.chatadmin.client.UserSigDecoder;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link TlsSigUserSigProvider}.
 */
class TlsSigUserSigProviderTests {

	private static final String SECRET = "0123456789abcdef0123456789abcdef";

	private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));

	private final AtomicInteger signed = new AtomicInteger();

	private final TlsSigUserSigProvider provider = new TlsSigUserSigProvider(1400000001L, "administrator",
			Duration.ofHours(4),
			(identifier, seconds) -> identifier + ":" + seconds + ":" + this.signed.incrementAndGet(), this.clock);

	@Test
	void shouldSignARealUserSigThatVerifies() {
		TlsSigUserSigProvider real = new TlsSigUserSigProvider(1400000001L, "admin", SECRET, Duration.ofHours(2));
		JsonNode doc = UserSigDecoder.decode(real.getUserSig());
		assertThat(doc.get("TLS.identifier").asString()).isEqualTo("admin");
		assertThat(doc.get("TLS.sdkappid").asLong()).isEqualTo(1400000001L);
		assertThat(doc.get("TLS.expire").asLong()).isEqualTo(7200);
		assertThat(doc.get("TLS.sig").asString()).isEqualTo(UserSigDecoder.expectedSignature(doc, SECRET));
	}

	@Test
	void shouldReuseTheSignatureUntilThreeQuartersOfItsValidity() {
		String first = this.provider.getUserSig();
		this.clock.advance(Duration.ofHours(2).plusMinutes(59));
		assertThat(this.provider.getUserSig()).isEqualTo(first);
		assertThat(this.signed).hasValue(1);
	}

	@Test
	void shouldRenewBeforeExpiry() {
		String first = this.provider.getUserSig();
		this.clock.advance(Duration.ofHours(3).plusSeconds(1));
		String second = this.provider.getUserSig();
		assertThat(second).isNotEqualTo(first).endsWith(":2");
		assertThat(this.provider.getUserSig()).isEqualTo(second);
		assertThat(this.signed).hasValue(2);
	}

	@Test
	void shouldRenewAfterExpiry() {
		this.provider.getUserSig();
		this.clock.advance(Duration.ofHours(5));
		assertThat(this.provider.getUserSig()).endsWith(":2");
		assertThat(this.signed).hasValue(2);
	}

	@Test
	void shouldSignAnewAfterInvalidate() {
		this.provider.getUserSig();
		this.provider.invalidate();
		assertThat(this.provider.getUserSig()).endsWith(":2");
	}

	@Test
	void shouldSignOnceWhenManyThreadsAskAtOnce() throws Exception {
		CountDownLatch slowSign = new CountDownLatch(1);
		AtomicInteger count = new AtomicInteger();
		TlsSigUserSigProvider slow = new TlsSigUserSigProvider(1L, "admin", Duration.ofHours(1), (id, seconds) -> {
			count.incrementAndGet();
			try {
				slowSign.await(5, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			return "sig";
		}, this.clock);
		ExecutorService executor = Executors.newFixedThreadPool(8);
		try {
			List<Future<String>> results = new ArrayList<>();
			for (int i = 0; i < 8; i++) {
				results.add(executor.submit(slow::getUserSig));
			}
			slowSign.countDown();
			for (Future<String> result : results) {
				assertThat(result.get(10, TimeUnit.SECONDS)).isEqualTo("sig");
			}
		}
		finally {
			executor.shutdownNow();
		}
		assertThat(count).hasValue(1);
	}

	@Test
	void toStringShouldMaskTheSecret() {
		TlsSigUserSigProvider real = new TlsSigUserSigProvider(1400000001L, "admin", SECRET, Duration.ofHours(2));
		String userSig = real.getUserSig();
		assertThat(real.toString()).doesNotContain(SECRET).doesNotContain(userSig).contains("******");
	}

	@Test
	void shouldRefuseAnEmptySecret() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new TlsSigUserSigProvider(1L, "admin", "", Duration.ofHours(1)))
			.withMessageContaining("secretKey")
			.withMessageNotContaining(SECRET);
	}

	static final class MutableClock extends Clock {

		private volatile Instant now;

		MutableClock(Instant now) {
			this.now = now;
		}

		void advance(Duration duration) {
			this.now = this.now.plus(duration);
		}

		@Override
		public ZoneOffset getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}
