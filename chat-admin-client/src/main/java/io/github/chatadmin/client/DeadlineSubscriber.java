package io.github.chatadmin.client;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicIntegerFieldUpdater;

import org.jspecify.annotations.Nullable;
import org.reactivestreams.Subscription;
import reactor.core.CoreSubscriber;
import reactor.core.Disposable;
import reactor.core.publisher.Operators;
import reactor.core.scheduler.Schedulers;

/**
 * The part of the template's own operators that keeps a deadline: a timer on
 * {@link Schedulers#parallel()} started on subscription, and the rule that the first of
 * the source's terminal signal, the deadline and the cancellation ends the subscription,
 * once, stopping the timer. One timer and one compare-and-set, instead of a
 * {@code timeout} operator and its fallback.
 *
 * @param <T> the value
 * @author chat-admin
 */
abstract class DeadlineSubscriber<T> implements CoreSubscriber<T>, Subscription, Runnable {

	@SuppressWarnings("rawtypes")
	private static final AtomicIntegerFieldUpdater<DeadlineSubscriber> ENDED = AtomicIntegerFieldUpdater
		.newUpdater(DeadlineSubscriber.class, "ended");

	protected final CoreSubscriber<? super T> actual;

	private final long deadlineNanos;

	private @Nullable Subscription upstream;

	private volatile @Nullable Disposable deadline;

	private volatile int ended;

	DeadlineSubscriber(CoreSubscriber<? super T> actual, long deadlineNanos) {
		this.actual = actual;
		this.deadlineNanos = deadlineNanos;
	}

	@Override
	public void onSubscribe(Subscription subscription) {
		if (Operators.validate(this.upstream, subscription)) {
			this.upstream = subscription;
			this.actual.onSubscribe(this);
			// after onSubscribe, so that no failure can come before it; stopped at once
			// when
			// the source ended synchronously meanwhile
			Disposable deadline = Schedulers.parallel().schedule(this, this.deadlineNanos, TimeUnit.NANOSECONDS);
			this.deadline = deadline;
			if (this.ended != 0) {
				deadline.dispose();
			}
		}
	}

	@Override
	public void onNext(T value) {
		if (!end()) {
			Operators.onNextDropped(value, currentContext());
			return;
		}
		succeeded(value);
	}

	@Override
	public void onError(Throwable error) {
		if (!end()) {
			Operators.onErrorDropped(error, currentContext());
			return;
		}
		failed(error);
	}

	@Override
	public void onComplete() {
		if (end()) {
			succeeded(null);
		}
	}

	/**
	 * The deadline passed: cancel the source and fail.
	 */
	@Override
	public void run() {
		if (!end()) {
			return;
		}
		cancelUpstream();
		failed(deadlinePassed());
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
			cancelled();
		}
		cancelUpstream();
	}

	/**
	 * The source ended with a value, or without one: pass it on and complete.
	 * @param value the value, or {@code null}
	 */
	protected abstract void succeeded(@Nullable T value);

	/**
	 * The source failed, or the deadline passed: pass the failure on.
	 * @param error the failure
	 */
	protected abstract void failed(Throwable error);

	/**
	 * Return the failure that stands for the passed deadline.
	 * @return the failure
	 */
	protected abstract Throwable deadlinePassed();

	/**
	 * The subscriber cancelled before the end.
	 */
	protected void cancelled() {
	}

	private void cancelUpstream() {
		Subscription upstream = this.upstream;
		if (upstream != null) {
			upstream.cancel();
		}
	}

	/**
	 * End, once: the first of the terminal signal, the deadline and the cancellation
	 * wins, and stops the deadline's timer.
	 * @return whether this call ended it
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
