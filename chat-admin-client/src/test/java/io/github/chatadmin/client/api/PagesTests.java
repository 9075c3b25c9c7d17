package io.github.chatadmin.client.api;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests of {@link Pages#walk}: pages are read one at a time, only on demand, and a cursor
 * that does not move ends the walk with an error.
 */
class PagesTests {

	private final List<Integer> reads = new ArrayList<>();

	private Mono<List<String>> page(int cursor) {
		return Mono.defer(() -> {
			this.reads.add(cursor);
			return Mono.just(IntStream.range(0, 3).mapToObj((i) -> cursor + "." + i).toList());
		});
	}

	private Flux<String> walk(int last) {
		return Pages.walk(0, this::page, (page) -> page,
				(cursor, page) -> (cursor < last) ? Integer.valueOf(cursor + 1) : null);
	}

	@Test
	void shouldReadAPageOnlyWhenTheSubscriberWantsMoreThanThePagesReadHold() {
		StepVerifier.create(walk(5), 0)
			.then(() -> assertThat(this.reads).isEmpty())
			.thenRequest(3)
			.expectNext("0.0", "0.1", "0.2")
			.then(() -> assertThat(this.reads).containsExactly(0))
			.thenRequest(1)
			.expectNext("1.0")
			.then(() -> assertThat(this.reads).containsExactly(0, 1))
			.thenRequest(2)
			.expectNext("1.1", "1.2")
			.then(() -> assertThat(this.reads).containsExactly(0, 1))
			.thenCancel()
			.verify(Duration.ofSeconds(5));
		assertThat(this.reads).containsExactly(0, 1);
	}

	@Test
	void shouldEndAfterTheLastPage() {
		StepVerifier.create(walk(2)).expectNextCount(9).verifyComplete();
		assertThat(this.reads).containsExactly(0, 1, 2);
	}

	@Test
	void shouldEndWhenAPageReadCompletesEmpty() {
		StepVerifier.create(Pages.walk(0, (cursor) -> (cursor == 0) ? page(0) : Mono.<List<String>>empty(),
				(page) -> page, (cursor, page) -> cursor + 1))
			.expectNextCount(3)
			.verifyComplete();
	}

	@Test
	void shouldFailAfterThePageItsCursorDoesNotMoveFrom() {
		StepVerifier.create(Pages.walk(7, this::page, (page) -> page, (cursor, page) -> cursor))
			.expectNext("7.0", "7.1", "7.2")
			.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOf(IllegalStateException.class)
				.hasMessageContaining("did not move"))
			.verify(Duration.ofSeconds(5));
		assertThat(this.reads).containsExactly(7);
	}

	@Test
	void shouldFailWithTheErrorOfAPageRead() {
		StepVerifier
			.create(Pages.walk(0, (cursor) -> (cursor == 0) ? page(0) : Mono.error(new IllegalStateException("boom")),
					(page) -> page, (cursor, page) -> cursor + 1))
			.expectNextCount(3)
			.expectErrorMessage("boom")
			.verify(Duration.ofSeconds(5));
	}

	@Test
	void cancellingShouldCancelThePageReadInFlight() {
		AtomicBoolean subscribed = new AtomicBoolean();
		AtomicBoolean cancelled = new AtomicBoolean();
		StepVerifier
			.create(Pages.walk(0,
					(cursor) -> Mono.<List<String>>never()
						.doOnSubscribe((subscription) -> subscribed.set(true))
						.doOnCancel(() -> cancelled.set(true)),
					(page) -> page, (cursor, page) -> null), 0)
			.thenRequest(1)
			.then(() -> assertThat(subscribed).isTrue())
			.thenCancel()
			.verify(Duration.ofSeconds(5));
		assertThat(cancelled).isTrue();
	}

}
