package io.github.chatadmin.autoconfigure;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

import io.github.bucket4j.TimeMeter;
import io.github.chatadmin.client.ChatAdminTemplate;
import io.github.chatadmin.client.transport.CommandRateLimiter;
import io.github.chatadmin.client.transport.SharedRateLimiter;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.codec.ByteArrayCodec;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Tests for {@link RedisSharedRateLimiter} against a real {@code redis-server}.
 */
@ExtendWith(OutputCaptureExtension.class)
class RedisSharedRateLimiterTests {

	private static final String SERVICE = "im_open_login_svc";

	private static final String COMMAND = "kick";

	private static final double QUOTA = 5;

	private static final Duration RETRY_INTERVAL = Duration.ofSeconds(2);

	private static final Duration STEP = Duration.ofMillis(50);

	private final AtomicLong clockNanos = new AtomicLong(1_000_000_000_000L);

	private final TimeMeter testClock = new TimeMeter() {

		@Override
		public long currentTimeNanos() {
			return RedisSharedRateLimiterTests.this.clockNanos.get();
		}

		@Override
		public boolean isWallClockBased() {
			return true;
		}

	};

	private final AtomicLong nanoTime = new AtomicLong();

	private LocalRedisServer redis;

	private RedisClient client;

	private static final long SDK_APP_ID = 1400000001L;

	private final AtomicInteger requests = new AtomicInteger();

	private DisposableServer server;

	@BeforeEach
	void start() throws Exception {
		this.redis = LocalRedisServer.start();
		this.client = RedisClient.create(RedisURI.create("127.0.0.1", this.redis.port()));
		this.server = HttpServer.create()
			.host("127.0.0.1")
			.port(0)
			.handle((request, response) -> request.receive().then(Mono.defer(() -> {
				this.requests.incrementAndGet();
				return response.header("Content-Type", "application/json")
					.sendString(Mono.just("{\"ActionStatus\":\"OK\",\"ErrorCode\":0,\"ErrorInfo\":\"\"}"))
					.then();
			})))
			.bindNow();
	}

	@AfterEach
	void stop() throws Exception {
		if (this.server != null) {
			this.server.disposeNow();
		}
		if (this.client != null) {
			this.client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
		}
		if (this.redis != null) {
			this.redis.close();
		}
	}

	@Test
	void shouldHoldTwoTemplatesToOneSharedQuota() {
		RedisSharedRateLimiter first = limiter();
		RedisSharedRateLimiter second = limiter();
		ChatAdminTemplate one = template(first);
		ChatAdminTemplate two = template(second);
		int[] admitted = offerForThreeSeconds(one, two);
		assertThat(IntStream.of(admitted).sum()).isEqualTo(3 * (int) QUOTA);
		assertThat(this.requests).hasValue(3 * (int) QUOTA);
		assertThat(first.isAvailable()).isTrue();
		assertThat(second.isAvailable()).isTrue();
	}

	@Test
	void shouldNeverAdmitMoreThanTheQuotaWithinOneSecond() {
		ChatAdminTemplate one = template(limiter());
		ChatAdminTemplate two = template(limiter());
		int[] admitted = offerForThreeSeconds(one, two);
		int steps = (int) (Duration.ofSeconds(1).toNanos() / STEP.toNanos());
		for (int start = 0; start + steps <= admitted.length; start++) {
			assertThat(IntStream.of(admitted).skip(start).limit(steps).sum()).as("calls admitted from step %d", start)
				.isLessThanOrEqualTo((int) QUOTA);
		}
		assertThat(admitted[0]).isOne();
	}

	@Test
	void shouldPaceLocallyAndSaySoOnceWhenRedisDies(CapturedOutput output) throws Exception {
		RedisSharedRateLimiter shared = limiter();
		ChatAdminTemplate template = template(shared);
		SimpleMeterRegistry registry = new SimpleMeterRegistry();
		new ChatAdminLimiterMetrics(template.getRateLimiter()).bindTo(registry);
		assertThat(send(template)).isOne();
		assertThat(registry.get(ChatAdminLimiterMetrics.SHARED_AVAILABLE).gauge().value()).isEqualTo(1);
		this.redis.stop();
		int admitted = 0;
		for (int i = 0; i < 10; i++) {
			admitted += send(template);
		}
		assertThat(admitted).isEqualTo((int) QUOTA);
		assertThat(shared.isAvailable()).isFalse();
		assertThat(registry.get(ChatAdminLimiterMetrics.SHARED_AVAILABLE).gauge().value()).isZero();
		assertThat(output.getAll().split("Redis is unreachable for the shared rate limiter", -1)).hasSize(2);
	}

	@Test
	void shouldRejoinWhenRedisIsBack() throws Exception {
		RedisSharedRateLimiter first = limiter();
		RedisSharedRateLimiter second = limiter();
		ChatAdminTemplate one = template(first);
		ChatAdminTemplate two = template(second);
		assertThat(send(one)).isOne();
		this.clockNanos.addAndGet((long) (1e9 / QUOTA));
		assertThat(send(two)).isOne();
		this.redis.stop();
		send(one);
		send(two);
		assertThat(first.isAvailable()).isFalse();
		assertThat(second.isAvailable()).isFalse();
		this.redis.restart();
		await().atMost(Duration.ofSeconds(30)).until(() -> {
			this.nanoTime.addAndGet(RETRY_INTERVAL.toNanos());
			send(one);
			send(two);
			return first.isAvailable() && second.isAvailable();
		});
		int admitted = 0;
		for (int i = 0; i < 10; i++) {
			admitted += send(one) + send(two);
		}
		assertThat(admitted).isLessThanOrEqualTo((int) QUOTA);
	}

	@Test
	void shouldPaceLocallyWithoutAWarningWhileTheFirstConnectionIsMade(CapturedOutput output) {
		CountDownLatch connected = new CountDownLatch(1);
		RedisSharedRateLimiter shared = new RedisSharedRateLimiter(() -> {
			try {
				connected.await();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			return this.client.connect(ByteArrayCodec.INSTANCE);
		}, "tencent-chat:limiter:" + SDK_APP_ID + ":", Duration.ofMillis(50), RETRY_INTERVAL, this.testClock,
				this.nanoTime::get);
		try {
			assertThat(acquire(shared)).isEqualTo(SharedRateLimiter.Decision.UNAVAILABLE);
			assertThat(shared.isAvailable()).isTrue();
			connected.countDown();
			await().atMost(Duration.ofSeconds(30)).until(() -> acquire(shared) == SharedRateLimiter.Decision.ADMITTED);
			assertThat(shared.isAvailable()).isTrue();
			assertThat(output.getAll()).doesNotContain("Redis is unreachable");
		}
		finally {
			connected.countDown();
			shared.destroy();
		}
	}

	@Test
	void shouldNotShareABucketWithAnInstanceConfiguredForAnotherQuota() {
		RedisSharedRateLimiter oldQuota = limiter();
		RedisSharedRateLimiter newQuota = limiter();
		String command = SERVICE + "/" + COMMAND;
		assertThat(acquire(oldQuota, command, QUOTA)).isEqualTo(SharedRateLimiter.Decision.ADMITTED);
		assertThat(acquire(oldQuota, command, QUOTA)).isEqualTo(SharedRateLimiter.Decision.SATURATED);
		// a bucket is configured only when created: the new quota gets its own
		assertThat(acquire(newQuota, command, 2 * QUOTA)).isEqualTo(SharedRateLimiter.Decision.ADMITTED);
		oldQuota.destroy();
		newQuota.destroy();
	}

	@Test
	void shouldNeitherConnectNorWarnAgainOnceDestroyed(CapturedOutput output) {
		AtomicInteger connects = new AtomicInteger();
		RedisSharedRateLimiter shared = new RedisSharedRateLimiter(() -> {
			connects.incrementAndGet();
			throw new IllegalStateException("no Redis here");
		}, "tencent-chat:limiter:" + SDK_APP_ID + ":", Duration.ofSeconds(1), RETRY_INTERVAL, this.testClock,
				this.nanoTime::get);
		assertThat(acquire(shared)).isEqualTo(SharedRateLimiter.Decision.UNAVAILABLE);
		shared.destroy();
		this.nanoTime.addAndGet(RETRY_INTERVAL.toNanos() + 1);
		assertThat(acquire(shared)).isEqualTo(SharedRateLimiter.Decision.UNAVAILABLE);
		assertThat(connects).hasValue(1);
		assertThat(output.getAll().split("Redis is unreachable for the shared rate limiter", -1)).hasSize(2);
	}

	@Test
	void shouldKeepKeysOfEachSdkAppIdApart() {
		RedisSharedRateLimiter first = limiter();
		RedisSharedRateLimiter other = new RedisSharedRateLimiter(() -> this.client.connect(ByteArrayCodec.INSTANCE),
				"tencent-chat:limiter:1400000002:", Duration.ofSeconds(1), RETRY_INTERVAL, this.testClock,
				this.nanoTime::get);
		ChatAdminTemplate one = template(first);
		ChatAdminTemplate two = template(other);
		int[] admitted = offerForThreeSeconds(one, two);
		assertThat(IntStream.of(admitted).sum()).isEqualTo(2 * 3 * (int) QUOTA);
	}

	/**
	 * Offer eight calls per step of the test clock, four from each template, for three
	 * seconds of it: eight times the quota.
	 * @param one the first template
	 * @param two the second template
	 * @return the calls admitted at each step
	 */
	private int[] offerForThreeSeconds(ChatAdminTemplate one, ChatAdminTemplate two) {
		int[] admitted = new int[(int) (Duration.ofSeconds(3).toNanos() / STEP.toNanos())];
		for (int step = 0; step < admitted.length; step++) {
			for (int i = 0; i < 4; i++) {
				admitted[step] += send(one) + send(two);
			}
			this.clockNanos.addAndGet(STEP.toNanos());
		}
		return admitted;
	}

	private SharedRateLimiter.Decision acquire(SharedRateLimiter shared) {
		return acquire(shared, SERVICE + "/" + COMMAND, QUOTA);
	}

	private SharedRateLimiter.Decision acquire(SharedRateLimiter shared, String command, double quota) {
		return shared.acquire(command, quota, Double.POSITIVE_INFINITY, Duration.ZERO, () -> {
		}).block(Duration.ofSeconds(10));
	}

	private RedisSharedRateLimiter limiter() {
		return new RedisSharedRateLimiter(() -> this.client.connect(ByteArrayCodec.INSTANCE),
				"tencent-chat:limiter:" + SDK_APP_ID + ":", Duration.ofSeconds(1), RETRY_INTERVAL, this.testClock,
				this.nanoTime::get);
	}

	private ChatAdminTemplate template(RedisSharedRateLimiter shared) {
		ChatAdminTemplate template = ChatAdminTemplate.builder()
			.sdkAppId(SDK_APP_ID)
			.userSigProvider(() -> "sig")
			.endpoint(URI.create("http://127.0.0.1:" + this.server.port()))
			.rateLimiter(CommandRateLimiter.Mode.FIXED, 200, Map.of(SERVICE + "/" + COMMAND, QUOTA), Duration.ZERO)
			.build();
		template.getRateLimiter().share(shared);
		return template;
	}

	private int send(ChatAdminTemplate template) {
		try {
			template.execute(SERVICE, COMMAND, Map.of("UserID", "u")).block(Duration.ofSeconds(10));
			return 1;
		}
		catch (RuntimeException ex) {
			assertThat(ex).hasMessageContaining("rate limiter is saturated");
			return 0;
		}
	}

}
