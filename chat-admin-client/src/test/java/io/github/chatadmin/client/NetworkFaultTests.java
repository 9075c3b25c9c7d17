package io.github.chatadmin.client;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollDatagramChannel;
import io.netty.channel.socket.nio.NioDatagramChannel;
import io.netty.resolver.AddressResolver;
import io.netty.resolver.AddressResolverGroup;
import io.netty.resolver.InetNameResolver;
import io.netty.resolver.dns.DnsAddressResolverGroup;
import io.netty.resolver.dns.DnsNameResolverBuilder;
import io.netty.resolver.dns.SingletonDnsServerAddressStreamProvider;
import io.netty.util.concurrent.EventExecutor;
import io.netty.util.concurrent.Promise;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.core.Disposable;

import io.github.chatadmin.client.transport.HttpSettings;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Faults of the network and of the connection's life (from {@code fault-tests.md}): idle
 * and keep-alive closes by the server, black holes, connect and DNS failures, TLS
 * failures, cancellation and the return to the primary domain. All servers listen on
 * 127.0.0.1; the vendor-like host names are resolved by a test resolver.
 */
class NetworkFaultTests {

	private static final Map<String, Object> SEND = Map.of("To_Account", "bob", "MsgRandom", 7);

	private static final Map<String, Object> CHECK = Map.of("CheckItem", List.of(Map.of("UserID", "a")));

	@RegisterExtension
	static WireMockExtension tls = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicHttpsPort().httpDisabled(true).bindAddress("127.0.0.1"))
		.build();

	private static String ok(String command, Object body) {
		return EnvelopeServer.ok("");
	}

	@Test
	void shouldNotUseAConnectionTheServerClosedWhileIdle() throws Exception {
		try (EnvelopeServer server = new EnvelopeServer(0, (http) -> http.idleTimeout(Duration.ofMillis(100)),
				NetworkFaultTests::ok); ChatAdminTemplate template = TestTemplates.builder(server.baseUrl()).build()) {
			template.execute("openim", "sendmsg", SEND).block();
			assertThat(server.awaitFirstConnectionClosed(10)).isTrue();
			template.execute("openim", "sendmsg", Map.of("To_Account", "bob", "MsgRandom", 8)).block();
			assertThat(server.requests()).hasSize(2);
			assertThat(server.connections()).isEqualTo(2);
		}
	}

	@Test
	void shouldFollowAServerThatClosesAfterTwoRequestsPerConnection() {
		try (EnvelopeServer server = new EnvelopeServer(0, (http) -> http.maxKeepAliveRequests(2),
				NetworkFaultTests::ok); ChatAdminTemplate template = TestTemplates.builder(server.baseUrl()).build()) {
			for (int i = 0; i < 5; i++) {
				template.execute("openim", "sendmsg", Map.of("To_Account", "bob", "MsgRandom", i)).block();
			}
			// every call answered once, none sent twice
			assertThat(server.requests()).hasSize(5);
			// ceil(5 / 2) connections, and one more for each of the server's two closes
			// that a
			// call meets in the instant it happens: that call is sent again, unwritten,
			// on a
			// new connection
			assertThat(server.connections()).as("connections").isBetween(3, 5);
		}
	}

	@Test
	void blackHoleShouldSurfaceAWriteAsOutcomeUnknownAfterOneRequestAndRetryARead() throws Exception {
		HttpSettings settings = HttpSettings.defaults().withResponseTimeout(Duration.ofMillis(300));
		try (SilentServer server = new SilentServer();
				ChatAdminTemplate template = TestTemplates.builder(server.baseUrl("http"))
					.httpSettings(settings)
					.maxAttempts(3)
					.build()) {
			assertThatExceptionOfType(ChatAdminRequestException.class)
				.isThrownBy(() -> template.execute("openim", "sendmsg", SEND).block(Duration.ofSeconds(10)))
				.satisfies((ex) -> {
					assertThat(ex.isOutcomeUnknown()).isTrue();
					assertThat(ex.getAttempts()).isEqualTo(1);
					assertThat(ex.getMsgRandom()).isEqualTo(7L);
					assertThat(ex.getRandom()).isNotNull();
				});
			assertThat(server.requests()).isEqualTo(1);
			assertThatExceptionOfType(ChatAdminRequestException.class).isThrownBy(
					() -> template.execute("im_open_login_svc", "account_check", CHECK).block(Duration.ofSeconds(10)))
				.satisfies((ex) -> assertThat(ex.getAttempts()).isEqualTo(3));
			assertThat(server.requests()).isEqualTo(4);
		}
	}

	@Test
	void connectTimeoutShouldFailOverWithinTheConnectTimeout() throws Exception {
		try (Backlogged primary = new Backlogged();
				EnvelopeServer backup = new EnvelopeServer(NetworkFaultTests::ok);
				ChatAdminTemplate template = TestTemplates.builder(primary.baseUrl())
					.backupEndpoint(URI.create(backup.baseUrl()))
					.httpSettings(HttpSettings.defaults().withConnectTimeout(Duration.ofMillis(300)))
					.build()) {
			template.execute("openim", "sendmsg", SEND).block(Duration.ofSeconds(10));
			assertThat(backup.requests()).hasSize(1);
		}
		try (Backlogged primary = new Backlogged();
				ChatAdminTemplate template = TestTemplates.builder(primary.baseUrl())
					.httpSettings(HttpSettings.defaults().withConnectTimeout(Duration.ofMillis(300)))
					.maxAttempts(2)
					.build()) {
			assertThatExceptionOfType(ChatAdminRequestException.class)
				.isThrownBy(() -> template.execute("openim", "sendmsg", SEND).block(Duration.ofSeconds(10)))
				.satisfies((ex) -> {
					assertThat(ex.getFailureKind()).isEqualTo(ChatAdminFailureKind.NOT_SENT);
					assertThat(ex.getAttempts()).isEqualTo(2);
					assertThat(ex.getMessage()).contains("ConnectTimeoutException");
				});
		}
	}

	@Test
	void dnsFailureShouldFailOverToTheBackupDomain() {
		try (EnvelopeServer backup = new EnvelopeServer(NetworkFaultTests::ok);
				ChatAdminTemplate template = TestTemplates.builder("https://adminapi.im.test")
					.backupEndpoint(URI.create(backup.baseUrl()))
					.resolver(new LoopbackResolverGroup())
					.build()) {
			template.execute("openim", "sendmsg", SEND).block(Duration.ofSeconds(10));
			template.execute("openim", "sendmsg", Map.of("To_Account", "bob", "MsgRandom", 8))
				.block(Duration.ofSeconds(10));
			assertThat(backup.requests()).hasSize(2);
		}
		try (ChatAdminTemplate template = TestTemplates.builder("https://adminapi.im.test")
			.resolver(new LoopbackResolverGroup())
			.maxAttempts(2)
			.build()) {
			assertThatExceptionOfType(ChatAdminRequestException.class)
				.isThrownBy(() -> template.execute("openim", "sendmsg", SEND).block(Duration.ofSeconds(10)))
				.satisfies((ex) -> {
					assertThat(ex.getFailureKind()).isEqualTo(ChatAdminFailureKind.NOT_SENT);
					assertThat(ex.getMessage()).contains("UnknownHostException");
				});
		}
	}

	@Test
	void dnsTimeoutShouldFailOverWithinTheQueryTimeout() throws Exception {
		try (DatagramSocket silentDns = new DatagramSocket(0, InetAddress.getLoopbackAddress());
				EnvelopeServer backup = new EnvelopeServer(NetworkFaultTests::ok)) {
			DnsNameResolverBuilder dns = new DnsNameResolverBuilder()
				.datagramChannelType(Epoll.isAvailable() ? EpollDatagramChannel.class : NioDatagramChannel.class)
				.nameServerProvider(new SingletonDnsServerAddressStreamProvider(
						(InetSocketAddress) silentDns.getLocalSocketAddress()))
				.queryTimeoutMillis(300)
				.maxQueriesPerResolve(1)
				.hostsFileEntriesResolver((host, type) -> null);
			try (ChatAdminTemplate template = TestTemplates.builder("https://adminapi.im.example")
				.backupEndpoint(URI.create(backup.baseUrl()))
				.resolver(new DnsAddressResolverGroup(dns))
				.build()) {
				template.execute("openim", "sendmsg", SEND).block(Duration.ofSeconds(10));
				assertThat(backup.requests()).hasSize(1);
			}
		}
	}

	@Test
	void untrustedCertificateShouldNeverSendTheBodyAndShouldFailOver() {
		String primary = "https://127.0.0.1:" + tls.getHttpsPort();
		try (EnvelopeServer backup = new EnvelopeServer(NetworkFaultTests::ok);
				ChatAdminTemplate template = TestTemplates.builder(primary)
					.backupEndpoint(URI.create(backup.baseUrl()))
					.build()) {
			template.execute("openim", "sendmsg", SEND).block(Duration.ofSeconds(10));
			assertThat(backup.requests()).hasSize(1);
		}
		try (ChatAdminTemplate template = TestTemplates.builder(primary).maxAttempts(1).build()) {
			assertThatExceptionOfType(ChatAdminRequestException.class)
				.isThrownBy(() -> template.execute("openim", "sendmsg", SEND).block(Duration.ofSeconds(10)))
				.satisfies((ex) -> {
					assertThat(ex.getFailureKind()).isEqualTo(ChatAdminFailureKind.NOT_SENT);
					assertThat(ex.getMessage()).contains("certification path").doesNotContain("usersig=e");
				});
		}
		tls.verify(0, anyRequestedFor(anyUrl()));
	}

	@Test
	void stalledTlsHandshakeShouldTimeOutAndFailOver() throws Exception {
		HttpSettings settings = HttpSettings.defaults().withTlsHandshakeTimeout(Duration.ofMillis(300));
		try (SilentServer primary = new SilentServer();
				EnvelopeServer backup = new EnvelopeServer(NetworkFaultTests::ok);
				ChatAdminTemplate template = TestTemplates.builder(primary.baseUrl("https"))
					.backupEndpoint(URI.create(backup.baseUrl()))
					.httpSettings(settings)
					.build()) {
			template.execute("openim", "sendmsg", SEND).block(Duration.ofSeconds(10));
			assertThat(backup.requests()).hasSize(1);
			assertThat(primary.requests()).isZero();
		}
	}

	@Test
	void cancellingACallShouldCloseItsConnection() throws Exception {
		try (SilentServer server = new SilentServer();
				ChatAdminTemplate template = TestTemplates.builder(server.baseUrl("http")).build()) {
			Disposable call = template.execute("openim", "sendmsg", SEND).subscribe();
			while (server.requests() == 0) {
				Thread.onSpinWait();
			}
			call.dispose();
			assertThat(server.awaitClientClose(10)).isTrue();
		}
	}

	@Test
	void closingTheTemplateShouldCloseConnectionsOfCallsInFlight() throws Exception {
		SilentServer server = new SilentServer();
		try (server) {
			ChatAdminTemplate template = TestTemplates.builder(server.baseUrl("http")).build();
			template.execute("openim", "sendmsg", SEND).subscribe(null, (ex) -> {
			});
			while (server.requests() == 0) {
				Thread.onSpinWait();
			}
			template.close();
			assertThat(server.awaitClientClose(10)).isTrue();
		}
	}

	@Test
	void trafficShouldReturnToThePrimaryAfterTheCoolDown() throws Exception {
		int port;
		try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			port = probe.getLocalPort();
		}
		AtomicLong now = new AtomicLong();
		try (EnvelopeServer backup = new EnvelopeServer(NetworkFaultTests::ok);
				ChatAdminTemplate template = TestTemplates.builder("http://127.0.0.1:" + port)
					.backupEndpoint(URI.create(backup.baseUrl()))
					.failoverCoolDown(Duration.ofSeconds(30))
					.nanoTime(now::get)
					.build()) {
			template.execute("openim", "sendmsg", SEND).block(Duration.ofSeconds(10));
			assertThat(backup.requests()).hasSize(1);
			try (EnvelopeServer primary = new EnvelopeServer(port, (http) -> http, NetworkFaultTests::ok)) {
				now.addAndGet(Duration.ofSeconds(29).toNanos());
				template.execute("openim", "sendmsg", Map.of("To_Account", "bob", "MsgRandom", 8))
					.block(Duration.ofSeconds(10));
				assertThat(backup.requests()).as("still cooling down: no flapping").hasSize(2);
				now.addAndGet(Duration.ofSeconds(2).toNanos());
				template.execute("openim", "sendmsg", Map.of("To_Account", "bob", "MsgRandom", 9))
					.block(Duration.ofSeconds(10));
				assertThat(primary.requests()).hasSize(1);
				template.execute("openim", "sendmsg", Map.of("To_Account", "bob", "MsgRandom", 10))
					.block(Duration.ofSeconds(10));
				assertThat(primary.requests()).hasSize(2);
				assertThat(backup.requests()).hasSize(2);
			}
		}
	}

	/**
	 * A listener whose accept queue is full, so that new connections are never
	 * established (the kernel drops their SYNs).
	 */
	static final class Backlogged implements AutoCloseable {

		private final ServerSocket serverSocket;

		private final List<Socket> fillers = new ArrayList<>();

		Backlogged() throws IOException {
			this.serverSocket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
			for (int i = 0; i < 32; i++) {
				Socket filler = new Socket();
				try {
					filler.connect(this.serverSocket.getLocalSocketAddress(), 200);
					this.fillers.add(filler);
				}
				catch (SocketTimeoutException ex) {
					filler.close();
					return;
				}
			}
			throw new IllegalStateException("Could not fill the accept queue of the listener");
		}

		String baseUrl() {
			return "http://127.0.0.1:" + this.serverSocket.getLocalPort();
		}

		@Override
		public void close() throws IOException {
			for (Socket filler : this.fillers) {
				filler.close();
			}
			this.serverSocket.close();
		}

	}

	/**
	 * Resolves {@code *.test} host names to nothing (an unknown host) and everything else
	 * to 127.0.0.1, so that no lookup leaves the machine.
	 */
	static final class LoopbackResolverGroup extends AddressResolverGroup<InetSocketAddress> {

		@Override
		protected AddressResolver<InetSocketAddress> newResolver(EventExecutor executor) {
			return new InetNameResolver(executor) {

				@Override
				protected void doResolve(String host, Promise<InetAddress> promise) {
					if (host.endsWith(".test")) {
						promise.setFailure(new UnknownHostException(host));
						return;
					}
					promise.setSuccess(InetAddress.getLoopbackAddress());
				}

				@Override
				protected void doResolveAll(String host, Promise<List<InetAddress>> promise) {
					Promise<InetAddress> one = executor().newPromise();
					doResolve(host, one);
					if (one.isSuccess()) {
						promise.setSuccess(List.of(one.getNow()));
					}
					else {
						promise.setFailure(one.cause());
					}
				}

			}.asAddressResolver();
		}

	}

}
