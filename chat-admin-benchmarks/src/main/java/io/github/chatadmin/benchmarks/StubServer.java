package io.github.chatadmin.benchmarks;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.net.ssl.KeyManagerFactory;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.Http11SslContextSpec;
import reactor.netty.http.server.HttpServer;

/**
 * The benchmark's stub of the REST API: a minimal Reactor Netty server on 127.0.0.1 that
 * answers every {@code POST /v4/...} with a precomputed success envelope (with
 * {@code Content-Length}, keep-alive), or, in quota mode, with 60007 above a per-command
 * rate. Run it in its own JVM: {@code StubServer [port] [quota calls/s]}; it prints
 * {@code READY <port>} once it listens.
 *
 * @author chat-admin
 */
public final class StubServer {

	static final byte[] OK = "{\"ActionStatus\":\"OK\",\"ErrorCode\":0,\"ErrorInfo\":\"\"}"
		.getBytes(StandardCharsets.UTF_8);

	static final byte[] THROTTLED = "{\"ActionStatus\":\"FAIL\",\"ErrorCode\":60007,\"ErrorInfo\":\"too often\"}"
		.getBytes(StandardCharsets.UTF_8);

	private StubServer() {
	}

	/**
	 * Start a stub.
	 * @param port the port, 0 for any free one
	 * @param quota calls per second per command above which it answers 60007, or 0 for no
	 * limit
	 * @return the running server
	 */
	public static DisposableServer start(int port, double quota) {
		return start(port, quota, null);
	}

	/**
	 * Start a stub, with TLS if key managers are given.
	 * @param port the port, 0 for any free one
	 * @param quota calls per second per command above which it answers 60007, or 0 for no
	 * limit
	 * @param keyManagers the server's key for TLS, or {@code null} for plain HTTP
	 * @return the running server
	 */
	public static DisposableServer start(int port, double quota, KeyManagerFactory keyManagers) {
		Map<String, Bucket> buckets = new ConcurrentHashMap<>();
		HttpServer server = HttpServer.create().host("127.0.0.1").port(port);
		if (keyManagers != null) {
			server = server.secure((spec) -> spec.sslContext(Http11SslContextSpec.forServer(keyManagers)));
		}
		return server.handle((request, response) -> {
			byte[] answer = OK;
			if (quota > 0) {
				String path = request.uri();
				int query = path.indexOf('?');
				String command = (query >= 0) ? path.substring(0, query) : path;
				answer = buckets.computeIfAbsent(command, (key) -> new Bucket(quota)).take(System.nanoTime()) ? OK
						: THROTTLED;
			}
			ByteBuf body = Unpooled.wrappedBuffer(answer);
			return request.receive()
				.then()
				.then(response.header(HttpHeaderNames.CONTENT_TYPE, HttpHeaderValues.APPLICATION_JSON)
					.header(HttpHeaderNames.CONTENT_LENGTH, Integer.toString(answer.length))
					.send(Mono.just(body))
					.then());
		}).bindNow();
	}

	/**
	 * Run the stub: {@code StubServer [port] [quota] [tls directory]}; with a directory,
	 * a second, TLS listener starts on a free port, with the key store that
	 * {@link Tls#createStores(Path)} makes there. Prints
	 * {@code READY <port> [<tls port>]} once it listens.
	 * @param args the arguments
	 * @throws Exception if it cannot start
	 */
	public static void main(String[] args) throws Exception {
		int port = (args.length > 0) ? Integer.parseInt(args[0]) : 0;
		double quota = (args.length > 1) ? Double.parseDouble(args[1]) : 0;
		DisposableServer server = start(port, quota);
		DisposableServer tls = null;
		if (args.length > 2) {
			Tls.createStores(Path.of(args[2]));
			tls = start(0, quota, Tls.keyManagers(Path.of(args[2])));
		}
		System.out.println("READY " + server.port() + ((tls != null) ? " " + tls.port() : ""));
		System.out.flush();
		server.onDispose().block();
	}

	/**
	 * A token bucket holding one second of calls.
	 */
	static final class Bucket {

		private final double rate;

		private double tokens;

		private long last;

		Bucket(double rate) {
			this.rate = rate;
			this.tokens = rate;
			this.last = System.nanoTime();
		}

		synchronized boolean take(long now) {
			this.tokens = Math.min(this.rate, this.tokens + (now - this.last) / 1e9 * this.rate);
			this.last = now;
			if (this.tokens >= 1) {
				this.tokens -= 1;
				return true;
			}
			return false;
		}

	}

}
