package io.github.chatadmin.client.transport;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.TrustManagerFactory;

import io.netty.channel.ChannelOption;
import io.netty.channel.ChannelPipeline;
import reactor.netty.NettyPipeline;
import reactor.netty.http.HttpProtocol;
import reactor.netty.http.client.HttpClient;
import reactor.netty.http.Http11SslContextSpec;
import reactor.netty.resources.ConnectionProvider;
import io.netty.resolver.AddressResolverGroup;
import org.jspecify.annotations.Nullable;

import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.util.ClassUtils;

/**
 * Factory for the client's dedicated Reactor Netty transport.
 *
 * @author chat-admin
 * @since 0.1.0
 */
public final class ChatAdminConnectors {

	private static final boolean MICROMETER_PRESENT = ClassUtils.isPresent("io.micrometer.core.instrument.Metrics",
			ChatAdminConnectors.class.getClassLoader());

	private ChatAdminConnectors() {
	}

	/**
	 * Create the dedicated, named ({@value HttpSettings#POOL_NAME}) connection pool: LIFO
	 * leasing, bounded idle time and life time with background eviction, and a bounded,
	 * short wait for a connection; with micrometer-core present, its gauges
	 * ({@code reactor.netty.connection.provider.*} tagged {@code name=tencent-chat}) go
	 * to the global Micrometer registry.
	 * @param settings the settings
	 * @return a new pool, to be disposed by its owner
	 */
	public static ConnectionProvider createConnectionProvider(HttpSettings settings) {
		ConnectionProvider.Builder builder = ConnectionProvider.builder(HttpSettings.POOL_NAME);
		if (MICROMETER_PRESENT) {
			builder.metrics(true);
		}
		return builder.maxConnections(settings.maxConnections())
			.pendingAcquireMaxCount(settings.pendingAcquireMaxCount())
			.pendingAcquireTimeout(settings.pendingAcquireTimeout())
			.maxIdleTime(settings.maxIdleTime())
			.maxLifeTime(settings.maxLifeTime())
			.evictInBackground(settings.evictionInterval())
			.lifo()
			.build();
	}

	/**
	 * Create the Reactor Netty client over the given pool: HTTP/1.1 with keep-alive, the
	 * configured timeouts and the handler that writes the UserSig (a {@link WireUserSig}
	 * request attribute) on the wire.
	 * @param connectionProvider the pool
	 * @param settings the settings
	 * @return the HTTP client
	 */
	public static HttpClient createHttpClient(ConnectionProvider connectionProvider, HttpSettings settings) {
		return createHttpClient(connectionProvider, settings, null);
	}

	/**
	 * Create the Reactor Netty client over the given pool: HTTP/1.1 with keep-alive, the
	 * configured timeouts (TLS handshake included, for {@code https} endpoints), the
	 * handler that writes the UserSig (a {@link WireUserSig} request attribute) on the
	 * wire, and optionally a resolver of host names.
	 * @param connectionProvider the pool
	 * @param settings the settings
	 * @param resolver the resolver, or {@code null} for Reactor Netty's default one
	 * @return the HTTP client
	 */
	public static HttpClient createHttpClient(ConnectionProvider connectionProvider, HttpSettings settings,
			@Nullable AddressResolverGroup<?> resolver) {
		return createHttpClient(connectionProvider, settings, resolver, null, null);
	}

	/**
	 * Create the Reactor Netty client over the given pool, as
	 * {@link #createHttpClient(ConnectionProvider, HttpSettings, AddressResolverGroup)}
	 * does, trusting the certificates of a trust manager (for instance a corporate trust
	 * store from a Spring Boot SSL bundle) instead of the JVM's default ones.
	 * @param connectionProvider the pool
	 * @param settings the settings
	 * @param resolver the resolver, or {@code null} for Reactor Netty's default one
	 * @param trustManagerFactory the trust managers, or {@code null} for the JVM's
	 * @param keyManagerFactory the key managers of a client certificate, or {@code null}
	 * @return the HTTP client
	 */
	public static HttpClient createHttpClient(ConnectionProvider connectionProvider, HttpSettings settings,
			@Nullable AddressResolverGroup<?> resolver, @Nullable TrustManagerFactory trustManagerFactory,
			@Nullable KeyManagerFactory keyManagerFactory) {
		Http11SslContextSpec sslContext = Http11SslContextSpec.forClient().configure((builder) -> {
			if (trustManagerFactory != null) {
				builder.trustManager(trustManagerFactory);
			}
			if (keyManagerFactory != null) {
				builder.keyManager(keyManagerFactory);
			}
		});
		HttpClient client = HttpClient.create(connectionProvider)
			.protocol(HttpProtocol.HTTP11)
			.keepAlive(true)
			.option(ChannelOption.CONNECT_TIMEOUT_MILLIS, Math.toIntExact(settings.connectTimeout().toMillis()))
			.responseTimeout(settings.responseTimeout())
			.secure((spec) -> spec.sslContext(sslContext).handshakeTimeout(settings.tlsHandshakeTimeout()))
			.doOnChannelInit((observer, channel, remoteAddress) -> addUserSigHandler(channel.pipeline()));
		return (resolver != null) ? client.resolver(resolver) : client;
	}

	/**
	 * Create a WebClient connector over the given HTTP client.
	 * @param httpClient the HTTP client
	 * @return the connector
	 */
	public static ReactorClientHttpConnector createConnector(HttpClient httpClient) {
		return new ReactorClientHttpConnector(httpClient);
	}

	private static void addUserSigHandler(ChannelPipeline pipeline) {
		if (pipeline.get(UserSigHandler.NAME) != null) {
			return;
		}
		if (pipeline.get(NettyPipeline.HttpCodec) == null) {
			throw new IllegalStateException("No HTTP/1.1 codec in the pipeline to place the UserSig handler after");
		}
		pipeline.addAfter(NettyPipeline.HttpCodec, UserSigHandler.NAME, UserSigHandler.INSTANCE);
	}

}
