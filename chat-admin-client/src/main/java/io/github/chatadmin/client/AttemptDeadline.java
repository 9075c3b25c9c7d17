package io.github.chatadmin.client;

import java.time.Duration;
import java.util.function.Function;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import reactor.core.CoreSubscriber;
import reactor.core.publisher.Mono;
import reactor.core.publisher.MonoOperator;
import reactor.util.context.Context;

/**
 * One operator for an attempt's deadline and the mapping of its failures, instead of a
 * {@code timeout} with a fallback and an {@code onErrorMap}.
 *
 * @param <T> the attempt's result
 * @author chat-admin
 */
final class AttemptDeadline<T> extends MonoOperator<T, T> {

	private final long deadlineNanos;

	private final Supplier<? extends Throwable> deadlineFailure;

	private final Function<Throwable, Throwable> errorMap;

	/**
	 * Wrap an attempt.
	 * @param source the attempt
	 * @param deadline how long it may take, from its subscription
	 * @param deadlineFailure the failure it ends with when its deadline passes
	 * @param errorMap maps the failure it ends with, once it has ended (a late failure is
	 * dropped unmapped)
	 */
	AttemptDeadline(Mono<? extends T> source, Duration deadline, Supplier<? extends Throwable> deadlineFailure,
			Function<Throwable, Throwable> errorMap) {
		super(source);
		this.deadlineNanos = deadline.toNanos();
		this.deadlineFailure = deadlineFailure;
		this.errorMap = errorMap;
	}

	@Override
	public void subscribe(CoreSubscriber<? super T> actual) {
		this.source.subscribe(new Main<>(actual, this.deadlineNanos, this.deadlineFailure, this.errorMap));
	}

	private static final class Main<T> extends DeadlineSubscriber<T> {

		private final Supplier<? extends Throwable> deadlineFailure;

		private final Function<Throwable, Throwable> errorMap;

		Main(CoreSubscriber<? super T> actual, long deadlineNanos, Supplier<? extends Throwable> deadlineFailure,
				Function<Throwable, Throwable> errorMap) {
			super(actual, deadlineNanos);
			this.deadlineFailure = deadlineFailure;
			this.errorMap = errorMap;
		}

		@Override
		public Context currentContext() {
			return this.actual.currentContext();
		}

		@Override
		protected void succeeded(@Nullable T value) {
			if (value != null) {
				this.actual.onNext(value);
			}
			this.actual.onComplete();
		}

		@Override
		protected void failed(Throwable error) {
			this.actual.onError(this.errorMap.apply(error));
		}

		@Override
		protected Throwable deadlinePassed() {
			return this.deadlineFailure.get();
		}

	}

}
