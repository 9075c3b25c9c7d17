package io.github.chatadmin.client.transport;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

import reactor.core.publisher.Mono;

/**
 * Client-side send-rate limiter, one bucket per command, seeded from the vendor's
 * per-command quotas so that calls wait a little instead of bouncing off the quota.
 * <p>
 * A call reserves the next free slot of its command's bucket (a bucket holds one second
 * of calls, so short bursts pass at once) and waits until then. A reservation further
 * away than {@code maxWait} is refused at once: the caller is saturating the quota and
 * gets a clear error instead of an ever-growing queue. In {@link Mode#ADAPTIVE adaptive}
 * mode a throttled answer cuts the command's rate to 70 % and successes probe it back up
 * to the quota along a cubic curve (the CUBIC scheme of the AWS SDK's adaptive retry
 * mode).
 *
 * @author chat-admin
 */
public final class CommandRateLimiter {

	private static final double BETA = 0.7;

	private static final double SCALE = 0.4;

	private static final double MIN_RATE = 0.5;

	private static final long BURST_NANOS = Duration.ofSeconds(1).toNanos();

	private final Mode mode;

	private final double defaultQuota;

	private final Map<String, Double> quotas;

	private final long maxWaitNanos;

	private final LongSupplier nanoTime;

	private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

	/**
	 * Create a limiter.
	 * @param mode the mode
	 * @param defaultQuota calls per second of a command without its own quota
	 * @param quotas calls per second by {@code service/command}
	 * @param maxWait the longest a call may wait for its slot
	 * @param nanoTime the time source, in nanoseconds
	 */
	public CommandRateLimiter(Mode mode, double defaultQuota, Map<String, Double> quotas, Duration maxWait,
			LongSupplier nanoTime) {
		this.mode = mode;
		this.defaultQuota = defaultQuota;
		this.quotas = Map.copyOf(quotas);
		this.maxWaitNanos = maxWait.toNanos();
		this.nanoTime = nanoTime;
	}

	/**
	 * Return the vendor's documented per-command quotas that differ from 200 calls/s.
	 * @return the quotas by {@code service/command}
	 */
	public static Map<String, Double> vendorQuotas() {
		return Map.of("im_open_login_svc/account_check", 100.0, "im_open_login_svc/account_delete", 100.0,
				"im_open_login_svc/multiaccount_import", 100.0, "group_open_http_svc/get_appid_group_list", 1.0,
				"group_open_http_svc/send_broadcast_msg", 1.0, "timpush/push", 1.0, "timpush/revoke", 1.0);
	}

	/**
	 * Wait for a slot to send one call of a command.
	 * @param command {@code service/command}
	 * @return completes when the call may be sent; fails with
	 * {@link LimiterSaturatedException} when the slot is further away than the maximum
	 * wait
	 */
	public Mono<Void> acquire(String command) {
		if (this.mode == Mode.OFF) {
			return Mono.empty();
		}
		return Mono.defer(() -> {
			long wait = bucket(command).reserve(this.nanoTime.getAsLong(), this.maxWaitNanos);
			if (wait < 0) {
				return Mono.error(new LimiterSaturatedException(command, currentRate(command)));
			}
			return (wait == 0) ? Mono.empty() : Mono.delay(Duration.ofNanos(wait)).then();
		});
	}

	/**
	 * Report that the service throttled a command.
	 * @param command {@code service/command}
	 */
	public void onThrottled(String command) {
		if (this.mode == Mode.ADAPTIVE) {
			bucket(command).decrease(this.nanoTime.getAsLong());
		}
	}

	/**
	 * Report that a call of a command succeeded.
	 * @param command {@code service/command}
	 */
	public void onSuccess(String command) {
		if (this.mode == Mode.ADAPTIVE) {
			Bucket bucket = this.buckets.get(command);
			if (bucket != null) {
				bucket.increase(this.nanoTime.getAsLong());
			}
		}
	}

	/**
	 * Return the current send rate of a command.
	 * @param command {@code service/command}
	 * @return calls per second, or infinity when the limiter is off
	 */
	public double currentRate(String command) {
		if (this.mode == Mode.OFF) {
			return Double.POSITIVE_INFINITY;
		}
		Bucket bucket = this.buckets.get(command);
		return (bucket != null) ? bucket.rate : this.quotas.getOrDefault(command, this.defaultQuota);
	}

	private Bucket bucket(String command) {
		return this.buckets.computeIfAbsent(command,
				(key) -> new Bucket(this.quotas.getOrDefault(key, this.defaultQuota)));
	}

	/**
	 * How the limiter behaves.
	 */
	public enum Mode {

		/**
		 * No limiting.
		 */
		OFF,

		/**
		 * Each command is held to its quota.
		 */
		FIXED,

		/**
		 * Each command is held to its quota, slowed down when the service throttles it
		 * and probed back up on success.
		 */
		ADAPTIVE

	}

	/**
	 * Raised when a call would have to wait longer than the limiter allows.
	 */
	public static final class LimiterSaturatedException extends RuntimeException {

		LimiterSaturatedException(String command, double rate) {
			super("the client-side rate limiter is saturated for " + command + " at "
					+ String.format(Locale.ROOT, "%.1f", rate) + " calls/s");
		}

	}

	private static final class Bucket {

		private final double quota;

		private volatile double rate;

		private long nextFree = Long.MIN_VALUE;

		private double rateAtThrottle;

		private long throttledAt;

		private boolean throttled;

		Bucket(double quota) {
			this.quota = quota;
			this.rate = quota;
		}

		synchronized long reserve(long now, long maxWait) {
			long interval = (long) (1e9 / this.rate);
			long burstStart = now - Math.max(BURST_NANOS, interval) + interval;
			long start = (this.nextFree == Long.MIN_VALUE) ? burstStart : Math.max(this.nextFree, burstStart);
			long wait = Math.max(0, start - now);
			if (wait > maxWait) {
				return -1;
			}
			this.nextFree = start + interval;
			return wait;
		}

		synchronized void decrease(long now) {
			this.rateAtThrottle = this.rate;
			this.rate = Math.max(MIN_RATE, this.rate * BETA);
			this.throttledAt = now;
			this.throttled = true;
		}

		synchronized void increase(long now) {
			if (!this.throttled || this.rate >= this.quota) {
				return;
			}
			double seconds = (now - this.throttledAt) / 1e9;
			double k = Math.cbrt(this.rateAtThrottle * (1 - BETA) / SCALE);
			double cubic = SCALE * Math.pow(seconds - k, 3) + this.rateAtThrottle;
			this.rate = Math.min(this.quota, Math.max(this.rate, cubic));
		}

	}

}
