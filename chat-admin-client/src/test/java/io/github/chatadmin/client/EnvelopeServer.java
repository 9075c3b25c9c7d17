package io.github.chatadmin.client;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;

import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * A Reactor Netty server on 127.0.0.1 that answers every request with the JSON a
 * responder computes from the command and the body, and counts connections.
 */
public final class EnvelopeServer implements AutoCloseable {

	/**
	 * An answer that closes the connection instead of answering.
	 */
	public static final String CLOSE = "<close>";

	private static final JsonMapper mapper = JsonMapper.builder().build();

	private final Set<Object> openChannels = ConcurrentHashMap.newKeySet();

	private final DisposableServer server;

	private final Set<String> clientAddresses = ConcurrentHashMap.newKeySet();

	private final CountDownLatch closed = new CountDownLatch(1);

	private final List<Request> requests = new CopyOnWriteArrayList<>();

	public EnvelopeServer(BiFunction<String, JsonNode, String> responder) {
		this(0, UnaryOperator.identity(), responder);
	}

	/**
	 * Create a server on a given port, with the server customized (idle timeout,
	 * keep-alive limit).
	 * @param port the port, 0 for any free one
	 * @param customizer customizes the server
	 * @param responder computes the answer from the command and the body; an answer of
	 * {@link #CLOSE} closes the connection without an answer
	 */
	public EnvelopeServer(int port, UnaryOperator<HttpServer> customizer,
			BiFunction<String, JsonNode, String> responder) {
		this.server = customizer.apply(HttpServer.create().host("127.0.0.1").port(port))
			.doOnChannelInit((observer, channel, address) -> {
				this.openChannels.add(channel);
				channel.closeFuture().addListener((future) -> {
					this.openChannels.remove(channel);
					this.closed.countDown();
				});
			})
			.handle((request, response) -> request.receive()
				.aggregate()
				.asString(StandardCharsets.UTF_8)
				.defaultIfEmpty("")
				.flatMap((body) -> {
					URI uri = URI.create(request.uri());
					Map<String, String> query = UriComponentsBuilder.fromUri(uri)
						.build()
						.getQueryParams()
						.toSingleValueMap();
					String command = uri.getPath().substring(uri.getPath().lastIndexOf('/') + 1);
					JsonNode json = mapper.readTree(body.isEmpty() ? "{}" : body);
					this.requests.add(new Request(uri.getPath(), query, json));
					this.clientAddresses.add(String.valueOf(request.remoteAddress()));
					String answer = responder.apply(command, json);
					if (CLOSE.equals(answer)) {
						return response.withConnection((connection) -> connection.channel().close()).then();
					}
					return response.header("Content-Type", "application/json").sendString(Mono.just(answer)).then();
				}))
			.bindNow();
	}

	public static String ok(String fields) {
		return "{\"ActionStatus\":\"OK\",\"ErrorCode\":0,\"ErrorInfo\":\"\"" + (fields.isEmpty() ? "" : "," + fields)
				+ "}";
	}

	public static String fail(int code, String info) {
		return "{\"ActionStatus\":\"FAIL\",\"ErrorCode\":" + code + ",\"ErrorInfo\":\"" + info + "\"}";
	}

	public String baseUrl() {
		return "http://127.0.0.1:" + this.server.port();
	}

	/**
	 * Return how many distinct client connections (remote address and port) sent
	 * requests.
	 * @return the number of connections seen
	 */
	public int connections() {
		return this.clientAddresses.size();
	}

	/**
	 * Wait until the first connection is closed by either side.
	 * @param seconds the longest wait
	 * @return whether a connection was closed in time
	 */
	public boolean awaitFirstConnectionClosed(long seconds) throws InterruptedException {
		return this.closed.await(seconds, TimeUnit.SECONDS);
	}

	/**
	 * Return how many connections are open on the server's side.
	 * @return the open connections
	 */
	public int openConnections() {
		return this.openChannels.size();
	}

	public int port() {
		return this.server.port();
	}

	public List<Request> requests() {
		return this.requests;
	}

	@Override
	public void close() {
		this.server.disposeNow();
	}

	public record Request(String path, Map<String, String> query, JsonNode body) {

	}

}
