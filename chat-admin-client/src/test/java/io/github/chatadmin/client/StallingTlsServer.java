package io.github.chatadmin.client;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntPredicate;

import javax.net.ssl.KeyManagerFactory;

import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.util.AttributeKey;
import io.netty.util.ReferenceCountUtil;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.Http11SslContextSpec;
import reactor.netty.http.server.HttpServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A Reactor Netty HTTPS server on 127.0.0.1 that completes most TLS handshakes but stalls
 * the ones of chosen connections: it accepts the TCP connection, reads the ClientHello
 * and never answers (its own handshake timeout is off, so only the client can end the
 * stall). It answers every request with an OK envelope, records each request's
 * {@code MsgRandom} and the number of the connection it came on (1 for the first accepted
 * connection), and sees stalled connections being closed by the client.
 */
final class StallingTlsServer implements AutoCloseable {

	private static final AttributeKey<Integer> CONNECTION = AttributeKey.valueOf("stalling-tls-server.connection");

	private static final JsonMapper mapper = JsonMapper.builder().build();

	private final DisposableServer server;

	private final AtomicInteger connections = new AtomicInteger();

	private final AtomicInteger stalledHellos = new AtomicInteger();

	private final AtomicInteger stalledClosed = new AtomicInteger();

	private final CountDownLatch firstStalledHello = new CountDownLatch(1);

	private final List<Request> requests = new CopyOnWriteArrayList<>();

	/**
	 * Start a server.
	 * @param keys the server's key and certificate
	 * @param stall which connections to stall, by number (1 for the first one)
	 * @param maxKeepAliveRequests how many requests a connection carries before the
	 * server closes it, or -1 for no limit
	 */
	StallingTlsServer(KeyManagerFactory keys, IntPredicate stall, int maxKeepAliveRequests) {
		this.server = HttpServer.create()
			.host("127.0.0.1")
			.port(0)
			.secure((spec) -> spec.sslContext(Http11SslContextSpec.forServer(keys)).handshakeTimeout(Duration.ZERO))
			.maxKeepAliveRequests(maxKeepAliveRequests)
			.doOnChannelInit((observer, channel, address) -> {
				int number = this.connections.incrementAndGet();
				channel.attr(CONNECTION).set(number);
				if (stall.test(number)) {
					channel.pipeline().addFirst("stall", new Stall());
					channel.closeFuture().addListener((future) -> this.stalledClosed.incrementAndGet());
				}
			})
			.handle((request, response) -> request.receive()
				.aggregate()
				.asString(StandardCharsets.UTF_8)
				.defaultIfEmpty("{}")
				.flatMap((body) -> {
					int[] connection = new int[1];
					response.withConnection((c) -> connection[0] = c.channel().attr(CONNECTION).get());
					JsonNode random = mapper.readTree(body).get("MsgRandom");
					this.requests.add(new Request((random != null) ? random.longValue() : -1, connection[0]));
					return response.header("Content-Type", "application/json")
						.sendString(Mono.just(EnvelopeServer.ok("")))
						.then();
				}))
			.bindNow();
	}

	/**
	 * Return the base URL of this server under a host name that the test resolver maps to
	 * 127.0.0.1 and that the certificate names.
	 * @param host the host name
	 * @return the base URL
	 */
	String baseUrl(String host) {
		return "https://" + host + ":" + this.server.port();
	}

	/**
	 * Return the requests that arrived, in order.
	 * @return the requests
	 */
	List<Request> requests() {
		return this.requests;
	}

	/**
	 * Return how many TCP connections were accepted.
	 * @return the connections
	 */
	int connections() {
		return this.connections.get();
	}

	/**
	 * Return how many stalled connections sent their ClientHello.
	 * @return the stalled handshakes
	 */
	int stalledHandshakes() {
		return this.stalledHellos.get();
	}

	/**
	 * Return how many stalled connections were closed (by the client: the server never
	 * closes one while it runs).
	 * @return the closed stalled connections
	 */
	int stalledClosed() {
		return this.stalledClosed.get();
	}

	/**
	 * Wait until a stalled connection has sent its ClientHello.
	 * @param seconds the longest wait
	 * @return whether it did in time
	 */
	boolean awaitStalledHandshake(long seconds) throws InterruptedException {
		return this.firstStalledHello.await(seconds, TimeUnit.SECONDS);
	}

	@Override
	public void close() {
		this.server.disposeNow();
	}

	/**
	 * A request as the server saw it.
	 *
	 * @param msgRandom the request's {@code MsgRandom}, or -1
	 * @param connection the number of the connection it came on
	 */
	record Request(long msgRandom, int connection) {

	}

	/**
	 * Swallows everything the client sends, before the TLS handler sees it: the handshake
	 * never progresses and nothing is ever written back.
	 */
	private final class Stall extends ChannelInboundHandlerAdapter {

		private boolean helloSeen;

		@Override
		public void channelRead(ChannelHandlerContext ctx, Object msg) {
			try {
				ByteBuf bytes = (ByteBuf) msg;
				if (!this.helloSeen && bytes.readableBytes() > 5 && bytes.getByte(0) == 0x16
						&& bytes.getByte(5) == 0x01) {
					this.helloSeen = true;
					StallingTlsServer.this.stalledHellos.incrementAndGet();
					StallingTlsServer.this.firstStalledHello.countDown();
				}
			}
			finally {
				ReferenceCountUtil.release(msg);
			}
		}

		@Override
		public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
			Channel channel = ctx.channel();
			channel.close();
		}

	}

}
