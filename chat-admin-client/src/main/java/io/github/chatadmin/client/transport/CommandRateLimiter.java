package io.github.chatadmin.client.transport;

import java.time.Duration;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

import io.github.chatadmin.client.ChatCommandCatalog;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

/**
 * Client-side send-rate limiter, one bucket per command, seeded from the vendor's
 * per-command quotas so that calls wait a little instead of bouncing off the quota, and
 * one bucket for the whole SDKAppID.
 * <p>
 * A call reserves the next free slot of its command's bucket (a bucket holds one second
 * of calls, so short bursts pass at once) and waits until then. A reservation further
 * away than {@code maxWait} is refused at once: the caller is saturating the quota and
 * gets a clear error instead of an ever-growing queue. In {@link Mode#ADAPTIVE adaptive}
 * mode a throttled answer cuts the command's rate to 85 %, at most once per round trip,
 * and successes probe it back up to the quota along a cubic curve that regains the rate
 * it had in about two seconds, whatever the quota (the CUBIC scheme of the AWS SDK's
 * adaptive retry mode).
 * <p>
 * The vendor throttles a single command with 60007 (and 60018, 60019) and the whole app
 * with 60011: the first slow down that command's bucket only, the second the app's
 * bucket, which every call also passes. The app's bucket has no limit unless one is
 * configured: the first 60011 seeds it from the app's send rate measured over the last
 * second.
 * <p>
 * A limiter given a {@link SharedRateLimiter} ({@link #share(SharedRateLimiter)}) paces
 * calls with the shared buckets while they can be reached, and with its own buckets
 * otherwise; throttled answers and successes keep adapting its own buckets either way.
 *
 * @author chat-admin
 * @since 0.1.0
 */
public final class CommandRateLimiter {

	private static final int APP_THROTTLED = 60011;

	private static final double BETA = 0.85;

	private static final double SCALE = 0.02;

	private static final double MIN_RATE = 0.5;

	private static final long BURST_NANOS = Duration.ofSeconds(1).toNanos();

	private final Mode mode;

	private final double defaultQuota;

	private final Map<String, Double> quotas;

	private final long maxWaitNanos;

	private final LongSupplier nanoTime;

	private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

	private final Bucket app;

	private final List<Consumer<String>> newCommandListeners = new CopyOnWriteArrayList<>();

	private final double appQuota;

	private volatile @Nullable SharedRateLimiter shared;

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
		this(mode, defaultQuota, quotas, Double.POSITIVE_INFINITY, maxWait, nanoTime);
	}

	/**
	 * Create a limiter.
	 * @param mode the mode
	 * @param defaultQuota calls per second of a command without its own quota
	 * @param quotas calls per second by {@code service/command}
	 * @param appQuota calls per second of the whole SDKAppID, all commands together, or
	 * {@link Double#POSITIVE_INFINITY} for no limit until the service answers 60011
	 * @param maxWait the longest a call may wait for its slot
	 * @param nanoTime the time source, in nanoseconds
	 */
	public CommandRateLimiter(Mode mode, double defaultQuota, Map<String, Double> quotas, double appQuota,
			Duration maxWait, LongSupplier nanoTime) {
		this.app = new Bucket(appQuota);
		this.appQuota = appQuota;
		this.mode = mode;
		this.defaultQuota = defaultQuota;
		this.quotas = Map.copyOf(quotas);
		this.maxWaitNanos = maxWait.toNanos();
		this.nanoTime = nanoTime;
	}

	/**
	 * Wait for a slot to send one call of a command.
	 * @param command {@code service/command}
	 * @return completes when the call may be sent; fails with
	 * {@link LimiterSaturatedException} when the slot is further away than the maximum
	 * wait
	 */
	public Mono<Void> acquire(String command) {
		return acquire(command, () -> {
		});
	}

	/**
	 * Wait for a slot to send one call of a command.
	 * @param command {@code service/command}
	 * @param onWait called when the call has to wait for its slot
	 * @return completes when the call may be sent; fails with
	 * {@link LimiterSaturatedException} when the slot is further away than the maximum
	 * wait
	 */
	public Mono<Void> acquire(String command, Runnable onWait) {
		if (this.mode == Mode.OFF) {
			return Mono.empty();
		}
		SharedRateLimiter shared = this.shared;
		if (shared == null) {
			return acquireLocally(command, onWait);
		}
		String scope = scopeOf(command);
		double quota = quota(scope);
		return Mono
			.defer(() -> shared.acquire(scope, quota, this.appQuota, Duration.ofNanos(this.maxWaitNanos), onWait))
			.onErrorReturn(SharedRateLimiter.Decision.UNAVAILABLE)
			.flatMap((decision) -> switch (decision) {
				case ADMITTED -> Mono.empty();
				case SATURATED -> Mono.error(new LimiterSaturatedException(scope + " (shared)", quota));
				case UNAVAILABLE -> acquireLocally(command, onWait);
			});
	}

	/**
	 * Take a slot to send one call of a command now, if one is free now: the common case,
	 * which needs no {@code Mono}. Takes nothing when the call would have to wait, or
	 * when a shared limiter decides; {@link #acquire(String, Runnable)} then does.
	 * @param command {@code service/command}
	 * @return whether the call may be sent now
	 */
	public boolean tryAcquireNow(String command) {
		if (this.mode == Mode.OFF) {
			return true;
		}
		if (this.shared != null) {
			return false;
		}
		Bucket bucket = bucket(command);
		long now = this.nanoTime.getAsLong();
		synchronized (this.app) {
			if (this.app.peek(now) != 0) {
				return false;
			}
			synchronized (bucket) {
				if (bucket.peek(now) != 0) {
					return false;
				}
				this.app.take(now);
				bucket.take(now);
			}
		}
		return true;
	}

	/**
	 * Pace calls with a limiter shared by every instance of the app while it can be
	 * reached, and with this limiter's own buckets while it cannot.
	 * @param shared the shared limiter
	 */
	public void share(SharedRateLimiter shared) {
		this.shared = shared;
	}

	/**
	 * Return the shared limiter this limiter paces calls with, if any.
	 * @return the shared limiter, or {@code null}
	 */
	public @Nullable SharedRateLimiter getShared() {
		return this.shared;
	}

	private Mono<Void> acquireLocally(String command, Runnable onWait) {
		return Mono.defer(() -> {
			Bucket bucket = bucket(command);
			long now = this.nanoTime.getAsLong();
			long appInterval;
			long commandInterval;
			long wait;
			synchronized (this.app) {
				long appWait = this.app.peek(now);
				if (appWait > this.maxWaitNanos) {
					return Mono.error(new LimiterSaturatedException("the whole app", this.app.rate));
				}
				synchronized (bucket) {
					long commandWait = bucket.peek(now);
					if (commandWait > this.maxWaitNanos) {
						return Mono.error(new LimiterSaturatedException(command, bucket.rate));
					}
					appInterval = this.app.take(now);
					commandInterval = bucket.take(now);
					wait = Math.max(appWait, commandWait);
				}
			}
			if (wait == 0) {
				return Mono.empty();
			}
			onWait.run();
			return Mono.delay(Duration.ofNanos(wait)).then().doOnCancel(() -> {
				this.app.giveBack(appInterval);
				bucket.giveBack(commandInterval);
			});
		});
	}

	/**
	 * Report that the service throttled a command.
	 * @param command {@code service/command}
	 */
	public void onThrottled(String command) {
		onThrottled(command, 60007);
	}

	/**
	 * Report that the service throttled a call: 60011 slows down the whole app, any other
	 * rate-limit code the command.
	 * @param command {@code service/command}
	 * @param errorCode the rate-limit code the service answered
	 */
	public void onThrottled(String command, int errorCode) {
		long now = this.nanoTime.getAsLong();
		onThrottled(command, errorCode, now);
	}

	/**
	 * Report that the service throttled a call sent at a given time: 60011 slows down the
	 * whole app, any other rate-limit code the command. The rate is cut at most once per
	 * round trip, as CUBIC does: a throttled answer to a call sent before the last cut
	 * says nothing new, so a burst of throttled answers cuts once.
	 * @param command {@code service/command}
	 * @param errorCode the rate-limit code the service answered
	 * @param sentAt when the throttled call was sent, on this limiter's time source
	 */
	public void onThrottled(String command, int errorCode, long sentAt) {
		if (this.mode == Mode.ADAPTIVE) {
			((errorCode == APP_THROTTLED) ? this.app : bucket(command)).decrease(this.nanoTime.getAsLong(), sentAt);
		}
	}

	/**
	 * Return the limiter's current time, for {@link #onThrottled(String, int, long)}.
	 * @return the time, in nanoseconds
	 */
	public long now() {
		return this.nanoTime.getAsLong();
	}

	/**
	 * Report that a call of a command succeeded.
	 * @param command {@code service/command}
	 */
	public void onSuccess(String command) {
		if (this.mode == Mode.ADAPTIVE) {
			long now = this.nanoTime.getAsLong();
			Bucket bucket = this.buckets.get(scopeOf(command));
			if (bucket != null) {
				bucket.increase(now);
			}
			this.app.increase(now);
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
		Bucket bucket = this.buckets.get(scopeOf(command));
		return (bucket != null) ? bucket.rate : quota(command);
	}

	/**
	 * Return the current send rate of the whole app.
	 * @return calls per second, infinity when there is no limit
	 */
	public double currentAppRate() {
		return (this.mode == Mode.OFF) ? Double.POSITIVE_INFINITY : this.app.rate;
	}

	/**
	 * Return the configured quota of a command.
	 * @param command {@code service/command}
	 * @return calls per second
	 */
	public double quota(String command) {
		return this.quotas.getOrDefault(scopeOf(command), this.defaultQuota);
	}

	/**
	 * Return the mode.
	 * @return the mode
	 */
	public Mode getMode() {
		return this.mode;
	}

	/**
	 * Return the commands that have been paced so far.
	 * @return the commands, as {@code service/command}, and
	 * {@value ChatCommandCatalog#OTHER} when commands the catalog does not know were
	 */
	public Set<String> commands() {
		return Set.copyOf(this.buckets.keySet());
	}

	/**
	 * Register a listener told of each command the limiter starts pacing, for instance to
	 * register a gauge of its rate; it is called once per command, on the calling thread.
	 * @param listener the listener, given {@code service/command}
	 */
	public void onNewCommand(Consumer<String> listener) {
		this.newCommandListeners.add(listener);
	}

	/**
	 * Return the name under which a command's state is kept: the command itself when the
	 * catalog or the configured quotas know it, {@value ChatCommandCatalog#OTHER}
	 * otherwise, so that arbitrary names cannot grow the limiter without bound.
	 * @param command {@code service/command}
	 * @return the name of the command's bucket
	 */
	public String scopeOf(String command) {
		return (this.quotas.containsKey(command) || ChatCommandCatalog.find(command) != null) ? command
				: ChatCommandCatalog.OTHER;
	}

	private Bucket bucket(String path) {
		String command = scopeOf(path);
		Bucket bucket = this.buckets.get(command);
		if (bucket != null) {
			return bucket;
		}
		AtomicBoolean created = new AtomicBoolean();
		bucket = this.buckets.computeIfAbsent(command, (key) -> {
			created.set(true);
			return new Bucket(quota(key));
		});
		if (created.get()) {
			this.newCommandListeners.forEach((listener) -> listener.accept(command));
		}
		return bucket;
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

		private long windowStart = Long.MIN_VALUE;

		private int windowCount;

		private int lastWindowCount;

		Bucket(double quota) {
			this.quota = quota;
			this.rate = quota;
		}

		synchronized long peek(long now) {
			if (Double.isInfinite(this.rate)) {
				return 0;
			}
			return Math.max(0, start(now, interval()) - now);
		}

		synchronized long take(long now) {
			count(now);
			if (Double.isInfinite(this.rate)) {
				return 0;
			}
			long interval = interval();
			this.nextFree = start(now, interval) + interval;
			return interval;
		}

		synchronized void giveBack(long interval) {
			if (interval > 0 && this.nextFree != Long.MIN_VALUE) {
				this.nextFree -= interval;
			}
		}

		private long interval() {
			return (long) (1e9 / this.rate);
		}

		private long start(long now, long interval) {
			long burstStart = now - Math.max(BURST_NANOS, interval) + interval;
			return (this.nextFree == Long.MIN_VALUE) ? burstStart : Math.max(this.nextFree, burstStart);
		}

		private void count(long now) {
			if (this.windowStart == Long.MIN_VALUE || now - this.windowStart >= BURST_NANOS) {
				this.lastWindowCount = (this.windowStart != Long.MIN_VALUE && now - this.windowStart < 2 * BURST_NANOS)
						? this.windowCount : 0;
				this.windowStart = now;
				this.windowCount = 0;
			}
			this.windowCount++;
		}

		synchronized void decrease(long now, long sentAt) {
			if (this.throttled && sentAt <= this.throttledAt) {
				return;
			}
			if (Double.isInfinite(this.rate)) {
				this.rate = Math.max(MIN_RATE, Math.max(this.windowCount, this.lastWindowCount));
			}
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
			double scale = SCALE * this.rateAtThrottle;
			double k = Math.cbrt(this.rateAtThrottle * (1 - BETA) / scale);
			double cubic = scale * Math.pow(seconds - k, 3) + this.rateAtThrottle;
			this.rate = Math.min(this.quota, Math.max(this.rate, cubic));
		}

	}

}
