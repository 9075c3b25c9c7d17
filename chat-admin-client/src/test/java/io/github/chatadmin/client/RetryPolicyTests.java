package io.github.chatadmin.client;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link RetryPolicy}: which failures are sent again and on what schedule, in
 * virtual time.
 */
class RetryPolicyTests {

	private final AtomicInteger invalidations = new AtomicInteger();

	private final RetryPolicy policy = new RetryPolicy(4, Duration.ofMillis(200), Duration.ofSeconds(5),
			Duration.ofSeconds(1), Duration.ofSeconds(10), new io.github.chatadmin.client.auth.UserSigProvider() {

				@Override
				public String getUserSig() {
					return "sig";
				}

				@Override
				public void invalidate() {
					RetryPolicyTests.this.invalidations.incrementAndGet();
				}

			});

	private static ChatAdminResponseException code(int attempt, int errorCode) {
		return ChatAdminResponseException.create("openim", "sendmsg", attempt, errorCode, "info");
	}

	private static ChatAdminRequestException transport(int attempt, ChatAdminFailureKind kind) {
		return new ChatAdminRequestException("failed", "openim", "sendmsg", attempt, 0, kind, null);
	}

	private int attemptsUntilGivingUp(boolean idempotent, IntFunction<ChatAdminException> failure) {
		AtomicInteger attempts = new AtomicInteger();
		StepVerifier.withVirtualTime(() -> Mono.defer(() -> Mono.error(failure.apply(attempts.incrementAndGet())))
			.retryWhen(this.policy.forCall(idempotent, () -> false, () -> {
			})))
			.expectSubscription()
			.thenAwait(Duration.ofMinutes(5))
			.expectError(ChatAdminException.class)
			.verify(Duration.ofSeconds(10));
		return attempts.get();
	}

	@Test
	void shouldRetryThrottledAndNotSentFailuresForEveryCommand() {
		assertThat(attemptsUntilGivingUp(false, (attempt) -> code(attempt, 60007))).isEqualTo(4);
		assertThat(attemptsUntilGivingUp(false, (attempt) -> transport(attempt, ChatAdminFailureKind.NOT_SENT)))
			.isEqualTo(4);
	}

	@Test
	void shouldRetryOutcomeUnknownOnlyForIdempotentCommands() {
		assertThat(attemptsUntilGivingUp(false, (attempt) -> transport(attempt, ChatAdminFailureKind.OUTCOME_UNKNOWN)))
			.isEqualTo(1);
		assertThat(attemptsUntilGivingUp(true, (attempt) -> transport(attempt, ChatAdminFailureKind.OUTCOME_UNKNOWN)))
			.isEqualTo(4);
		assertThat(attemptsUntilGivingUp(false, (attempt) -> code(attempt, 60008))).isEqualTo(1);
		assertThat(attemptsUntilGivingUp(true, (attempt) -> code(attempt, 60008))).isEqualTo(4);
	}

	@Test
	void shouldNeverRetryPermanentFailures() {
		assertThat(attemptsUntilGivingUp(true, (attempt) -> code(attempt, 70009))).isEqualTo(1);
		assertThat(attemptsUntilGivingUp(true, (attempt) -> transport(attempt, ChatAdminFailureKind.PERMANENT)))
			.isEqualTo(1);
	}

	@Test
	void shouldResignOnceAfterAnExpiredUserSig() {
		assertThat(attemptsUntilGivingUp(false, (attempt) -> code(attempt, 70001))).isEqualTo(2);
		assertThat(this.invalidations).hasValue(1);
	}

	@Test
	void shouldWaitLongerAfterThrottlingThanAfterTransientFailures() {
		AtomicInteger attempts = new AtomicInteger();
		StepVerifier.withVirtualTime(() -> Mono.defer(() -> Mono.error(code(attempts.incrementAndGet(), 60011)))
			.retryWhen(this.policy.forCall(false, () -> false, () -> {
			})))
			.expectSubscription()
			.thenAwait(Duration.ofMillis(999))
			.then(() -> assertThat(attempts).hasValue(1))
			.thenAwait(Duration.ofMillis(502))
			.then(() -> assertThat(attempts).hasValue(2))
			.thenCancel()
			.verify(Duration.ofSeconds(10));
		AtomicInteger transientAttempts = new AtomicInteger();
		StepVerifier.withVirtualTime(() -> Mono
			.defer(() -> Mono.error(transport(transientAttempts.incrementAndGet(), ChatAdminFailureKind.NOT_SENT)))
			.retryWhen(this.policy.forCall(false, () -> false, () -> {
			})))
			.expectSubscription()
			.thenAwait(Duration.ofMillis(199))
			.then(() -> assertThat(transientAttempts).hasValue(1))
			.thenAwait(Duration.ofMillis(101))
			.then(() -> assertThat(transientAttempts).hasValue(2))
			.thenCancel()
			.verify(Duration.ofSeconds(10));
	}

	@Test
	void anEmptyRetryBudgetShouldStopRetries() {
		RetryPolicy small = new RetryPolicy(10, Duration.ofMillis(1), Duration.ofMillis(1), Duration.ofMillis(1),
				Duration.ofMillis(1), () -> "sig", 12);
		AtomicInteger attempts = new AtomicInteger();
		StepVerifier.withVirtualTime(() -> Mono.defer(() -> Mono.error(code(attempts.incrementAndGet(), 60007)))
			.retryWhen(small.forCall(false, () -> false, () -> {
			})))
			.expectSubscription()
			.thenAwait(Duration.ofSeconds(1))
			.expectError(ChatAdminRateLimitException.class)
			.verify(Duration.ofSeconds(10));
		assertThat(attempts).hasValue(3);
		assertThat(small.remainingBudget()).isEqualTo(2);
		for (int i = 0; i < 20; i++) {
			small.onSuccess();
		}
		assertThat(small.remainingBudget()).isEqualTo(12);
	}

	@Test
	void backoffShouldStayWithinItsBounds() {
		for (int retries = 0; retries < 50; retries++) {
			Duration backoff = RetryPolicy.backoff(Duration.ofMillis(200), Duration.ofSeconds(5), retries);
			assertThat(backoff).isBetween(Duration.ofMillis(200), Duration.ofSeconds(5));
		}
		assertThat(RetryPolicy.backoff(Duration.ofMillis(200), Duration.ofSeconds(5), 0))
			.isLessThanOrEqualTo(Duration.ofMillis(300));
	}

}
