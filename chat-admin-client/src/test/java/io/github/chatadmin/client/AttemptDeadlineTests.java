package io.github.chatadmin.client;

import java.time.Duration;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;
import reactor.test.publisher.PublisherProbe;
import reactor.test.publisher.TestPublisher;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An attempt's deadline and the mapping of its failures, in one operator.
 */
class AttemptDeadlineTests {

	private final AtomicInteger mapped = new AtomicInteger();

	private <T> Mono<T> guarded(Mono<T> source) {
		return new AttemptDeadline<>(source, Duration.ofSeconds(6), TimeoutException::new, (ex) -> {
			this.mapped.incrementAndGet();
			return new IllegalStateException("mapped", ex);
		});
	}

	@Test
	void shouldCancelTheAttemptAndFailWhenItsDeadlinePasses() {
		PublisherProbe<String> attempt = PublisherProbe.of(Mono.never());
		StepVerifier.withVirtualTime(() -> guarded(attempt.mono()))
			.expectSubscription()
			.expectNoEvent(Duration.ofSeconds(5))
			.thenAwait(Duration.ofSeconds(1))
			.expectErrorSatisfies((ex) -> assertThat(ex).hasCauseInstanceOf(TimeoutException.class))
			.verify(Duration.ofSeconds(5));
		attempt.assertWasCancelled();
	}

	@Test
	void shouldMapTheFailureThatEndsTheAttemptAndDropALateOneUnmapped() {
		TestPublisher<String> attempt = TestPublisher.createNoncompliant(TestPublisher.Violation.CLEANUP_ON_TERMINATE);
		StepVerifier.create(guarded(attempt.mono()))
			.then(() -> attempt.error(new RuntimeException("first")))
			.expectErrorMessage("mapped")
			.verifyThenAssertThat(Duration.ofSeconds(5))
			.hasNotDroppedErrors();
		attempt.error(new RuntimeException("late"));
		assertThat(this.mapped).hasValue(1);
	}

	@Test
	void shouldPassTheAnswerOnAndStopTheDeadline() {
		StepVerifier.withVirtualTime(() -> guarded(Mono.delay(Duration.ofSeconds(2)).thenReturn("ok")))
			.expectSubscription()
			.thenAwait(Duration.ofSeconds(2))
			.expectNext("ok")
			.expectComplete()
			.verify(Duration.ofSeconds(5));
		assertThat(this.mapped).hasValue(0);
	}

}
