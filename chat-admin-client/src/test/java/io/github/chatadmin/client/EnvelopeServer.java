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

	private static final JsonMapper mapper = JsonMapper.builder().build();

	private final DisposableServer server;

	private final Set<String> clientAddresses = ConcurrentHashMap.newKeySet();

	private final CountDownLatch closed = new CountDownLatch(1);

	private final List<Request> requests = new CopyOnWriteArrayList<>();

	public EnvelopeServer(BiFunction<String, JsonNode, String> responder) {
		this.server = HttpServer.create().host("127.0.0.1").port(0).doOnChannelInit((observer, channel, address) -> {
			channel.closeFuture().addListener((future) -> this.closed.countDown());
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
