package io.github.chatadmin.client.api;

import java.util.Collection;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import reactor.core.Disposable;
import reactor.core.Disposables;
import reactor.core.publisher.Flux;
import reactor.core.publisher.FluxSink;
import reactor.core.publisher.Mono;

/**
 * Support for the typed operations: a {@link Flux} over the items of a paged read that
 * follows the vendor's cursor, one page at a time, and reads a page only when the
 * subscriber asks for more items than the pages already read hold.
 * <p>
 * Reactor's {@code expand} followed by {@code concatMapIterable} prefetches pages (up to
 * 256) ahead of the subscriber's demand, and {@code concatMap} without prefetch still
 * reads one page ahead; this walk reads none ahead.
 *
 * @author chat-admin
 * @since 0.1.0
 */
public final class Pages {

	private Pages() {
	}

	/**
	 * Return the items of every page, in page order.
	 * <p>
	 * The first page is read with {@code first}; after each page, {@code next} gives the
	 * cursor of the following page, or {@code null} when the page was the last. A
	 * {@code next} that throws, or that returns the cursor it was given, ends the flux
	 * with that error (or an {@link IllegalStateException}) after the page's items, so
	 * that a cursor that does not move never loops. A page read that completes empty ends
	 * the flux. Cancelling the flux cancels the page read in flight.
	 * @param <C> the cursor type, a request
	 * @param <P> the page type
	 * @param <T> the item type
	 * @param first the cursor of the first page
	 * @param fetch reads the page of a cursor
	 * @param items the items of a page
	 * @param next the cursor of the page after a page, or {@code null} at the end
	 * @return the items, read as the subscriber asks for them
	 */
	public static <C, P, T> Flux<T> walk(C first, Function<? super C, ? extends Mono<? extends P>> fetch,
			Function<? super P, ? extends Collection<? extends T>> items,
			BiFunction<? super C, ? super P, ? extends @Nullable C> next) {
		return Flux.create((sink) -> new Walk<C, P, T>(sink, first, fetch, items, next).start(),
				FluxSink.OverflowStrategy.BUFFER);
	}

	private static final class Walk<C, P, T> {

		private final FluxSink<T> sink;

		private final Function<? super C, ? extends Mono<? extends P>> fetch;

		private final Function<? super P, ? extends Collection<? extends T>> items;

		private final BiFunction<? super C, ? super P, ? extends @Nullable C> next;

		private final Queue<T> buffer = new ConcurrentLinkedQueue<>();

		private final AtomicInteger wip = new AtomicInteger();

		private final Disposable.Swap inFlight = Disposables.swap();

		private volatile @Nullable C cursor;

		private volatile boolean fetching;

		private volatile @Nullable Throwable error;

		private boolean done;

		Walk(FluxSink<T> sink, C first, Function<? super C, ? extends Mono<? extends P>> fetch,
				Function<? super P, ? extends Collection<? extends T>> items,
				BiFunction<? super C, ? super P, ? extends @Nullable C> next) {
			this.sink = sink;
			this.cursor = first;
			this.fetch = fetch;
			this.items = items;
			this.next = next;
		}

		void start() {
			this.sink.onDispose(this.inFlight);
			this.sink.onRequest((n) -> drain());
		}

		private void drain() {
			if (this.wip.getAndIncrement() != 0) {
				return;
			}
			int missed = 1;
			do {
				if (!this.done) {
					step();
				}
				missed = this.wip.addAndGet(-missed);
			}
			while (missed != 0);
		}

		private void step() {
			if (this.sink.isCancelled()) {
				this.done = true;
				this.buffer.clear();
				return;
			}
			T item;
			while (this.sink.requestedFromDownstream() > 0 && (item = this.buffer.poll()) != null) {
				this.sink.next(item);
			}
			if (!this.buffer.isEmpty() || this.fetching) {
				return;
			}
			Throwable failure = this.error;
			if (failure != null) {
				this.done = true;
				this.sink.error(failure);
				return;
			}
			C current = this.cursor;
			if (current == null) {
				this.done = true;
				this.sink.complete();
				return;
			}
			if (this.sink.requestedFromDownstream() == 0) {
				return;
			}
			this.fetching = true;
			Mono<? extends P> page;
			try {
				page = this.fetch.apply(current);
			}
			catch (RuntimeException ex) {
				this.done = true;
				this.sink.error(ex);
				return;
			}
			this.inFlight.update(page.map(Optional::<P>of)
				.defaultIfEmpty(Optional.empty())
				.subscribe((result) -> onPage(current, result.orElse(null)), this::onError));
		}

		private void onPage(C current, @Nullable P page) {
			if (page == null) {
				this.cursor = null;
			}
			else {
				try {
					this.buffer.addAll(this.items.apply(page));
					C following = this.next.apply(current, page);
					if (following != null && following.equals(current)) {
						throw new IllegalStateException("The cursor did not move: the page after " + current
								+ " would be read with the same request");
					}
					this.cursor = following;
				}
				catch (RuntimeException ex) {
					this.error = ex;
				}
			}
			this.fetching = false;
			drain();
		}

		private void onError(Throwable ex) {
			this.error = ex;
			this.fetching = false;
			drain();
		}

	}

}
