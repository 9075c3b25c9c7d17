package io.github.chatadmin.autoconfigure;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;
import reactor.core.publisher.Mono;

import io.github.chatadmin.client.ChatAdminException;
import io.github.chatadmin.client.ChatAdminOperations;
import io.github.chatadmin.client.ChatAdminResponseException;
import io.github.chatadmin.client.ChatAdminRegion;

/**
 * Health of the Tencent Chat credentials and connection: one cheap read
 * ({@code im_open_login_svc/account_check} of the admin account), whose result is cached
 * so that health probes do not spend the app's quota. Reports the region, endpoint,
 * SDKAppID and admin account, never the secret key or the UserSig; DOWN when the call
 * fails, for instance on an authentication error.
 *
 * @author chat-admin
 * @since 0.1.0
 */
public class ChatAdminHealthIndicator implements ReactiveHealthIndicator {

	private final Mono<Health> health;

	/**
	 * Create an indicator.
	 * @param chat the client
	 * @param region the configured region
	 * @param endpoint the base URL calls go to
	 * @param sdkAppId the SDKAppID
	 * @param admin the admin account
	 * @param timeToLive how long a result is reused
	 * @param timeout how long the check may take
	 */
	public ChatAdminHealthIndicator(ChatAdminOperations chat, ChatAdminRegion region, String endpoint, long sdkAppId,
			String admin, Duration timeToLive, Duration timeout) {
		Map<String, Object> details = Map.of("region", region.name().toLowerCase(java.util.Locale.ROOT), "endpoint",
				endpoint, "sdkAppId", sdkAppId, "admin", admin);
		this.health = Mono
			.defer(() -> chat.execute("im_open_login_svc", "account_check",
					Map.of("CheckItem", List.of(Map.of("UserID", admin)))))
			.timeout(timeout)
			.map((answer) -> Health.up().withDetails(details).withDetail("checkedAt", Instant.now().toString()).build())
			.onErrorResume((ex) -> Mono.just(down(ex, details)))
			.cache(timeToLive);
	}

	@Override
	public Mono<Health> health() {
		return this.health;
	}

	private static Health down(Throwable ex, Map<String, Object> details) {
		Health.Builder builder = Health.down().withDetails(details).withDetail("checkedAt", Instant.now().toString());
		if (ex instanceof ChatAdminResponseException response) {
			builder.withDetail("errorCode", response.getErrorCode()).withDetail("errorInfo", response.getErrorInfo());
		}
		if (ex instanceof ChatAdminException chat) {
			builder.withDetail("failureKind", chat.getFailureKind().name());
		}
		return builder.withDetail("error", ex.getClass().getSimpleName() + ": " + ex.getMessage()).build();
	}

}
