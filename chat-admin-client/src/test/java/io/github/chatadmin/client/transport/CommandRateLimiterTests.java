package io.github.chatadmin.client.transport;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link CommandRateLimiter}, on a manual clock and virtual time.
 */
class CommandRateLimiterTests {

	private final AtomicLong now = new AtomicLong(0);

	private CommandRateLimiter limiter(CommandRateLimiter.Mode mode) {
		return new CommandRateLimiter(mode, 10, Map.of("openim/slow", 1.0), Duration.ofSeconds(2), this.now::get);
	}

	/**
	 * Assert that an acquisition waits exactly {@code wait} (on virtual time) and then
	 * completes.
	 */
	private static void assertWaits(CommandRateLimiter limiter, String command, Duration wait) {
		StepVerifier.withVirtualTime(() -> limiter.acquire(command))
			.expectSubscription()
			.expectNoEvent(wait.minusMillis(1))
			.thenAwait(Duration.ofMillis(1))
			.expectComplete()
			.verify(Duration.ofSeconds(1));
	}

	@Test
	void shouldLetABurstOfOneSecondPassAtOnceThenSpaceCalls() {
		CommandRateLimiter limiter = limiter(CommandRateLimiter.Mode.FIXED);
		for (int i = 0; i < 10; i++) {
			StepVerifier.create(limiter.acquire("openim/sendmsg")).expectComplete().verify(Duration.ofSeconds(1));
		}
		assertWaits(limiter, "openim/sendmsg", Duration.ofMillis(100));
	}

	@Test
	void tryAcquireNowShouldTakeOnlyAFreeSlotAndLeaveWaitingToAcquire() {
		CommandRateLimiter limiter = limiter(CommandRateLimiter.Mode.FIXED);
		assertThat(limiter.tryAcquireNow("openim/slow")).isTrue();
		assertThat(limiter.tryAcquireNow("openim/slow")).isFalse();
		assertThat(limiter.tryAcquireNow("openim/slow")).isFalse();
		// the refusals took nothing: the next call waits one interval, not three
		assertWaits(limiter, "openim/slow", Duration.ofMillis(1000));
		this.now.addAndGet(Duration.ofSeconds(2).toNanos());
		assertThat(limiter.tryAcquireNow("openim/slow")).isTrue();
		assertThat(limiter(CommandRateLimiter.Mode.OFF).tryAcquireNow("openim/slow")).isTrue();
	}

	@Test
	void tryAcquireNowShouldLeaveASharedLimiterToDecide() {
		CommandRateLimiter limiter = limiter(CommandRateLimiter.Mode.ADAPTIVE);
		limiter.share(new SharedRateLimiter() {

			@Override
			public Mono<Decision> acquire(String command, double quota, double appQuota, Duration maxWait,
					Runnable onWait) {
				return Mono.just(Decision.ADMITTED);
			}

			@Override
			public boolean isAvailable() {
				return true;
			}

		});
		assertThat(limiter.tryAcquireNow("openim/sendmsg")).isFalse();
	}

	@Test
	void shouldRefuseWhenTheWaitWouldBeTooLong() {
		CommandRateLimiter limiter = limiter(CommandRateLimiter.Mode.FIXED);
		StepVerifier.create(limiter.acquire("openim/slow")).expectComplete().verify(Duration.ofSeconds(1));
		assertWaits(limiter, "openim/slow", Duration.ofMillis(1000));
		StepVerifier.withVirtualTime(() -> limiter.acquire("openim/slow"))
			.expectSubscription()
			.thenAwait(Duration.ofSeconds(2))
			.expectComplete()
			.verify(Duration.ofSeconds(1));
		StepVerifier.create(limiter.acquire("openim/slow"))
			.expectError(CommandRateLimiter.LimiterSaturatedException.class)
			.verify(Duration.ofSeconds(1));
	}

	@Test
	void adaptiveModeShouldSlowDownOnThrottlingAndProbeBackUp() {
		CommandRateLimiter limiter = limiter(CommandRateLimiter.Mode.ADAPTIVE);
		limiter.acquire("openim/sendmsg").block();
		limiter.onThrottled("openim/sendmsg");
		assertThat(limiter.currentRate("openim/sendmsg")).isCloseTo(8.5, Offset.offset(1e-9));
		this.now.addAndGet(1);
		limiter.onThrottled("openim/sendmsg");
		assertThat(limiter.currentRate("openim/sendmsg")).isCloseTo(7.225, Offset.offset(1e-9));
		limiter.onSuccess("openim/sendmsg");
		assertThat(limiter.currentRate("openim/sendmsg")).isCloseTo(7.225, Offset.offset(1e-9));
		this.now.addAndGet(Duration.ofSeconds(3).toNanos());
		limiter.onSuccess("openim/sendmsg");
		assertThat(limiter.currentRate("openim/sendmsg")).isGreaterThan(7.225).isLessThanOrEqualTo(10);
		this.now.addAndGet(Duration.ofSeconds(60).toNanos());
		limiter.onSuccess("openim/sendmsg");
		assertThat(limiter.currentRate("openim/sendmsg")).isEqualTo(10.0);
	}

	@Test
	void fixedModeShouldIgnoreFeedbackAndOffModeShouldNotLimit() {
		CommandRateLimiter fixed = limiter(CommandRateLimiter.Mode.FIXED);
		fixed.onThrottled("openim/sendmsg");
		assertThat(fixed.currentRate("openim/sendmsg")).isEqualTo(10.0);
		CommandRateLimiter off = limiter(CommandRateLimiter.Mode.OFF);
		for (int i = 0; i < 1000; i++) {
			StepVerifier.create(off.acquire("openim/slow")).expectComplete().verify(Duration.ofSeconds(1));
		}
	}

	@Test
	void commandThrottlingShouldSlowOnlyThatCommandAndAppThrottlingEveryCommand() {
		CommandRateLimiter limiter = limiter(CommandRateLimiter.Mode.ADAPTIVE);
		for (int i = 0; i < 8; i++) {
			limiter.acquire("openim/sendmsg").block();
		}
		limiter.onThrottled("openim/sendmsg", 60007);
		assertThat(limiter.currentRate("openim/sendmsg")).isCloseTo(8.5, Offset.offset(1e-9));
		assertThat(limiter.currentRate("openim/querystate")).isEqualTo(10.0);
		assertThat(limiter.currentAppRate()).isInfinite();
		limiter.onThrottled("openim/querystate", 60011);
		assertThat(limiter.currentRate("openim/querystate")).isEqualTo(10.0);
		assertThat(limiter.currentAppRate()).as("seeded from the 8 calls of the last second, cut to 85 %%")
			.isCloseTo(6.8, Offset.offset(1e-9));
		for (int i = 0; i < 6; i++) {
			StepVerifier.create(limiter.acquire("openim/querystate")).expectComplete().verify(Duration.ofSeconds(1));
		}
		StepVerifier.withVirtualTime(() -> limiter.acquire("openim/querystate"))
			.expectSubscription()
			.as("the seventh call of the second waits for the app's bucket, not the command's 10/s")
			.expectNoEvent(Duration.ofMillis(25))
			.thenAwait(Duration.ofMillis(10))
			.expectComplete()
			.verify(Duration.ofSeconds(1));
		this.now.addAndGet(Duration.ofSeconds(60).toNanos());
		limiter.onSuccess("openim/querystate");
		assertThat(limiter.currentAppRate()).isGreaterThan(8.0);
	}

	@Test
	void shouldTellListenersOfEachNewCommandOnce() {
		CommandRateLimiter limiter = limiter(CommandRateLimiter.Mode.FIXED);
		java.util.List<String> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
		limiter.onNewCommand(seen::add);
		limiter.acquire("openim/sendmsg").block();
		limiter.acquire("openim/sendmsg").block();
		limiter.acquire("openim/slow").block();
		assertThat(seen).containsExactly("openim/sendmsg", "openim/slow");
		assertThat(limiter.commands()).containsExactlyInAnyOrder("openim/sendmsg", "openim/slow");
		assertThat(limiter.quota("openim/slow")).isEqualTo(1.0);
		assertThat(limiter.quota("openim/other")).isEqualTo(10.0);
	}

	@Test
	void shouldCutTheRateOnceForABurstOfThrottledAnswersToCallsSentBeforeTheCut() {
		CommandRateLimiter limiter = limiter(CommandRateLimiter.Mode.ADAPTIVE);
		long sentAt = this.now.get();
		this.now.addAndGet(Duration.ofMillis(100).toNanos());
		for (int i = 0; i < 64; i++) {
			limiter.onThrottled("openim/sendmsg", 60007, sentAt);
		}
		assertThat(limiter.currentRate("openim/sendmsg")).isCloseTo(8.5, Offset.offset(1e-9));
		long afterTheCut = this.now.addAndGet(Duration.ofMillis(10).toNanos());
		this.now.addAndGet(Duration.ofMillis(100).toNanos());
		limiter.onThrottled("openim/sendmsg", 60007, afterTheCut);
		assertThat(limiter.currentRate("openim/sendmsg")).as("a call sent after the cut was throttled too")
			.isCloseTo(7.225, Offset.offset(1e-9));
	}

	@Test
	void shouldNotChargeTheAppForCallsTheCommandBucketRefuses() {
		CommandRateLimiter limiter = new CommandRateLimiter(CommandRateLimiter.Mode.ADAPTIVE, 200,
				Map.of("timpush/push", 1.0), 20, Duration.ofSeconds(2), this.now::get);
		for (int i = 0; i < 100; i++) {
			limiter.acquire("timpush/push").onErrorComplete().subscribe().dispose();
		}
		StepVerifier.create(limiter.acquire("openim/sendmsg"))
			.as("the app bucket still has room: refused and cancelled calls gave their slots back")
			.expectComplete()
			.verify(Duration.ofSeconds(1));
	}

	@Test
	void shouldGiveBackTheSlotsOfCallsCancelledWhileWaiting() {
		CommandRateLimiter limiter = new CommandRateLimiter(CommandRateLimiter.Mode.FIXED, 200, Map.of(),
				Duration.ofSeconds(2), this.now::get);
		for (int i = 0; i < 200; i++) {
			StepVerifier.create(limiter.acquire("openim/sendmsg")).expectComplete().verify(Duration.ofSeconds(1));
		}
		java.util.List<reactor.core.Disposable> waiting = new java.util.ArrayList<>();
		reactor.test.scheduler.VirtualTimeScheduler.getOrSet();
		try {
			for (int i = 0; i < 400; i++) {
				waiting.add(limiter.acquire("openim/sendmsg").subscribe());
			}
			StepVerifier.create(limiter.acquire("openim/sendmsg"))
				.as("two seconds of slots are taken")
				.expectError(CommandRateLimiter.LimiterSaturatedException.class)
				.verify(Duration.ofSeconds(1));
			waiting.forEach(reactor.core.Disposable::dispose);
		}
		finally {
			reactor.test.scheduler.VirtualTimeScheduler.reset();
		}
		StepVerifier.withVirtualTime(() -> limiter.acquire("openim/sendmsg"))
			.expectSubscription()
			.as("the cancelled calls gave their slots back: the next call waits one interval")
			.thenAwait(Duration.ofMillis(5))
			.expectComplete()
			.verify(Duration.ofSeconds(1));
	}

	@Test
	void shouldKeepOneBucketForAllCommandsTheCatalogDoesNotKnow() {
		CommandRateLimiter limiter = limiter(CommandRateLimiter.Mode.ADAPTIVE);
		java.util.List<String> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
		limiter.onNewCommand(seen::add);
		for (int i = 0; i < 3000; i++) {
			limiter.acquire("made_up_svc/command_" + i).onErrorComplete().subscribe().dispose();
		}
		limiter.acquire("openim/sendmsg").block();
		limiter.acquire("openim/slow").block();
		assertThat(limiter.commands()).containsExactlyInAnyOrder("other", "openim/sendmsg", "openim/slow");
		assertThat(seen).containsExactly("other", "openim/sendmsg", "openim/slow");
		assertThat(limiter.scopeOf("made_up_svc/command_7")).isEqualTo("other");
		assertThat(limiter.scopeOf("openim/slow")).as("configured quota").isEqualTo("openim/slow");
	}

}
