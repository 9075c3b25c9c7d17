package io.github.chatadmin.client;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntFunction;

import org.jspecify.annotations.Nullable;
import org.reactivestreams.Subscription;
import reactor.core.CoreSubscriber;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Operators;
import reactor.core.scheduler.Schedulers;
import reactor.util.context.Context;

/**
 * The attempts of one call, one after the other: it subscribes to the first attempt, and
 * when an attempt fails and the {@link Decider} gives a delay, to the next one after that
 * delay (on the parallel scheduler, as {@code Mono.delay} would). Unlike
 * {@code retryWhen}, it allocates nothing beyond its one subscriber when the first
 * attempt succeeds.
 *
 * @param <T> the call's result
 * @author chat-admin
 */
final class RetryLoop<T> extends Mono<T> {

	private final IntFunction<Mono<T>> attempts;

	private final Decider decider;

	/**
	 * Create the loop.
	 * @param attempts makes the attempt of a number, 1 for the first one
	 * @param decider tells whether and when a failed attempt is followed by another one
	 */
	RetryLoop(IntFunction<Mono<T>> attempts, Decider decider) {
		this.attempts = attempts;
		this.decider = decider;
	}

	@Override
	public void subscribe(CoreSubscriber<? super T> actual) {
		Main<T> main = new Main<>(actual, this.attempts, this.decider);
		actual.onSubscribe(main);
		main.next();
	}

	/**
	 * Whether and when a failed attempt is followed by another one.
	 */
	interface Decider {

		/**
		 * Decide about a failed attempt.
		 * @param failure the attempt's failure
		 * @param retries the retries made so far
		 * @param resigned the call's flag of whether it was re-signed already
		 * @return the delay before the next attempt, or {@code null} to fail the call
		 * with {@code failure}
		 */
		@Nullable Duration retryDelay(Throwable failure, long retries, AtomicBoolean resigned);

	}

	private static final class Main<T> implements CoreSubscriber<T>, Subscription, Runnable {

		private final CoreSubscriber<? super T> actual;

		private final IntFunction<Mono<T>> attempts;

		private final Decider decider;

		private int attempt;

		private @Nullable AtomicBoolean resigned;

		private volatile @Nullable Subscription current;

		private volatile @Nullable Disposable timer;

		private volatile boolean requested;

		private volatile boolean cancelled;

		Main(CoreSubscriber<? super T> actual, IntFunction<Mono<T>> attempts, Decider decider) {
			this.actual = actual;
			this.attempts = attempts;
			this.decider = decider;
		}

		@Override
		public Context currentContext() {
			return this.actual.currentContext();
		}

		/**
		 * Subscribe to the next attempt.
		 */
		void next() {
			if (this.cancelled) {
				return;
			}
			Mono<T> source;
			try {
				source = this.attempts.apply(++this.attempt);
			}
			catch (Throwable ex) {
				onError(Operators.onOperatorError(ex, this.actual.currentContext()));
				return;
			}
			source.subscribe(this);
		}

		@Override
		public void run() {
			this.timer = null;
			next();
		}

		@Override
		public void onSubscribe(Subscription subscription) {
			this.current = subscription;
			if (this.cancelled) {
				subscription.cancel();
				return;
			}
			if (this.requested) {
				subscription.request(Long.MAX_VALUE);
			}
		}

		@Override
		public void onNext(T value) {
			this.actual.onNext(value);
		}

		@Override
		public void onError(Throwable failure) {
			if (this.cancelled) {
				Operators.onErrorDropped(failure, this.actual.currentContext());
				return;
			}
			this.current = null;
			AtomicBoolean resigned = this.resigned;
			if (resigned == null) {
				resigned = new AtomicBoolean();
				this.resigned = resigned;
			}
			Duration delay = this.decider.retryDelay(failure, this.attempt - 1, resigned);
			if (delay == null) {
				this.actual.onError(failure);
				return;
			}
			try {
				this.timer = Schedulers.parallel().schedule(this, delay.toNanos(), TimeUnit.NANOSECONDS);
			}
			catch (Throwable ex) {
				this.actual.onError(Operators.onRejectedExecution(ex, this.actual.currentContext()));
				return;
			}
			if (this.cancelled) {
				disposeTimer();
			}
		}

		@Override
		public void onComplete() {
			this.actual.onComplete();
		}

		@Override
		public void request(long n) {
			if (!Operators.validate(n) || this.requested) {
				return;
			}
			this.requested = true;
			Subscription current = this.current;
			if (current != null) {
				current.request(Long.MAX_VALUE);
			}
		}

		@Override
		public void cancel() {
			this.cancelled = true;
			Subscription current = this.current;
			if (current != null) {
				current.cancel();
			}
			disposeTimer();
		}

		private void disposeTimer() {
			Disposable timer = this.timer;
			if (timer != null) {
				timer.dispose();
			}
		}

	}

}
