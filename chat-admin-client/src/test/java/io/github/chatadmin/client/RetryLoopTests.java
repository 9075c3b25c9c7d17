package io.github.chatadmin.client;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;
import reactor.test.publisher.PublisherProbe;
import reactor.test.scheduler.VirtualTimeScheduler;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link RetryLoop}.
 */
class RetryLoopTests {

	@Test
	void shouldSubscribeOnceWhenTheFirstAttemptSucceeds() {
		List<Integer> attempts = new CopyOnWriteArrayList<>();
		RetryLoop<String> loop = new RetryLoop<>((attempt) -> {
			attempts.add(attempt);
			return Mono.just("ok");
		}, (failure, retries, resigned) -> Duration.ZERO);
		StepVerifier.create(loop).expectNext("ok").verifyComplete();
		assertThat(attempts).containsExactly(1);
	}

	@Test
	void shouldNotEmitBeforeItIsRequested() {
		RetryLoop<String> loop = new RetryLoop<>((attempt) -> Mono.just("ok"), (failure, retries, resigned) -> null);
		// StepVerifier fails on a value beyond what was requested
		StepVerifier.create(loop, 0).expectSubscription().thenRequest(1).expectNext("ok").verifyComplete();
	}

	@Test
	void shouldRetryWhileTheDeciderGivesADelayAndSurfaceTheLastFailure() {
		List<Long> retries = new CopyOnWriteArrayList<>();
		List<AtomicBoolean> flags = new CopyOnWriteArrayList<>();
		RetryLoop<String> loop = new RetryLoop<>(
				(attempt) -> Mono.error(new IllegalStateException("attempt " + attempt)),
				(failure, retry, resigned) -> {
					retries.add(retry);
					flags.add(resigned);
					return (retry < 2) ? Duration.ofMillis(1) : null;
				});
		StepVerifier.create(loop).verifyErrorMessage("attempt 3");
		assertThat(retries).containsExactly(0L, 1L, 2L);
		assertThat(flags).as("one re-sign flag per call")
			.hasSize(3)
			.allSatisfy((flag) -> assertThat(flag).isSameAs(flags.get(0)));
	}

	@Test
	void shouldSucceedOnALaterAttempt() {
		RetryLoop<Integer> loop = new RetryLoop<>(
				(attempt) -> (attempt < 3) ? Mono.error(new IllegalStateException()) : Mono.just(attempt),
				(failure, retries, resigned) -> Duration.ZERO);
		StepVerifier.create(loop).expectNext(3).verifyComplete();
	}

	@Test
	void shouldTreatAnAttemptThatCannotBeMadeAsAFailedAttempt() {
		RetryLoop<Integer> loop = new RetryLoop<>((attempt) -> {
			if (attempt == 1) {
				throw new IllegalArgumentException("bad");
			}
			return Mono.just(attempt);
		}, (failure, retries, resigned) -> (failure instanceof IllegalArgumentException) ? Duration.ZERO : null);
		StepVerifier.create(loop).expectNext(2).verifyComplete();
	}

	@Test
	void cancellingShouldCancelTheAttemptInFlight() {
		PublisherProbe<String> probe = PublisherProbe.of(Mono.never());
		RetryLoop<String> loop = new RetryLoop<>((attempt) -> probe.mono(), (failure, retries, resigned) -> null);
		Disposable call = loop.subscribe();
		probe.assertWasSubscribed();
		call.dispose();
		probe.assertWasCancelled();
	}

	@Test
	void cancellingDuringTheBackoffShouldStopTheRetries() {
		VirtualTimeScheduler time = VirtualTimeScheduler.getOrSet();
		try {
			AtomicInteger attempts = new AtomicInteger();
			RetryLoop<String> loop = new RetryLoop<>((attempt) -> {
				attempts.incrementAndGet();
				return Mono.error(new IllegalStateException());
			}, (failure, retries, resigned) -> Duration.ofSeconds(1));
			Disposable call = loop.subscribe(null, (ex) -> {
			});
			assertThat(attempts).hasValue(1);
			time.advanceTimeBy(Duration.ofMillis(500));
			call.dispose();
			time.advanceTimeBy(Duration.ofSeconds(10));
			assertThat(attempts).as("no attempt after the cancel").hasValue(1);
		}
		finally {
			VirtualTimeScheduler.reset();
		}
	}

	@Test
	void shouldWaitForTheDelayBeforeTheNextAttempt() {
		VirtualTimeScheduler time = VirtualTimeScheduler.getOrSet();
		try {
			AtomicInteger attempts = new AtomicInteger();
			RetryLoop<Integer> loop = new RetryLoop<>((attempt) -> {
				attempts.incrementAndGet();
				return (attempt < 2) ? Mono.error(new IllegalStateException()) : Mono.just(attempt);
			}, (failure, retries, resigned) -> Duration.ofSeconds(1));
			loop.subscribe();
			time.advanceTimeBy(Duration.ofMillis(999));
			assertThat(attempts).hasValue(1);
			time.advanceTimeBy(Duration.ofMillis(1));
			assertThat(attempts).hasValue(2);
		}
		finally {
			VirtualTimeScheduler.reset();
		}
	}

}
