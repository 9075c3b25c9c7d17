package io.github.chatadmin.autoconfigure;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import io.github.chatadmin.client.transport.CommandRateLimiter;
import io.github.chatadmin.client.transport.SharedRateLimiter;

/**
 * Binds the gauges of the client-side rate limiter: {@value #RATE} (calls per second a
 * command may currently make) and {@value #QUOTA} (its configured quota), tagged
 * {@code service} and {@code command}, for each command the limiter paces (commands the
 * catalog does not know share one pair, tagged {@code other}), and {@value #APP_RATE} for
 * the whole app (infinite until the service answers 60011). When the limiter shares its
 * buckets with a fleet, {@value #SHARED_AVAILABLE} is 1 while the shared buckets pace
 * calls and 0 while each instance paces its own because the shared store cannot be
 * reached.
 *
 * @author chat-admin
 * @since 0.1.0
 */
public class ChatAdminLimiterMetrics implements MeterBinder {

	/**
	 * Name of the gauge of a command's current rate.
	 */
	public static final String RATE = "tencent.chat.limiter.rate";

	/**
	 * Name of the gauge of a command's quota.
	 */
	public static final String QUOTA = "tencent.chat.limiter.quota";

	/**
	 * Name of the gauge of the whole app's current rate.
	 */
	public static final String APP_RATE = "tencent.chat.limiter.app.rate";

	/**
	 * Name of the gauge of whether the fleet's shared buckets can be reached.
	 */
	public static final String SHARED_AVAILABLE = "tencent.chat.limiter.shared.available";

	private final CommandRateLimiter limiter;

	/**
	 * Create a binder for a limiter.
	 * @param limiter the limiter
	 */
	public ChatAdminLimiterMetrics(CommandRateLimiter limiter) {
		this.limiter = limiter;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		if (this.limiter.getMode() == CommandRateLimiter.Mode.OFF) {
			return;
		}
		Gauge.builder(APP_RATE, this.limiter, CommandRateLimiter::currentAppRate)
			.description("Calls per second the whole app may currently make")
			.register(registry);
		SharedRateLimiter shared = this.limiter.getShared();
		if (shared != null) {
			Gauge.builder(SHARED_AVAILABLE, shared, (limiter) -> limiter.isAvailable() ? 1 : 0)
				.description("Whether the rate-limiter buckets shared by the fleet can be reached (1) or not (0)")
				.register(registry);
		}
		this.limiter.onNewCommand((command) -> bind(registry, command));
		this.limiter.commands().forEach((command) -> bind(registry, command));
	}

	private void bind(MeterRegistry registry, String command) {
		int slash = command.indexOf('/');
		String service = (slash > 0) ? command.substring(0, slash) : command;
		String name = (slash > 0) ? command.substring(slash + 1) : command;
		Gauge.builder(RATE, this.limiter, (limiter) -> limiter.currentRate(command))
			.description("Calls per second a command may currently make")
			.tag("service", service)
			.tag("command", name)
			.register(registry);
		Gauge.builder(QUOTA, this.limiter, (limiter) -> limiter.quota(command))
			.description("Configured calls per second of a command")
			.tag("service", service)
			.tag("command", name)
			.register(registry);
	}

}
