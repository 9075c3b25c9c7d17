package io.github.chatadmin.emulator;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

import org.jspecify.annotations.Nullable;

/**
 * Call-rate limits the emulator enforces as the vendor does: above a command's limit it
 * answers 60007, above the app's limit 60011. No limit is set unless asked for.
 *
 * @author chat-admin
 * @since 0.1.0
 */
public final class EmulatorQuotas {

	private final LongSupplier nanoTime;

	private final Map<String, TokenBucket> commands = new ConcurrentHashMap<>();

	private volatile @Nullable TokenBucket app;

	EmulatorQuotas(LongSupplier nanoTime) {
		this.nanoTime = nanoTime;
	}

	/**
	 * Limit a command's calls per second (a token bucket holding one second of calls).
	 * @param command {@code service/command}
	 * @param perSecond the calls allowed per second
	 * @return these quotas
	 */
	public EmulatorQuotas limitCommand(String command, double perSecond) {
		this.commands.put(command, new TokenBucket(perSecond, this.nanoTime));
		return this;
	}

	/**
	 * Limit the calls per second of the whole app, across commands.
	 * @param perSecond the calls allowed per second
	 * @return these quotas
	 */
	public EmulatorQuotas limitApp(double perSecond) {
		this.app = new TokenBucket(perSecond, this.nanoTime);
		return this;
	}

	/**
	 * Remove every limit.
	 */
	public void clear() {
		this.commands.clear();
		this.app = null;
	}

	void check(String command) {
		TokenBucket appBucket = this.app;
		if (appBucket != null && !appBucket.tryAcquire()) {
			throw new EmulatorError(60011, "SDKAppID request frequency exceeded");
		}
		TokenBucket bucket = this.commands.get(command);
		if (bucket != null && !bucket.tryAcquire()) {
			throw new EmulatorError(60007, "REST API call frequency of " + command + " exceeded");
		}
	}

}
