package io.github.chatadmin.client;

import java.net.URI;
import java.time.Duration;

/**
 * Shared settings for templates under test.
 */
public final class TestTemplates {

	public static final long SDK_APP_ID = 1400000001L;

	public static final String SECRET_KEY = "5bd2850fff3ecb11d7c805251c51ee463a25727bddc2385f3fa8bfee1bb93b5e";

	private TestTemplates() {
	}

	public static ChatAdminTemplate.Builder builder(String baseUrl) {
		return ChatAdminTemplate.builder()
			.sdkAppId(SDK_APP_ID)
			.admin("administrator")
			.secretKey(SECRET_KEY)
			.endpoint(URI.create(baseUrl))
			.backoff(Duration.ofMillis(1), Duration.ofMillis(5))
			.throttlingBackoff(Duration.ofMillis(1), Duration.ofMillis(5));
	}

}
