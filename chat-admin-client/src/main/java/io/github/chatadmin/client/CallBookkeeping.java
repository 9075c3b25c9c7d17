package io.github.chatadmin.client;

import java.time.Duration;
import java.util.function.Supplier;

import io.micrometer.observation.Observation;
import io.micrometer.observation.contextpropagation.ObservationThreadLocalAccessor;
import org.jspecify.annotations.Nullable;
import reactor.core.CoreSubscriber;
import reactor.core.publisher.Mono;
import reactor.core.publisher.MonoOperator;
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
	 * {@code Schedulers.parallel()}
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

	private static final class Main<T> extends DeadlineSubscriber<T> {

		private final Context context;

		private final Supplier<? extends Throwable> deadlineFailure;

		private final Listener listener;

		Main(CoreSubscriber<? super T> actual, Observation observation, long deadlineNanos,
				Supplier<? extends Throwable> deadlineFailure, Listener listener) {
			super(actual, deadlineNanos);
			this.context = actual.currentContext().put(ObservationThreadLocalAccessor.KEY, observation);
			this.deadlineFailure = deadlineFailure;
			this.listener = listener;
		}

		@Override
		public Context currentContext() {
			return this.context;
		}

		@Override
		protected void succeeded(@Nullable T value) {
			this.listener.finished(Outcome.SUCCESS, null);
			if (value != null) {
				this.actual.onNext(value);
			}
			this.actual.onComplete();
		}

		@Override
		protected void failed(Throwable error) {
			this.listener.failing(error);
			this.listener.finished(null, error);
			this.actual.onError(error);
		}

		@Override
		protected Throwable deadlinePassed() {
			return this.deadlineFailure.get();
		}

		@Override
		protected void cancelled() {
			this.listener.finished(Outcome.CANCELLED, null);
		}

	}

}
