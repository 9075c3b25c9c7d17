package io.github.chatadmin.autoconfigure;

import java.net.URI;
import java.time.Duration;

import io.github.chatadmin.client.transport.Endpoints;
import io.github.chatadmin.client.transport.HttpSettings;
import io.github.chatadmin.client.ChatCommandCatalog;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.ssl.NoSuchSslBundleException;
import org.springframework.boot.ssl.SslBundle;
import org.springframework.boot.ssl.SslBundles;
import org.jspecify.annotations.Nullable;

/**
 * Turns {@link ChatAdminProperties} into client settings, failing with a
 * {@link ChatAdminConfigurationException} that names the property at fault.
 *
 * @author chat-admin
 */
final class ChatAdminSettings {

	private static final String PREFIX = "tencent.chat.";

	private ChatAdminSettings() {
	}

	static long sdkAppId(ChatAdminProperties properties) {
		Long sdkAppId = properties.getSdkAppId();
		if (sdkAppId == null) {
			throw new ChatAdminConfigurationException(PREFIX + "sdk-app-id", "is not set",
					"Set 'tencent.chat.sdk-app-id' to the SDKAppID of your app, shown in the Tencent Cloud Chat console.");
		}
		if (sdkAppId <= 0) {
			throw new ChatAdminConfigurationException(PREFIX + "sdk-app-id", "must be positive, but was " + sdkAppId,
					"Set 'tencent.chat.sdk-app-id' to the SDKAppID of your app, shown in the Tencent Cloud Chat console.");
		}
		return sdkAppId;
	}

	static String admin(ChatAdminProperties properties) {
		String admin = properties.getAdmin();
		if (admin == null || admin.isBlank()) {
			throw new ChatAdminConfigurationException(PREFIX + "admin", "must not be empty",
					"Set 'tencent.chat.admin' to an app admin account, or remove it to use 'administrator'.");
		}
		return admin;
	}

	static String secretKey(ChatAdminProperties properties) {
		return secretKey(properties.getSecretKey());
	}

	static String secretKey(@Nullable String secretKey) {
		if (secretKey == null || secretKey.isBlank()) {
			throw new ChatAdminConfigurationException(PREFIX + "secret-key", "is not set",
					"Set 'tencent.chat.secret-key' to the secret key of your app (for example from an environment "
							+ "variable), or define a UserSigProvider bean.");
		}
		return secretKey;
	}

	static SslBundle sslBundle(@Nullable SslBundles bundles, String name) {
		if (bundles == null) {
			throw new ChatAdminConfigurationException(PREFIX + "http.ssl.bundle",
					"names '" + name + "', but the application has no SSL bundles",
					"Define the bundle under 'spring.ssl.bundle', or remove 'tencent.chat.http.ssl.bundle'.");
		}
		try {
			return bundles.getBundle(name);
		}
		catch (NoSuchSslBundleException ex) {
			throw new ChatAdminConfigurationException(PREFIX + "http.ssl.bundle",
					"names '" + name + "', which is not a configured SSL bundle",
					"Define the bundle under 'spring.ssl.bundle.jks." + name + "' or 'spring.ssl.bundle.pem." + name
							+ "', or fix 'tencent.chat.http.ssl.bundle'.");
		}
	}

	static Duration userSigValidity(ChatAdminProperties properties) {
		Duration validity = properties.getUserSig().getValidity();
		if (validity == null || validity.compareTo(Duration.ofMinutes(1)) < 0) {
			throw new ChatAdminConfigurationException(PREFIX + "user-sig.validity",
					"must be at least one minute, but was " + validity,
					"Set 'tencent.chat.user-sig.validity' to a duration such as 24h.");
		}
		return validity;
	}

	static @Nullable URI endpoint(@Nullable URI endpoint, String key) {
		if (endpoint != null) {
			try {
				Endpoints.validate(endpoint);
			}
			catch (IllegalArgumentException ex) {
				throw new ChatAdminConfigurationException(PREFIX + key,
						ex.getMessage() + ", but was '" + Endpoints.describe(endpoint) + "'",
						"Set 'tencent.chat." + key + "' to an https base URL such as https://console.tim.qq.com, "
								+ "or remove it to use the region's domain.");
			}
		}
		return endpoint;
	}

	static int positive(int value, String key) {
		if (value <= 0) {
			throw new ChatAdminConfigurationException(PREFIX + key, "must be positive, but was " + value,
					"Set 'tencent.chat." + key + "' to a positive number.");
		}
		return value;
	}

	static Duration positive(@Nullable Duration value, String key) {
		if (value == null || value.isNegative() || value.isZero()) {
			throw new ChatAdminConfigurationException(PREFIX + key, "must be positive, but was " + value,
					"Set 'tencent.chat." + key + "' to a positive duration such as 2s.");
		}
		return value;
	}

	static HttpSettings httpSettings(ChatAdminProperties properties) {
		ChatAdminProperties.Http http = properties.getHttp();
		ChatAdminProperties.Pool pool = http.getPool();
		return new HttpSettings(positive(http.getConnectTimeout(), "http.connect-timeout"),
				positive(http.getTlsHandshakeTimeout(), "http.tls-handshake-timeout"),
				positive(http.getResponseTimeout(), "http.response-timeout"),
				positive(http.getCallTimeout(), "http.call-timeout"),
				positive(pool.getMaxConnections(), "http.pool.max-connections"),
				positive(pool.getPendingAcquireMaxCount(), "http.pool.pending-acquire-max-count"),
				positive(pool.getPendingAcquireTimeout(), "http.pool.pending-acquire-timeout"),
				positive(pool.getMaxIdleTime(), "http.pool.max-idle-time"),
				positive(pool.getMaxLifeTime(), "http.pool.max-life-time"),
				positive(pool.getEvictionInterval(), "http.pool.eviction-interval"));
	}

	static void checkLimiter(ChatAdminProperties.Limiter limiter) {
		if (!(limiter.getDefaultQuota() > 0)) {
			throw new ChatAdminConfigurationException(PREFIX + "limiter.default-quota",
					"must be positive, but was " + limiter.getDefaultQuota(),
					"Set 'tencent.chat.limiter.default-quota' to the calls per second your app may make, such as 200.");
		}
		limiter.getQuotas().forEach((command, quota) -> {
			if (command.indexOf('/') < 0) {
				throw new InvalidConfigurationPropertyValueException(PREFIX + "limiter.quotas." + command, quota,
						"'" + command + "' is not a 'service/command' key: in YAML and properties a key with a slash "
								+ "must be bracketed, as in \"[openim/sendmsg]\": 200, or the slash is dropped");
			}
			if (ChatCommandCatalog.find(command) == null) {
				throw new InvalidConfigurationPropertyValueException(PREFIX + "limiter.quotas[" + command + "]", quota,
						"'" + command + "' names no command of the Tencent Chat REST API that this client knows"
								+ " (see ChatCommandCatalog)");
			}
			if (quota == null || !(quota > 0)) {
				throw new ChatAdminConfigurationException(PREFIX + "limiter.quotas[" + command + "]",
						"must be positive, but was " + quota,
						"Set 'tencent.chat.limiter.quotas[" + command + "]' to a positive number of calls per second.");
			}
		});
		Double appQuota = limiter.getAppQuota();
		if (appQuota != null && !(appQuota > 0)) {
			throw new ChatAdminConfigurationException(PREFIX + "limiter.app-quota",
					"must be positive, but was " + appQuota,
					"Set 'tencent.chat.limiter.app-quota' to the calls per second your whole app may make, or remove it.");
		}
		Duration maxWait = limiter.getMaxWait();
		if (maxWait == null || maxWait.isNegative()) {
			throw new ChatAdminConfigurationException(PREFIX + "limiter.max-wait",
					"must not be negative, but was " + maxWait,
					"Set 'tencent.chat.limiter.max-wait' to a duration such as 2s.");
		}
	}

	static void checkRetry(ChatAdminProperties.Retry retry) {
		positive(retry.getMaxAttempts(), "retry.max-attempts");
		checkBounds(retry.getMinBackoff(), retry.getMaxBackoff(), "retry.min-backoff", "retry.max-backoff");
		checkBounds(retry.getThrottlingMinBackoff(), retry.getThrottlingMaxBackoff(), "retry.throttling-min-backoff",
				"retry.throttling-max-backoff");
	}

	private static void checkBounds(@Nullable Duration minValue, @Nullable Duration maxValue, String minKey,
			String maxKey) {
		Duration min = positive(minValue, minKey);
		Duration max = positive(maxValue, maxKey);
		if (max.compareTo(min) < 0) {
			throw new ChatAdminConfigurationException(PREFIX + maxKey,
					"must not be less than 'tencent.chat." + minKey + "' (" + min + "), but was " + max,
					"Set 'tencent.chat." + maxKey + "' to at least 'tencent.chat." + minKey + "'.");
		}
	}

}
