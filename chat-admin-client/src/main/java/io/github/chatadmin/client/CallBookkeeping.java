package io.github.chatadmin.client;

import java.util.concurrent.atomic.AtomicIntegerFieldUpdater;

import io.micrometer.observation.Observation;
import io.micrometer.observation.contextpropagation.ObservationThreadLocalAccessor;
import org.jspecify.annotations.Nullable;
import org.reactivestreams.Subscription;
import reactor.core.CoreSubscriber;
import reactor.core.publisher.Mono;
import reactor.core.publisher.MonoOperator;
import reactor.core.publisher.Operators;
import reactor.util.context.Context;

import io.github.chatadmin.client.observation.ChatAdminObservationContext.Outcome;

/**
 * One operator for a call's bookkeeping, instead of a chain of {@code doOn*} operators
 * and a {@code contextWrite}: it puts the call's observation in the context of the
 * attempts, and on the first terminal signal or cancellation it tells the template once,
 * before the signal goes on.
 *
 * @param <T> the call's result
 * @author chat-admin
 */
final class CallBookkeeping<T> extends MonoOperator<T, T> {

	private final Observation observation;

	private final Listener listener;

	/**
	 * Wrap a call.
	 * @param source the call with its retries and deadline
	 * @param observation the call's observation, put in the context
	 * @param listener told how the call ended
	 */
	CallBookkeeping(Mono<? extends T> source, Observation observation, Listener listener) {
		super(source);
		this.observation = observation;
		this.listener = listener;
	}

	@Override
	public void subscribe(CoreSubscriber<? super T> actual) {
		this.source.subscribe(new Main<>(actual, this.observation, this.listener));
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

	private static final class Main<T> implements CoreSubscriber<T>, Subscription {

		@SuppressWarnings("rawtypes")
		private static final AtomicIntegerFieldUpdater<Main> FINISHED = AtomicIntegerFieldUpdater.newUpdater(Main.class,
				"finished");

		private final CoreSubscriber<? super T> actual;

		private final Context context;

		private final Listener listener;

		private @Nullable Subscription upstream;

		private boolean valued;

		private volatile int finished;

		Main(CoreSubscriber<? super T> actual, Observation observation, Listener listener) {
			this.actual = actual;
			this.context = actual.currentContext().put(ObservationThreadLocalAccessor.KEY, observation);
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
				this.actual.onSubscribe(this);
			}
		}

		@Override
		public void onNext(T value) {
			if (this.valued) {
				Operators.onNextDropped(value, this.context);
				return;
			}
			this.valued = true;
			finish(Outcome.SUCCESS, null);
			this.actual.onNext(value);
			this.actual.onComplete();
		}

		@Override
		public void onError(Throwable error) {
			if (this.valued) {
				Operators.onErrorDropped(error, this.context);
				return;
			}
			this.valued = true;
			this.listener.failing(error);
			finish(null, error);
			this.actual.onError(error);
		}

		@Override
		public void onComplete() {
			if (this.valued) {
				return;
			}
			this.valued = true;
			finish(Outcome.SUCCESS, null);
			this.actual.onComplete();
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
			finish(Outcome.CANCELLED, null);
			Subscription upstream = this.upstream;
			if (upstream != null) {
				upstream.cancel();
			}
		}

		private void finish(@Nullable Outcome outcome, @Nullable Throwable error) {
			if (this.finished == 0 && FINISHED.compareAndSet(this, 0, 1)) {
				this.listener.finished(outcome, error);
			}
		}

	}

}
