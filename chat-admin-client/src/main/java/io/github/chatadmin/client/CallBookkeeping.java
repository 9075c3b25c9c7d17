package io.github.chatadmin.client;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicIntegerFieldUpdater;
import java.util.function.Supplier;

import io.micrometer.observation.Observation;
import io.micrometer.observation.contextpropagation.ObservationThreadLocalAccessor;
import org.jspecify.annotations.Nullable;
import org.reactivestreams.Subscription;
import reactor.core.CoreSubscriber;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.core.publisher.MonoOperator;
import reactor.core.publisher.Operators;
import reactor.core.scheduler.Schedulers;
import reactor.util.context.Context;

import io.github.chatadmin.client.observation.ChatAdminObservationContext.Outcome;

/**
 * One operator for a call's bookkeeping, instead of a chain of {@code doOn*} operators, a
 * {@code contextWrite} and a {@code timeout}: it puts the call's observation in the
 * context of the attempts, ends the call with a failure when its deadline passes first
 * (cancelling the attempts), and on the first terminal signal, deadline or cancellation
 * it tells the template once, before the signal goes on.
 *
 * @param <T> the call's result
 * @author chat-admin
 */
final class CallBookkeeping<T> extends MonoOperator<T, T> {

	private final Observation observation;

	private final Listener listener;

	private final long deadlineNanos;

	private final Supplier<? extends Throwable> deadlineFailure;

	/**
	 * Wrap a call.
	 * @param source the call with its retries
	 * @param observation the call's observation, put in the context
	 * @param deadline how long the call may take, from its subscription, on
	 * {@link Schedulers#parallel()}
	 * @param deadlineFailure the failure the call ends with when its deadline passes
	 * @param listener told how the call ended
	 */
	CallBookkeeping(Mono<? extends T> source, Observation observation, Duration deadline,
			Supplier<? extends Throwable> deadlineFailure, Listener listener) {
		super(source);
		this.observation = observation;
		this.deadlineNanos = deadline.toNanos();
		this.deadlineFailure = deadlineFailure;
		this.listener = listener;
	}

	@Override
	public void subscribe(CoreSubscriber<? super T> actual) {
		this.source
			.subscribe(new Main<>(actual, this.observation, this.deadlineNanos, this.deadlineFailure, this.listener));
	}

	/**
	 * What the template does when a call ends, exactly once.
	 */
	interface Listener {

		/**
		 * The call ended.
		 * @param outcome how, or {@code null} to tell from the failure
		 * @param error the failure, or {@code null}
		 */
		void finished(@Nullable Outcome outcome, @Nullable Throwable error);

		/**
		 * The call fails, before it is told it ended.
		 * @param error the failure
		 */
		void failing(Throwable error);

	}

	private static final class Main<T> implements CoreSubscriber<T>, Subscription, Runnable {

		@SuppressWarnings("rawtypes")
		private static final AtomicIntegerFieldUpdater<Main> ENDED = AtomicIntegerFieldUpdater.newUpdater(Main.class,
				"ended");

		private final CoreSubscriber<? super T> actual;

		private final Context context;

		private final long deadlineNanos;

		private final Supplier<? extends Throwable> deadlineFailure;

		private final Listener listener;

		private @Nullable Subscription upstream;

		private volatile @Nullable Disposable deadline;

		private volatile int ended;

		Main(CoreSubscriber<? super T> actual, Observation observation, long deadlineNanos,
				Supplier<? extends Throwable> deadlineFailure, Listener listener) {
			this.actual = actual;
			this.context = actual.currentContext().put(ObservationThreadLocalAccessor.KEY, observation);
			this.deadlineNanos = deadlineNanos;
			this.deadlineFailure = deadlineFailure;
			this.listener = listener;
		}

		@Override
		public Context currentContext() {
			return this.context;
		}

		@Override
		public void onSubscribe(Subscription subscription) {
			if (Operators.validate(this.upstream, subscription)) {
				this.upstream = subscription;
				this.deadline = Schedulers.parallel().schedule(this, this.deadlineNanos, TimeUnit.NANOSECONDS);
				this.actual.onSubscribe(this);
			}
		}

		@Override
		public void onNext(T value) {
			if (!end()) {
				Operators.onNextDropped(value, this.context);
				return;
			}
			this.listener.finished(Outcome.SUCCESS, null);
			this.actual.onNext(value);
			this.actual.onComplete();
		}

		@Override
		public void onError(Throwable error) {
			if (!end()) {
				Operators.onErrorDropped(error, this.context);
				return;
			}
			fail(error);
		}

		@Override
		public void onComplete() {
			if (!end()) {
				return;
			}
			this.listener.finished(Outcome.SUCCESS, null);
			this.actual.onComplete();
		}

		/**
		 * The deadline passed.
		 */
		@Override
		public void run() {
			if (!end()) {
				return;
			}
			Subscription upstream = this.upstream;
			if (upstream != null) {
				upstream.cancel();
			}
			fail(this.deadlineFailure.get());
		}

		@Override
		public void request(long n) {
			Subscription upstream = this.upstream;
			if (upstream != null) {
				upstream.request(n);
			}
		}

		@Override
		public void cancel() {
			if (end()) {
				this.listener.finished(Outcome.CANCELLED, null);
			}
			Subscription upstream = this.upstream;
			if (upstream != null) {
				upstream.cancel();
			}
		}

		private void fail(Throwable error) {
			this.listener.failing(error);
			this.listener.finished(null, error);
			this.actual.onError(error);
		}

		/**
		 * End the call, once: the first of its terminal signal, its deadline and its
		 * cancellation wins, and stops the deadline's timer.
		 * @return whether this ended the call
		 */
		private boolean end() {
			if (this.ended != 0 || !ENDED.compareAndSet(this, 0, 1)) {
				return false;
			}
			Disposable deadline = this.deadline;
			if (deadline != null) {
				deadline.dispose();
			}
			return true;
		}

	}

}
