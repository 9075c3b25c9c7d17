package io.github.chatadmin.client;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import io.github.chatadmin.client.auth.UserSigProvider;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * Decides whether and when a failed attempt is sent again, from the kind of failure:
 * not-sent failures for every command, throttled ones after a longer backoff,
 * outcome-unknown ones only for idempotent commands, permanent ones never, except one
 * re-signed retry after 70001 (UserSig expired). Attempts include the first one. A
 * throttled answer that names a {@code Retry-After} is sent again no sooner than that,
 * and not at all when it asks for longer than the largest throttling backoff.
 * <p>
 * A retry budget shared by all calls stops retry storms while the service is unhealthy,
 * as the AWS SDK's retry quota does: a retry costs {@value #RETRY_COST} tokens
 * ({@value #UNKNOWN_OUTCOME_RETRY_COST} after an unknown outcome), each successful call
 * returns one, and when the budget is empty failures surface at once.
 *
 * @author chat-admin
 */
final class RetryPolicy {

	static final int DEFAULT_BUDGET = 500;

	static final int RETRY_COST = 5;

	static final int UNKNOWN_OUTCOME_RETRY_COST = 10;

	private final int budgetCapacity;

	private final AtomicInteger budget;

	private final int maxAttempts;

	private final Duration minBackoff;

	private final Duration maxBackoff;

	private final Duration minThrottlingBackoff;

	private final Duration maxThrottlingBackoff;

	private final UserSigProvider userSigProvider;

	RetryPolicy(int maxAttempts, Duration minBackoff, Duration maxBackoff, Duration minThrottlingBackoff,
			Duration maxThrottlingBackoff, UserSigProvider userSigProvider) {
		this(maxAttempts, minBackoff, maxBackoff, minThrottlingBackoff, maxThrottlingBackoff, userSigProvider,
				DEFAULT_BUDGET);
	}

	RetryPolicy(int maxAttempts, Duration minBackoff, Duration maxBackoff, Duration minThrottlingBackoff,
			Duration maxThrottlingBackoff, UserSigProvider userSigProvider, int budgetCapacity) {
		this.budgetCapacity = budgetCapacity;
		this.budget = new AtomicInteger(budgetCapacity);
		this.maxAttempts = maxAttempts;
		this.minBackoff = minBackoff;
		this.maxBackoff = maxBackoff;
		this.minThrottlingBackoff = minThrottlingBackoff;
		this.maxThrottlingBackoff = maxThrottlingBackoff;
		this.userSigProvider = userSigProvider;
	}

	/**
	 * Return the retry of one logical call.
	 * @param idempotent whether the command may be carried out twice
	 * @param failedOver tells, once, whether the failed attempt moved traffic to the
	 * backup domain, so that the next attempt goes there at once
	 * @param beforeRetry called before each retry is scheduled
	 * @return the retry, which surfaces the last real failure when it gives up
	 */
	Retry forCall(boolean idempotent, BooleanSupplier failedOver, Runnable beforeRetry) {
		return forCall(idempotent, () -> false, failedOver, beforeRetry);
	}

	/**
	 * Return the retry of one logical call, which stops at once when the client is
	 * closed.
	 * @param idempotent whether the command may be carried out twice
	 * @param closed tells whether the client is closed
	 * @param failedOver tells, once, whether the failed attempt moved traffic to the
	 * backup domain, so that the next attempt goes there at once
	 * @param beforeRetry called before each retry is scheduled
	 * @return the retry, which surfaces the last real failure when it gives up
	 */
	Retry forCall(boolean idempotent, BooleanSupplier closed, BooleanSupplier failedOver, Runnable beforeRetry) {
		AtomicBoolean resigned = new AtomicBoolean();
		return Retry.from((signals) -> signals.concatMap((signal) -> {
			Throwable failure = signal.failure();
			Duration delay = retryDelay(failure, signal.totalRetries(), idempotent, resigned, closed, failedOver);
			if (delay == null) {
				return Mono.error(failure);
			}
			beforeRetry.run();
			return Mono.delay(delay);
		}));
	}

	/**
	 * Decide about one failed attempt of a call.
	 * @param failure the attempt's failure
	 * @param retries the retries made so far
	 * @param idempotent whether the command may be carried out twice
	 * @param resigned the call's flag of whether it was re-signed already
	 * @param closed tells whether the client is closed
	 * @param failedOver tells, once, whether the failed attempt moved traffic to the
	 * backup domain
	 * @return the delay before the next attempt, or {@code null} to give up
	 */
	@Nullable Duration retryDelay(Throwable failure, long retries, boolean idempotent, AtomicBoolean resigned,
			BooleanSupplier closed, BooleanSupplier failedOver) {
		return (failure instanceof ChatAdminException ex && !closed.getAsBoolean())
				? delay(ex, retries, idempotent, resigned, failedOver) : null;
	}

	private @Nullable Duration delay(ChatAdminException ex, long retries, boolean idempotent, AtomicBoolean resigned,
			BooleanSupplier failedOver) {
		if (ex.getAttempts() >= this.maxAttempts) {
			return null;
		}
		if (ex instanceof ChatAdminResponseException response && response.getErrorCode() == 70001) {
			if (!resigned.compareAndSet(false, true)) {
				return null;
			}
			this.userSigProvider.invalidate();
			return Duration.ZERO;
		}
		Duration delay = switch (ex.getFailureKind()) {
			case THROTTLED -> throttlingDelay(ex, retries);
			case NOT_SENT ->
				failedOver.getAsBoolean() ? Duration.ZERO : backoff(this.minBackoff, this.maxBackoff, retries);
			case OUTCOME_UNKNOWN -> idempotent ? backoff(this.minBackoff, this.maxBackoff, retries) : null;
			case SATURATED, APPLIED_UNREADABLE, RESPONSE_TOO_LARGE, PERMANENT -> null;
		};
		int cost = (ex.getFailureKind() == ChatAdminFailureKind.OUTCOME_UNKNOWN) ? UNKNOWN_OUTCOME_RETRY_COST
				: RETRY_COST;
		return (delay != null && take(cost)) ? delay : null;
	}

	private @Nullable Duration throttlingDelay(ChatAdminException ex, long retries) {
		Duration backoff = backoff(this.minThrottlingBackoff, this.maxThrottlingBackoff, retries);
		Duration retryAfter = (ex instanceof ChatAdminRequestException request) ? request.getRetryAfter() : null;
		if (retryAfter == null || retryAfter.compareTo(backoff) <= 0) {
			return backoff;
		}
		return (retryAfter.compareTo(this.maxThrottlingBackoff) <= 0) ? retryAfter : null;
	}

	private boolean take(int cost) {
		int available;
		do {
			available = this.budget.get();
			if (available < cost) {
				return false;
			}
		}
		while (!this.budget.compareAndSet(available, available - cost));
		return true;
	}

	/**
	 * Return one token to the retry budget after a successful call.
	 */
	void onSuccess() {
		this.budget.getAndUpdate((available) -> Math.min(this.budgetCapacity, available + 1));
	}

	int remainingBudget() {
		return this.budget.get();
	}

	/**
	 * Exponential backoff with jitter: {@code min * 2^retries}, capped at {@code max},
	 * then scaled by a random factor between 0.5 and 1.5, and kept within
	 * {@code [min, max]}.
	 * @param min the first backoff
	 * @param max the largest backoff
	 * @param retries the retries made so far
	 * @return the backoff
	 */
	static Duration backoff(Duration min, Duration max, long retries) {
		double exponential = Math.min(max.toNanos(), min.toNanos() * Math.pow(2, Math.min(retries, 40)));
		double jittered = exponential * (0.5 + ThreadLocalRandom.current().nextDouble());
		return Duration.ofNanos((long) Math.max(min.toNanos(), Math.min(max.toNanos(), jittered)));
	}

}
