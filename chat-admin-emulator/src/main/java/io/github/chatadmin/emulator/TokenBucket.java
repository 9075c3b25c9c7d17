package io.github.chatadmin.emulator;

import java.util.function.LongSupplier;

/**
 * A token bucket: {@code ratePerSecond} tokens a second, at most {@code ratePerSecond}
 * stored.
 *
 * @author chat-admin
 */
final class TokenBucket {

	private final double ratePerSecond;

	private final LongSupplier nanoTime;

	private double tokens;

	private long last;

	TokenBucket(double ratePerSecond, LongSupplier nanoTime) {
		this.ratePerSecond = ratePerSecond;
		this.nanoTime = nanoTime;
		this.tokens = ratePerSecond;
		this.last = nanoTime.getAsLong();
	}

	synchronized boolean tryAcquire() {
		long now = this.nanoTime.getAsLong();
		this.tokens = Math.min(this.ratePerSecond, this.tokens + (now - this.last) * this.ratePerSecond / 1e9);
		this.last = now;
		if (this.tokens >= 1) {
			this.tokens -= 1;
			return true;
		}
		return false;
	}

}
