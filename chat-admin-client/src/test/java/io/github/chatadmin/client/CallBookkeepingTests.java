package io.github.chatadmin.client;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeoutException;

import io.micrometer.observation.Observation;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;
import reactor.test.publisher.PublisherProbe;

import io.github.chatadmin.client.observation.ChatAdminObservationContext.Outcome;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The call's bookkeeping operator: the first of the call's answer, its deadline and its
 * cancellation ends it, and the template hears of it once.
 */
class CallBookkeepingTests {

	private final List<String> heard = new CopyOnWriteArrayList<>();

	private final CallBookkeeping.Listener listener = new CallBookkeeping.Listener() {

		@Override
		public void finished(@Nullable Outcome outcome, @Nullable Throwable error) {
			CallBookkeepingTests.this.heard
				.add("finished " + outcome + " " + ((error != null) ? error.getClass().getSimpleName() : "-"));
		}

		@Override
		public void failing(Throwable error) {
			CallBookkeepingTests.this.heard.add("failing " + error.getClass().getSimpleName());
		}

	};

	private <T> Mono<T> booked(Mono<T> source) {
		return new CallBookkeeping<>(source, Observation.NOOP, Duration.ofSeconds(30), TimeoutException::new,
				this.listener);
	}

	@Test
	void shouldEndTheCallWithTheDeadlineFailureAndCancelTheAttempts() {
		PublisherProbe<String> attempts = PublisherProbe.of(Mono.never());
		StepVerifier.withVirtualTime(() -> booked(attempts.mono()))
			.expectSubscription()
			.expectNoEvent(Duration.ofSeconds(29))
			.thenAwait(Duration.ofSeconds(1))
			.expectError(TimeoutException.class)
			.verify(Duration.ofSeconds(5));
		attempts.assertWasCancelled();
		assertThat(this.heard).containsExactly("failing TimeoutException", "finished null TimeoutException");
	}

	@Test
	void shouldStopTheDeadlineWhenTheCallAnswers() {
		StepVerifier.withVirtualTime(() -> booked(Mono.delay(Duration.ofSeconds(10)).thenReturn("ok")))
			.expectSubscription()
			.thenAwait(Duration.ofSeconds(10))
			.expectNext("ok")
			.expectComplete()
			.verify(Duration.ofSeconds(5));
		assertThat(this.heard).containsExactly("finished SUCCESS -");
	}

	@Test
	void shouldHearOfACancelledCallOnceAndNotOfItsDeadline() {
		PublisherProbe<String> attempts = PublisherProbe.of(Mono.never());
		StepVerifier.withVirtualTime(() -> booked(attempts.mono()))
			.expectSubscription()
			.thenAwait(Duration.ofSeconds(5))
			.thenCancel()
			.verify(Duration.ofSeconds(5));
		attempts.assertWasCancelled();
		assertThat(this.heard).containsExactly("finished CANCELLED -");
	}

	@Test
	void shouldPassAFailureOnOnce() {
		StepVerifier.withVirtualTime(() -> booked(Mono.<String>error(new IllegalStateException("no"))))
			.expectSubscription()
			.expectError(IllegalStateException.class)
			.verify(Duration.ofSeconds(5));
		assertThat(this.heard).containsExactly("failing IllegalStateException", "finished null IllegalStateException");
	}

}
