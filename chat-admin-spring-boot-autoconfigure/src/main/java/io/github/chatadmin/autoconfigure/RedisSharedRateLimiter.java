package io.github.chatadmin.autoconfigure;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.AsyncBucketProxy;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.AsyncProxyManager;
import io.github.bucket4j.distributed.proxy.optimization.Optimizations;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.github.chatadmin.client.transport.SharedRateLimiter;
import io.lettuce.core.AbstractRedisClient;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulConnection;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.cluster.RedisClusterClient;
import io.lettuce.core.cluster.api.StatefulRedisClusterConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.beans.factory.DisposableBean;

/**
 * A {@link SharedRateLimiter} on Redis, through Bucket4j's Lettuce integration: one
 * bucket per command and one for the whole app when it has a quota, under keys namespaced
 * by SDKAppID, so that every instance of an app draws from the same buckets.
 * <p>
 * A bucket holds a single call and gets it back every {@code 1 / quota} seconds: the
 * fleet's calls are spaced evenly at the quota, with no burst, so that no window of one
 * second admits more calls than the quota, whichever way the vendor counts its window (a
 * bucket used to hold one second of calls, which let a fleet send up to twice the quota
 * within one second). A call reserves its slot in one round trip and waits for it
 * locally. The calls of one instance that are waiting for a round trip on the same bucket
 * go to Redis together in the next one (Bucket4j's batching), so that instances compete
 * less for the bucket's compare-and-swap.
 * <p>
 * The limiter starts connecting to Redis when it is created, in the background. A call
 * made while that first connection is still being made waits for it at most the timeout,
 * then is paced locally, without taking Redis for unreachable; a connection that fails
 * does.
 * <p>
 * Every Redis round trip is bounded by a short timeout. When one fails, the limiter logs
 * one warning, answers {@link Decision#UNAVAILABLE} (the caller paces locally) without
 * asking Redis again for a retry interval, then lets one call probe it, and rejoins when
 * the probe succeeds.
 *
 * @author chat-admin
 * @since 0.1.0
 */
public class RedisSharedRateLimiter implements SharedRateLimiter, DisposableBean {

	private static final Log logger = LogFactory.getLog(RedisSharedRateLimiter.class);

	private final Supplier<StatefulConnection<byte[], byte[]>> connector;

	private final String namespace;

	private final Duration timeout;

	private final long retryIntervalNanos;

	private final @Nullable TimeMeter clock;

	private final LongSupplier nanoTime;

	private final AtomicBoolean available = new AtomicBoolean(true);

	private final AtomicBoolean probing = new AtomicBoolean();

	private final Map<String, AsyncBucketProxy> buckets = new ConcurrentHashMap<>();

	private volatile long nextProbe;

	private volatile @Nullable StatefulConnection<byte[], byte[]> connection;

	private volatile @Nullable AsyncProxyManager<byte[]> proxyManager;

	private volatile @Nullable CompletableFuture<AsyncProxyManager<byte[]>> connecting;

	private volatile boolean closed;

	/**
	 * Create a limiter on the native client of a Lettuce connection factory, and start
	 * connecting to Redis in the background.
	 * @param client the Lettuce client, standalone, sentinel or cluster
	 * @param sdkAppId the SDKAppID whose buckets to use
	 * @param timeout the longest a Redis round trip may take
	 * @param retryInterval how long the limiter leaves an unreachable Redis alone
	 * @param clock the bucket clock, or {@code null} for the system clock
	 */
	public RedisSharedRateLimiter(AbstractRedisClient client, long sdkAppId, Duration timeout, Duration retryInterval,
			@Nullable TimeMeter clock) {
		this(connector(client), "tencent-chat:limiter:" + sdkAppId + ":", timeout, retryInterval, clock,
				System::nanoTime);
	}

	RedisSharedRateLimiter(Supplier<StatefulConnection<byte[], byte[]>> connector, String namespace, Duration timeout,
			Duration retryInterval, @Nullable TimeMeter clock, LongSupplier nanoTime) {
		this.connector = connector;
		this.namespace = namespace;
		this.timeout = timeout;
		this.retryIntervalNanos = retryInterval.toNanos();
		this.clock = clock;
		this.nanoTime = nanoTime;
		connecting();
	}

	@SuppressWarnings("unchecked")
	private static Supplier<StatefulConnection<byte[], byte[]>> connector(AbstractRedisClient client) {
		if (client instanceof RedisClusterClient cluster) {
			return () -> cluster.connect(ByteArrayCodec.INSTANCE);
		}
		if (client instanceof RedisClient standalone) {
			return () -> standalone.connect(ByteArrayCodec.INSTANCE);
		}
		throw new IllegalArgumentException("Unsupported Lettuce client " + client.getClass().getName());
	}

	@Override
	public Mono<Decision> acquire(String command, double quota, double appQuota, Duration maxWait, Runnable onWait) {
		if (!this.available.get()) {
			if (this.nanoTime.getAsLong() - this.nextProbe < 0 || !this.probing.compareAndSet(false, true)) {
				return Mono.just(Decision.UNAVAILABLE);
			}
			return take(command, quota, appQuota, maxWait, onWait).doFinally((signal) -> this.probing.set(false));
		}
		return take(command, quota, appQuota, maxWait, onWait);
	}

	@Override
	public boolean isAvailable() {
		return this.available.get();
	}

	private Mono<Decision> take(String command, double quota, double appQuota, Duration maxWait, Runnable onWait) {
		long deadline = this.nanoTime.getAsLong() + maxWait.toNanos();
		return manager().flatMap((manager) -> {
			AsyncBucketProxy commandBucket = bucket(manager, command, quota);
			AsyncBucketProxy appBucket = Double.isInfinite(appQuota) ? null : bucket(manager, "app", appQuota);
			return take(commandBucket, deadline, onWait).flatMap((admitted) -> {
				if (!admitted || appBucket == null) {
					return Mono.just(admitted ? Decision.ADMITTED : Decision.SATURATED);
				}
				return take(appBucket, deadline, onWait)
					.flatMap((appAdmitted) -> appAdmitted ? Mono.just(Decision.ADMITTED)
							: call(() -> commandBucket.addTokens(1)).thenReturn(Decision.SATURATED));
			});
		}).doOnNext((decision) -> up()).onErrorResume((ex) -> {
			if (this.closed || (ex instanceof ConnectingException && this.available.get())) {
				return Mono.just(Decision.UNAVAILABLE);
			}
			down(ex);
			return Mono.just(Decision.UNAVAILABLE);
		});
	}

	private Mono<Boolean> take(AsyncBucketProxy bucket, long deadline, Runnable onWait) {
		return call(() -> bucket.consumeIgnoringRateLimits(1)).flatMap((wait) -> {
			if (wait == 0) {
				return Mono.just(true);
			}
			if (this.nanoTime.getAsLong() + wait - deadline > 0) {
				return call(() -> bucket.addTokens(1)).thenReturn(false);
			}
			onWait.run();
			return Mono.delay(Duration.ofNanos(wait)).thenReturn(true);
		});
	}

	private <T> Mono<T> call(Supplier<CompletableFuture<T>> operation) {
		return Mono.fromFuture(operation).timeout(this.timeout);
	}

	private Mono<AsyncProxyManager<byte[]>> manager() {
		AsyncProxyManager<byte[]> manager = this.proxyManager;
		if (manager != null) {
			return Mono.just(manager);
		}
		CompletableFuture<AsyncProxyManager<byte[]>> connecting = connecting();
		return Mono.fromFuture(connecting, true)
			.timeout(this.timeout, Mono.error(() -> new ConnectingException()))
			.onErrorMap(CompletionException.class, (ex) -> (ex.getCause() != null) ? ex.getCause() : ex);
	}

	private CompletableFuture<AsyncProxyManager<byte[]>> connecting() {
		CompletableFuture<AsyncProxyManager<byte[]>> connecting = this.connecting;
		if (connecting != null && !connecting.isCompletedExceptionally()) {
			return connecting;
		}
		synchronized (this) {
			if (this.closed) {
				// no new connection once destroyed
				return CompletableFuture.failedFuture(new IllegalStateException("The shared rate limiter is closed"));
			}
			connecting = this.connecting;
			if (connecting == null || connecting.isCompletedExceptionally()) {
				connecting = CompletableFuture.supplyAsync(this::connect,
						(task) -> Schedulers.boundedElastic().schedule(task));
				// a connection that fails is an outage even when no call is waiting for
				// it
				connecting.whenComplete((manager, ex) -> {
					if (ex != null && !this.closed) {
						down((ex instanceof CompletionException && ex.getCause() != null) ? ex.getCause() : ex);
					}
				});
				this.connecting = connecting;
			}
			return connecting;
		}
	}

	@SuppressWarnings("unchecked")
	private AsyncProxyManager<byte[]> connect() {
		StatefulConnection<byte[], byte[]> connection = this.connector.get();
		Bucket4jLettuce.LettuceBasedProxyManagerBuilder<byte[]> builder = (connection instanceof StatefulRedisClusterConnection<?, ?> cluster)
				? Bucket4jLettuce.casBasedBuilder((StatefulRedisClusterConnection<byte[], byte[]>) cluster)
				: Bucket4jLettuce.casBasedBuilder((StatefulRedisConnection<byte[], byte[]>) connection);
		builder.expirationAfterWrite(
				ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofSeconds(10)));
		if (this.clock != null) {
			builder.clientClock(this.clock);
		}
		AsyncProxyManager<byte[]> manager = builder.build().asAsync();
		synchronized (this) {
			if (this.closed) {
				connection.closeAsync();
				throw new IllegalStateException("The shared rate limiter is closed");
			}
			this.connection = connection;
			this.proxyManager = manager;
		}
		return manager;
	}

	private AsyncBucketProxy bucket(AsyncProxyManager<byte[]> manager, String name, double quota) {
		return this.buckets.computeIfAbsent(name, (key) -> {
			BucketConfiguration configuration = configuration(quota);
			// the rate is part of the key: a bucket is configured only when it is
			// created,
			// so instances with another quota (or an older bucket shape) never share one
			byte[] redisKey = (this.namespace + key + "@"
					+ BigDecimal.valueOf(quota).stripTrailingZeros().toPlainString() + "/s")
				.getBytes(StandardCharsets.UTF_8);
			return manager.builder()
				.withOptimization(Optimizations.batching())
				.build(redisKey, () -> CompletableFuture.completedFuture(configuration));
		});
	}

	/**
	 * The shape of a shared bucket: one call, refilled every {@code 1 / quota} seconds.
	 * The calls of the whole fleet are spaced evenly at the quota and never burst, so
	 * that no window of one second ever admits more than the quota, however the vendor
	 * counts it. The vendor's own allowance for bursts is left unused, as slack for
	 * network jitter, for calls paced locally while Redis was out, and for other clients
	 * of the app.
	 * @param quota calls per second
	 * @return the bucket's configuration
	 */
	static BucketConfiguration configuration(double quota) {
		Duration period = Duration.ofNanos(Math.max(1, Math.round(1e9 / quota)));
		return BucketConfiguration.builder().addLimit((limit) -> limit.capacity(1).refillGreedy(1, period)).build();
	}

	private void up() {
		if (this.available.compareAndSet(false, true) && logger.isInfoEnabled()) {
			logger.info("Tencent Chat: Redis is reachable again; the shared rate limiter paces calls again");
		}
	}

	private void down(Throwable ex) {
		if (logger.isDebugEnabled()) {
			logger.debug("Tencent Chat: shared rate limiter call failed", ex);
		}
		this.nextProbe = this.nanoTime.getAsLong() + this.retryIntervalNanos;
		if (this.available.compareAndSet(true, false) && logger.isWarnEnabled()) {
			logger.warn("Tencent Chat: Redis is unreachable for the shared rate limiter ("
					+ ex.getClass().getSimpleName() + "); each instance paces its calls locally until Redis is back");
		}
	}

	@Override
	public void destroy() {
		StatefulConnection<byte[], byte[]> connection;
		synchronized (this) {
			this.closed = true;
			connection = this.connection;
		}
		if (connection != null) {
			connection.closeAsync();
		}
	}

	/**
	 * The first connection to Redis is still being made: the call is paced locally, and
	 * Redis is not taken for unreachable unless the connection fails.
	 */
	private static final class ConnectingException extends RuntimeException {

		ConnectingException() {
			super(null, null, false, false);
		}

	}

}
