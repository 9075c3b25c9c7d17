package io.github.chatadmin.client.transport;

import java.time.Duration;

import org.springframework.util.Assert;

/**
 * Connection pool and timeout settings of the client's dedicated HTTP transport.
 *
 * @param connectTimeout how long to wait for a TCP connection to be established
 * @param tlsHandshakeTimeout how long to wait for the TLS handshake once connected
 * @param responseTimeout how long one attempt may wait for the response once the request
 * is written (longer than the vendor's 3 s backend timeout)
 * @param callTimeout overall deadline of one logical call, all attempts and backoffs
 * included
 * @param maxConnections maximum number of pooled connections
 * @param pendingAcquireMaxCount maximum number of calls waiting for a pooled connection
 * @param pendingAcquireTimeout how long a call may wait for a pooled connection
 * @param maxIdleTime how long an idle connection is kept
 * @param maxLifeTime how long a connection is used at most
 * @param evictionInterval how often idle and expired connections are closed in the
 * background
 * @author chat-admin
 * @since 0.1.0
 */
public record HttpSettings(Duration connectTimeout, Duration tlsHandshakeTimeout, Duration responseTimeout,
		Duration callTimeout, int maxConnections, int pendingAcquireMaxCount, Duration pendingAcquireTimeout,
		Duration maxIdleTime, Duration maxLifeTime, Duration evictionInterval) {

	/**
	 * Name of the dedicated connection pool.
	 */
	public static final String POOL_NAME = "tencent-chat";

	private static final Duration DEFAULT_TLS_HANDSHAKE_TIMEOUT = Duration.ofSeconds(3);

	public HttpSettings {
		requirePositive(connectTimeout, "connectTimeout");
		requirePositive(tlsHandshakeTimeout, "tlsHandshakeTimeout");
		requirePositive(responseTimeout, "responseTimeout");
		requirePositive(callTimeout, "callTimeout");
		Assert.isTrue(maxConnections > 0, "'maxConnections' must be positive");
		Assert.isTrue(pendingAcquireMaxCount > 0, "'pendingAcquireMaxCount' must be positive");
		requirePositive(pendingAcquireTimeout, "pendingAcquireTimeout");
		requirePositive(maxIdleTime, "maxIdleTime");
		requirePositive(maxLifeTime, "maxLifeTime");
		requirePositive(evictionInterval, "evictionInterval");
	}

	/**
	 * Create settings with the default TLS handshake timeout of 3 s.
	 * @param connectTimeout how long to wait for a TCP connection to be established
	 * @param responseTimeout how long one attempt may wait for the response once the
	 * request is written
	 * @param callTimeout overall deadline of one logical call
	 * @param maxConnections maximum number of pooled connections
	 * @param pendingAcquireMaxCount maximum number of calls waiting for a pooled
	 * connection
	 * @param pendingAcquireTimeout how long a call may wait for a pooled connection
	 * @param maxIdleTime how long an idle connection is kept
	 * @param maxLifeTime how long a connection is used at most
	 * @param evictionInterval how often idle and expired connections are closed
	 */
	public HttpSettings(Duration connectTimeout, Duration responseTimeout, Duration callTimeout, int maxConnections,
			int pendingAcquireMaxCount, Duration pendingAcquireTimeout, Duration maxIdleTime, Duration maxLifeTime,
			Duration evictionInterval) {
		this(connectTimeout, DEFAULT_TLS_HANDSHAKE_TIMEOUT, responseTimeout, callTimeout, maxConnections,
				pendingAcquireMaxCount, pendingAcquireTimeout, maxIdleTime, maxLifeTime, evictionInterval);
	}

	/**
	 * Return the defaults: connect 2 s, TLS handshake 3 s, response 4 s, call 30 s, 64
	 * connections, 256 pending acquires waiting at most 500 ms, idle connections closed
	 * after 20 s, connections replaced after 5 min, background eviction every 10 s.
	 * @return the default settings
	 */
	public static HttpSettings defaults() {
		return new HttpSettings(Duration.ofSeconds(2), DEFAULT_TLS_HANDSHAKE_TIMEOUT, Duration.ofSeconds(4),
				Duration.ofSeconds(30), 64, 256, Duration.ofMillis(500), Duration.ofSeconds(20), Duration.ofMinutes(5),
				Duration.ofSeconds(10));
	}

	/**
	 * Return a copy with another connect timeout.
	 * @param timeout the connect timeout
	 * @return the new settings
	 */
	public HttpSettings withConnectTimeout(Duration timeout) {
		return new HttpSettings(timeout, this.tlsHandshakeTimeout, this.responseTimeout, this.callTimeout,
				this.maxConnections, this.pendingAcquireMaxCount, this.pendingAcquireTimeout, this.maxIdleTime,
				this.maxLifeTime, this.evictionInterval);
	}

	/**
	 * Return a copy with another TLS handshake timeout.
	 * @param timeout the TLS handshake timeout
	 * @return the new settings
	 */
	public HttpSettings withTlsHandshakeTimeout(Duration timeout) {
		return new HttpSettings(this.connectTimeout, timeout, this.responseTimeout, this.callTimeout,
				this.maxConnections, this.pendingAcquireMaxCount, this.pendingAcquireTimeout, this.maxIdleTime,
				this.maxLifeTime, this.evictionInterval);
	}

	/**
	 * Return a copy with another response timeout.
	 * @param timeout the response timeout
	 * @return the new settings
	 */
	public HttpSettings withResponseTimeout(Duration timeout) {
		return new HttpSettings(this.connectTimeout, this.tlsHandshakeTimeout, timeout, this.callTimeout,
				this.maxConnections, this.pendingAcquireMaxCount, this.pendingAcquireTimeout, this.maxIdleTime,
				this.maxLifeTime, this.evictionInterval);
	}

	/**
	 * Return a copy with another idle time of pooled connections.
	 * @param maxIdleTime how long an idle connection is kept
	 * @return the new settings
	 */
	public HttpSettings withMaxIdleTime(Duration maxIdleTime) {
		return new HttpSettings(this.connectTimeout, this.tlsHandshakeTimeout, this.responseTimeout, this.callTimeout,
				this.maxConnections, this.pendingAcquireMaxCount, this.pendingAcquireTimeout, maxIdleTime,
				this.maxLifeTime, this.evictionInterval);
	}

	private static void requirePositive(Duration value, String name) {
		Assert.notNull(value, () -> "'" + name + "' must not be null");
		Assert.isTrue(!value.isNegative() && !value.isZero(), () -> "'" + name + "' must be positive");
	}

}
