package io.github.chatadmin.client;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for the backoff schedule of rate-limited attempts, in virtual time.
 */
class RateLimitBackoffTests {

	private static ChatAdminResponseException throttled(int attempt) {
		return ChatAdminResponseException.create("openim", "sendmsg", attempt, 60007, "limit");
	}

	@Test
	void shouldWaitAtLeastHalfTheMinimumBackoffBeforeRetrying() {
		AtomicInteger attempts = new AtomicInteger();
		StepVerifier
			.withVirtualTime(() -> Mono.defer(() -> Mono.error(throttled(attempts.incrementAndGet())))
				.retryWhen(ChatAdminTemplate.rateLimitRetry(4, Duration.ofMillis(200), Duration.ofSeconds(5))))
			.expectSubscription()
			.then(() -> assertThat(attempts).hasValue(1))
			.thenAwait(Duration.ofMillis(99))
			.then(() -> assertThat(attempts).hasValue(1))
			.thenAwait(Duration.ofMillis(201))
			.then(() -> assertThat(attempts).hasValue(2))
			.thenAwait(Duration.ofSeconds(15))
			.expectErrorSatisfies((ex) -> {
				assertThat(ex).isInstanceOf(ChatAdminRateLimitException.class);
				assertThat(((ChatAdminException) ex).getAttempts()).isEqualTo(4);
			})
			.verify(Duration.ofSeconds(10));
		assertThat(attempts).hasValue(4);
	}

	@Test
	void shouldNeverWaitLongerThanTheMaximumBackoff() {
		AtomicInteger attempts = new AtomicInteger();
		StepVerifier
			.withVirtualTime(() -> Mono.defer(() -> Mono.error(throttled(attempts.incrementAndGet())))
				.retryWhen(ChatAdminTemplate.rateLimitRetry(10, Duration.ofMillis(200), Duration.ofSeconds(1))))
			.expectSubscription()
			.thenAwait(Duration.ofSeconds(9))
			.expectError(ChatAdminRateLimitException.class)
			.verify(Duration.ofSeconds(10));
		assertThat(attempts).hasValue(10);
	}

	@Test
	void shouldNotRetryOtherFailures() {
		AtomicInteger attempts = new AtomicInteger();
		StepVerifier.withVirtualTime(() -> Mono.defer(() -> {
			attempts.incrementAndGet();
			return Mono.error(ChatAdminResponseException.create("openim", "sendmsg", 1, 90001, "bad json"));
		}).retryWhen(ChatAdminTemplate.rateLimitRetry(4, Duration.ofMillis(200), Duration.ofSeconds(5))))
			.expectError(ChatAdminResponseException.class)
			.verify(Duration.ofSeconds(10));
		assertThat(attempts).hasValue(1);
	}

}
