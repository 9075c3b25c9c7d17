package io.github.chatadmin.client.transport;

import java.time.Duration;
import java.util.function.LongSupplier;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

/**
 * Chooses the base URL of each attempt: the primary domain, or the backup domain for a
 * cool-down after the primary could not be reached (DNS, connect or TLS failure). When
 * the cool-down is over the next call probes the primary again; if it is still
 * unreachable, traffic returns to the backup for another cool-down, so calls never flap
 * between the two within a cool-down.
 *
 * @author chat-admin
 * @since 0.1.0
 */
public final class EndpointSelector {

	private static final Log logger = LogFactory.getLog(EndpointSelector.class);

	private final String primary;

	private final @Nullable String backup;

	private final long coolDownNanos;

	private final LongSupplier nanoTime;

	private volatile long primaryDownUntil;

	private volatile boolean primaryDown;

	/**
	 * Create a selector.
	 * @param primary the primary base URL
	 * @param backup the backup base URL, or {@code null} when there is none
	 * @param coolDown how long traffic stays on the backup before the primary is tried
	 * again
	 * @param nanoTime the time source, in nanoseconds
	 */
	public EndpointSelector(String primary, @Nullable String backup, Duration coolDown, LongSupplier nanoTime) {
		this.primary = primary;
		this.backup = backup;
		this.coolDownNanos = coolDown.toNanos();
		this.nanoTime = nanoTime;
	}

	/**
	 * Return the base URL for the next attempt.
	 * @return the primary, or the backup during a cool-down
	 */
	public String current() {
		if (this.backup != null && this.primaryDown && this.nanoTime.getAsLong() - this.primaryDownUntil < 0) {
			return this.backup;
		}
		return this.primary;
	}

	/**
	 * Report that a base URL could not be reached.
	 * @param endpoint the base URL the attempt used
	 * @return whether the next attempt goes to another base URL
	 */
	public boolean unreachable(String endpoint) {
		if (this.backup == null || !endpoint.equals(this.primary)) {
			return false;
		}
		this.primaryDownUntil = this.nanoTime.getAsLong() + this.coolDownNanos;
		this.primaryDown = true;
		logger.warn("Tencent Chat primary domain " + this.primary + " is unreachable; using the backup domain "
				+ this.backup + " for " + Duration.ofNanos(this.coolDownNanos));
		return true;
	}

	/**
	 * Return the primary base URL.
	 * @return the primary
	 */
	public String getPrimary() {
		return this.primary;
	}

	/**
	 * Return the backup base URL.
	 * @return the backup, or {@code null} when there is none
	 */
	public @Nullable String getBackup() {
		return this.backup;
	}

}
