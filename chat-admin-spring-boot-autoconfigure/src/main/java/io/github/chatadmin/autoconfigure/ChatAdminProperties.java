package io.github.chatadmin.autoconfigure;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import io.github.chatadmin.client.ChatAdminRegion;
import io.github.chatadmin.client.transport.CommandRateLimiter;
import io.github.chatadmin.client.transport.Endpoints;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Configuration properties of the chat admin client, bound from {@code tencent.chat.*}.
 *
 * @author chat-admin
 * @since 0.1.0
 */
@ConfigurationProperties("tencent.chat")
public class ChatAdminProperties {

	/**
	 * Whether to auto-configure the chat admin client.
	 */
	private boolean enabled = true;

	/**
	 * Data-center region of the app, which picks the primary and backup domain.
	 */
	private ChatAdminRegion region = ChatAdminRegion.CHINA;

	/**
	 * SDKAppID of the app, from the Chat console.
	 */
	private @Nullable Long sdkAppId;

	/**
	 * App admin account sent as the identifier of every call.
	 */
	private String admin = "administrator";

	/**
	 * Secret key of the app, used to sign the admin UserSig; required unless the
	 * application defines a UserSigProvider bean.
	 */
	private @Nullable String secretKey;

	/**
	 * Base URL that replaces the region's primary domain; https only, except loopback
	 * hosts.
	 */
	private @Nullable URI endpoint;

	/**
	 * Base URL that replaces the region's backup domain; https only, except loopback
	 * hosts.
	 */
	private @Nullable URI backupEndpoint;

	private final Retry retry = new Retry();

	private final Http http = new Http();

	private final UserSig userSig = new UserSig();

	private final Batch batch = new Batch();

	private final Failover failover = new Failover();

	private final Limiter limiter = new Limiter();

	private final Health health = new Health();

	private final Callback callback = new Callback();

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public ChatAdminRegion getRegion() {
		return this.region;
	}

	public void setRegion(ChatAdminRegion region) {
		this.region = region;
	}

	public @Nullable Long getSdkAppId() {
		return this.sdkAppId;
	}

	public void setSdkAppId(@Nullable Long sdkAppId) {
		this.sdkAppId = sdkAppId;
	}

	public String getAdmin() {
		return this.admin;
	}

	public void setAdmin(String admin) {
		this.admin = admin;
	}

	public @Nullable String getSecretKey() {
		return this.secretKey;
	}

	public void setSecretKey(@Nullable String secretKey) {
		this.secretKey = secretKey;
	}

	public @Nullable URI getEndpoint() {
		return this.endpoint;
	}

	public void setEndpoint(@Nullable URI endpoint) {
		this.endpoint = endpoint;
	}

	public @Nullable URI getBackupEndpoint() {
		return this.backupEndpoint;
	}

	public void setBackupEndpoint(@Nullable URI backupEndpoint) {
		this.backupEndpoint = backupEndpoint;
	}

	public Retry getRetry() {
		return this.retry;
	}

	public Http getHttp() {
		return this.http;
	}

	public UserSig getUserSig() {
		return this.userSig;
	}

	public Batch getBatch() {
		return this.batch;
	}

	public Failover getFailover() {
		return this.failover;
	}

	public Limiter getLimiter() {
		return this.limiter;
	}

	public Health getHealth() {
		return this.health;
	}

	public Callback getCallback() {
		return this.callback;
	}

	@Override
	public String toString() {
		return "ChatAdminProperties[region=" + this.region + ", sdkAppId=" + this.sdkAppId + ", admin=" + this.admin
				+ ", secretKey=" + ((this.secretKey != null) ? "******" : "null") + ", endpoint="
				+ Endpoints.describe(this.endpoint) + ", backupEndpoint=" + Endpoints.describe(this.backupEndpoint)
				+ "]";
	}

	/**
	 * Retry settings.
	 */
	public static class Retry {

		/**
		 * Attempts a call gets, including the first one.
		 */
		private int maxAttempts = 4;

		/**
		 * First backoff of the jittered exponential backoff after a transient failure.
		 */
		private Duration minBackoff = Duration.ofMillis(200);

		/**
		 * Largest backoff after a transient failure.
		 */
		private Duration maxBackoff = Duration.ofSeconds(5);

		/**
		 * First backoff after a rate-limit answer (60007, 60011, 60018, 60019).
		 */
		private Duration throttlingMinBackoff = Duration.ofSeconds(1);

		/**
		 * Largest backoff after a rate-limit answer.
		 */
		private Duration throttlingMaxBackoff = Duration.ofSeconds(10);

		public int getMaxAttempts() {
			return this.maxAttempts;
		}

		public void setMaxAttempts(int maxAttempts) {
			this.maxAttempts = maxAttempts;
		}

		public Duration getMinBackoff() {
			return this.minBackoff;
		}

		public void setMinBackoff(Duration minBackoff) {
			this.minBackoff = minBackoff;
		}

		public Duration getMaxBackoff() {
			return this.maxBackoff;
		}

		public void setMaxBackoff(Duration maxBackoff) {
			this.maxBackoff = maxBackoff;
		}

		public Duration getThrottlingMinBackoff() {
			return this.throttlingMinBackoff;
		}

		public void setThrottlingMinBackoff(Duration throttlingMinBackoff) {
			this.throttlingMinBackoff = throttlingMinBackoff;
		}

		public Duration getThrottlingMaxBackoff() {
			return this.throttlingMaxBackoff;
		}

		public void setThrottlingMaxBackoff(Duration throttlingMaxBackoff) {
			this.throttlingMaxBackoff = throttlingMaxBackoff;
		}

	}

	/**
	 * HTTP transport settings.
	 */
	public static class Http {

		/**
		 * How long to wait for a TCP connection to be established.
		 */
		private Duration connectTimeout = Duration.ofSeconds(2);

		/**
		 * How long to wait for the TLS handshake once connected.
		 */
		private Duration tlsHandshakeTimeout = Duration.ofSeconds(3);

		/**
		 * How long one attempt may wait for its response; longer than the vendor's 3s
		 * backend timeout.
		 */
		private Duration responseTimeout = Duration.ofSeconds(4);

		/**
		 * Overall deadline of one call, all attempts and backoffs included.
		 */
		private Duration callTimeout = Duration.ofSeconds(30);

		private final Pool pool = new Pool();

		private final Ssl ssl = new Ssl();

		public Duration getConnectTimeout() {
			return this.connectTimeout;
		}

		public void setConnectTimeout(Duration connectTimeout) {
			this.connectTimeout = connectTimeout;
		}

		public Duration getTlsHandshakeTimeout() {
			return this.tlsHandshakeTimeout;
		}

		public void setTlsHandshakeTimeout(Duration tlsHandshakeTimeout) {
			this.tlsHandshakeTimeout = tlsHandshakeTimeout;
		}

		public Duration getResponseTimeout() {
			return this.responseTimeout;
		}

		public void setResponseTimeout(Duration responseTimeout) {
			this.responseTimeout = responseTimeout;
		}

		public Duration getCallTimeout() {
			return this.callTimeout;
		}

		public void setCallTimeout(Duration callTimeout) {
			this.callTimeout = callTimeout;
		}

		public Pool getPool() {
			return this.pool;
		}

		public Ssl getSsl() {
			return this.ssl;
		}

	}

	/**
	 * TLS settings of the connections to the service.
	 */
	public static class Ssl {

		/**
		 * Name of the SSL bundle whose trust material (and key material, if any) the
		 * connections use instead of the JVM's default trust store, for instance behind a
		 * TLS-inspecting corporate proxy.
		 */
		private @Nullable String bundle;

		public @Nullable String getBundle() {
			return this.bundle;
		}

		public void setBundle(@Nullable String bundle) {
			this.bundle = bundle;
		}

	}

	/**
	 * Settings of the dedicated connection pool.
	 */
	public static class Pool {

		/**
		 * Maximum number of pooled connections.
		 */
		private int maxConnections = 64;

		/**
		 * Maximum number of calls waiting for a pooled connection.
		 */
		private int pendingAcquireMaxCount = 256;

		/**
		 * How long a call may wait for a pooled connection before it fails.
		 */
		private Duration pendingAcquireTimeout = Duration.ofMillis(500);

		/**
		 * How long an idle connection is kept open.
		 */
		private Duration maxIdleTime = Duration.ofSeconds(20);

		/**
		 * How long a connection is used at most before it is replaced.
		 */
		private Duration maxLifeTime = Duration.ofMinutes(5);

		/**
		 * How often idle and expired connections are closed in the background.
		 */
		private Duration evictionInterval = Duration.ofSeconds(10);

		public int getMaxConnections() {
			return this.maxConnections;
		}

		public void setMaxConnections(int maxConnections) {
			this.maxConnections = maxConnections;
		}

		public int getPendingAcquireMaxCount() {
			return this.pendingAcquireMaxCount;
		}

		public void setPendingAcquireMaxCount(int pendingAcquireMaxCount) {
			this.pendingAcquireMaxCount = pendingAcquireMaxCount;
		}

		public Duration getPendingAcquireTimeout() {
			return this.pendingAcquireTimeout;
		}

		public void setPendingAcquireTimeout(Duration pendingAcquireTimeout) {
			this.pendingAcquireTimeout = pendingAcquireTimeout;
		}

		public Duration getMaxIdleTime() {
			return this.maxIdleTime;
		}

		public void setMaxIdleTime(Duration maxIdleTime) {
			this.maxIdleTime = maxIdleTime;
		}

		public Duration getMaxLifeTime() {
			return this.maxLifeTime;
		}

		public void setMaxLifeTime(Duration maxLifeTime) {
			this.maxLifeTime = maxLifeTime;
		}

		public Duration getEvictionInterval() {
			return this.evictionInterval;
		}

		public void setEvictionInterval(Duration evictionInterval) {
			this.evictionInterval = evictionInterval;
		}

	}

	/**
	 * Settings of the admin UserSig signed from the secret key.
	 */
	public static class UserSig {

		/**
		 * How long each signed UserSig is valid; it is renewed after three quarters of
		 * that.
		 */
		private Duration validity = Duration.ofDays(1);

		public Duration getValidity() {
			return this.validity;
		}

		public void setValidity(Duration validity) {
			this.validity = validity;
		}

	}

	/**
	 * Settings of the health indicator.
	 */
	public static class Health {

		/**
		 * Whether to add 'tencent.chat' to the health endpoint; it checks the credentials
		 * with one account_check call of the admin account, which spends quota.
		 */
		private boolean enabled;

		/**
		 * How long a health check's result is reused.
		 */
		private Duration timeToLive = Duration.ofMinutes(1);

		/**
		 * How long a health check may take before it reports DOWN.
		 */
		private Duration timeout = Duration.ofSeconds(5);

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

		public Duration getTimeToLive() {
			return this.timeToLive;
		}

		public void setTimeToLive(Duration timeToLive) {
			this.timeToLive = timeToLive;
		}

		public Duration getTimeout() {
			return this.timeout;
		}

		public void setTimeout(Duration timeout) {
			this.timeout = timeout;
		}

	}

	/**
	 * Settings of the client-side rate limiter.
	 */
	public static class Limiter {

		/**
		 * How calls are paced: off, fixed (held to each command's quota) or adaptive
		 * (also slowed down when throttled and probed back up on success).
		 */
		private CommandRateLimiter.Mode mode = CommandRateLimiter.Mode.ADAPTIVE;

		/**
		 * Calls per second of a command without its own quota.
		 */
		private double defaultQuota = 200;

		/**
		 * Calls per second by 'service/command', for purchased quota packs; the vendor's
		 * documented exceptions apply otherwise.
		 */
		private Map<String, Double> quotas = new LinkedHashMap<>();

		/**
		 * Longest a call may wait for its turn before it fails as saturated.
		 */
		private Duration maxWait = Duration.ofSeconds(2);

		/**
		 * Calls per second of the whole SDKAppID, all commands together. Without it, the
		 * app is not limited as a whole until the service answers 60011; then it is paced
		 * from the rate it was sending at.
		 */
		private @Nullable Double appQuota;

		/**
		 * Where a fleet's instances share their buckets: none (each instance paces its
		 * own calls) or redis (every instance draws from buckets in the application's
		 * Redis).
		 */
		private Shared shared = Shared.NONE;

		/**
		 * Settings of the limiter shared through Redis.
		 */
		private final Redis redis = new Redis();

		public Shared getShared() {
			return this.shared;
		}

		public void setShared(Shared shared) {
			this.shared = shared;
		}

		public Redis getRedis() {
			return this.redis;
		}

		public @Nullable Double getAppQuota() {
			return this.appQuota;
		}

		public void setAppQuota(@Nullable Double appQuota) {
			this.appQuota = appQuota;
		}

		public CommandRateLimiter.Mode getMode() {
			return this.mode;
		}

		public void setMode(CommandRateLimiter.Mode mode) {
			this.mode = mode;
		}

		public double getDefaultQuota() {
			return this.defaultQuota;
		}

		public void setDefaultQuota(double defaultQuota) {
			this.defaultQuota = defaultQuota;
		}

		public Map<String, Double> getQuotas() {
			return this.quotas;
		}

		public void setQuotas(Map<String, Double> quotas) {
			this.quotas = quotas;
		}

		public Duration getMaxWait() {
			return this.maxWait;
		}

		public void setMaxWait(Duration maxWait) {
			this.maxWait = maxWait;
		}

	}

	/**
	 * Where the instances of a fleet share their rate-limiter buckets.
	 */
	public enum Shared {

		/**
		 * Each instance paces its own calls.
		 */
		NONE,

		/**
		 * Every instance draws from buckets in the application's Redis.
		 */
		REDIS

	}

	/**
	 * Settings of the rate limiter shared through Redis.
	 */
	public static class Redis {

		/**
		 * Longest a Redis round trip of the shared limiter may take before the call is
		 * paced locally.
		 */
		private Duration timeout = Duration.ofMillis(200);

		/**
		 * How long the shared limiter leaves an unreachable Redis alone before one call
		 * probes it again.
		 */
		private Duration retryInterval = Duration.ofSeconds(2);

		public Duration getTimeout() {
			return this.timeout;
		}

		public void setTimeout(Duration timeout) {
			this.timeout = timeout;
		}

		public Duration getRetryInterval() {
			return this.retryInterval;
		}

		public void setRetryInterval(Duration retryInterval) {
			this.retryInterval = retryInterval;
		}

	}

	/**
	 * Settings of the failover to the backup domain.
	 */
	public static class Failover {

		/**
		 * How long traffic stays on the backup domain before the primary is probed again.
		 */
		private Duration coolDown = Duration.ofSeconds(30);

		public Duration getCoolDown() {
			return this.coolDown;
		}

		public void setCoolDown(Duration coolDown) {
			this.coolDown = coolDown;
		}

	}

	/**
	 * Settings of the operations that split long lists.
	 */
	public static class Batch {

		/**
		 * How many calls a split list keeps in flight.
		 */
		private int concurrency = 4;

		public int getConcurrency() {
			return this.concurrency;
		}

		public void setConcurrency(int concurrency) {
			this.concurrency = concurrency;
		}

	}

	/**
	 * Settings of the endpoint that receives the service's callbacks.
	 */
	public static class Callback {

		/**
		 * Whether to register the callback endpoint.
		 */
		private boolean enabled;

		/**
		 * Path of the callback endpoint, as configured in the Chat console's callback
		 * URL.
		 */
		private String path = "/tencent-chat/callback";

		/**
		 * Callback authentication token from the Chat console; when set, every callback
		 * must carry a valid Sign and a recent RequestTime. Without it, only SdkAppid is
		 * checked.
		 */
		private @Nullable String token;

		/**
		 * How far a callback's RequestTime may be from the local clock, in the past or
		 * the future.
		 */
		private Duration maxClockSkew = Duration.ofSeconds(60);

		/**
		 * Largest callback body accepted; larger bodies are refused with 413.
		 */
		private DataSize maxBodySize = DataSize.ofMegabytes(1);

		/**
		 * How long the handlers of one callback may take together before the default
		 * reply is sent; under the service's 2 s limit for before-callbacks.
		 */
		private Duration handlerTimeout = Duration.ofMillis(1800);

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

		public String getPath() {
			return this.path;
		}

		public void setPath(String path) {
			this.path = path;
		}

		public @Nullable String getToken() {
			return this.token;
		}

		public void setToken(@Nullable String token) {
			this.token = token;
		}

		public Duration getMaxClockSkew() {
			return this.maxClockSkew;
		}

		public void setMaxClockSkew(Duration maxClockSkew) {
			this.maxClockSkew = maxClockSkew;
		}

		public DataSize getMaxBodySize() {
			return this.maxBodySize;
		}

		public void setMaxBodySize(DataSize maxBodySize) {
			this.maxBodySize = maxBodySize;
		}

		public Duration getHandlerTimeout() {
			return this.handlerTimeout;
		}

		public void setHandlerTimeout(Duration handlerTimeout) {
			this.handlerTimeout = handlerTimeout;
		}

		@Override
		public String toString() {
			return "Callback[enabled=" + this.enabled + ", path=" + this.path + ", token="
					+ ((this.token != null) ? "******" : "null") + ", maxClockSkew=" + this.maxClockSkew + "]";
		}

	}

}
