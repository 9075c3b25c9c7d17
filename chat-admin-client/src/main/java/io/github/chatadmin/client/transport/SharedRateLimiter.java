package io.github.chatadmin.client.transport;

import java.time.Duration;

import reactor.core.publisher.Mono;

/**
 * A rate limiter whose buckets are shared by every instance of an app, such as a fleet of
 * replicas that together must respect the vendor's per-SDKAppID quotas. A
 * {@link CommandRateLimiter} given one through
 * {@link CommandRateLimiter#share(SharedRateLimiter)} asks it first for every call and
 * falls back to its own local pacing while the shared limiter answers
 * {@link Decision#UNAVAILABLE}.
 *
 * @author chat-admin
 * @since 0.1.0
 */
public interface SharedRateLimiter {

	/**
	 * Wait for a slot to send one call of a command in the command's shared bucket and in
	 * the app's shared bucket. Implementations never fail the returned {@code Mono} and
	 * never let it wait on an unreachable store for longer than a short timeout.
	 * @param command {@code service/command}, as the local limiter names its bucket
	 * @param quota calls per second of the command
	 * @param appQuota calls per second of the whole app, or
	 * {@link Double#POSITIVE_INFINITY} for no app-wide bucket
	 * @param maxWait the longest the call may wait for its slot
	 * @param onWait called when the call has to wait for its slot
	 * @return the decision
	 */
	Mono<Decision> acquire(String command, double quota, double appQuota, Duration maxWait, Runnable onWait);

	/**
	 * Return whether the shared store answered the last time it was asked.
	 * @return {@code true} while calls are paced by the shared buckets
	 */
	boolean isAvailable();

	/**
	 * What the shared limiter decided for one call.
	 */
	enum Decision {

		/**
		 * The call may be sent now.
		 */
		ADMITTED,

		/**
		 * The call's slot is further away than the maximum wait.
		 */
		SATURATED,

		/**
		 * The shared store cannot be reached: pace the call locally.
		 */
		UNAVAILABLE

	}

}
