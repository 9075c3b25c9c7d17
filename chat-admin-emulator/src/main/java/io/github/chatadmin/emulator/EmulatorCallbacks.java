package io.github.chatadmin.emulator;

import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;

import io.netty.handler.codec.http.HttpHeaderNames;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import reactor.netty.ByteBufFlux;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The callbacks (webhooks) the emulator makes to the app, as the vendor does: an HTTP
 * {@code POST} to the configured URL with the query parameters {@code SdkAppid},
 * {@code CallbackCommand}, {@code contenttype=json}, {@code ClientIP} and
 * {@code OptPlatform}, and, when a token is configured, {@code RequestTime} (Unix
 * seconds) and {@code Sign} (lowercase hex SHA-256 of the token followed by
 * {@code RequestTime}); the body is the vendor's JSON for the command.
 * <p>
 * "Before" callbacks ({@code C2C.CallbackBeforeSendMsg},
 * {@code Group.CallbackBeforeSendMsg}) are awaited for at most {@link #BEFORE_TIMEOUT}: a
 * reply with a non-zero {@code ErrorCode} refuses the send (20006 for one-to-one, 10016
 * for group messages) and nothing is stored; a reply with a {@code MsgBody} or
 * {@code CloudCustomData} replaces what is stored. A callback that fails, times out or
 * answers unreadably lets the message through, the vendor's default. "After" callbacks
 * are sent without delaying the API's answer. Every callback made is listed by
 * {@link #calls()} once it has its outcome; {@link #awaitCall(String)} waits for one
 * without sleeping.
 * <p>
 * The emulator only calls loopback addresses: {@link #configure(URI, String)} refuses any
 * other host.
 *
 * @author chat-admin
 * @since 0.1.0
 */
public final class EmulatorCallbacks {

	/**
	 * How long the emulator waits for the reply to a "before" callback: the vendor's 2
	 * seconds.
	 */
	public static final Duration BEFORE_TIMEOUT = Duration.ofSeconds(2);

	/**
	 * How long the emulator waits for the reply to an "after" callback before it records
	 * the call as timed out.
	 */
	public static final Duration AFTER_TIMEOUT = Duration.ofSeconds(10);

	private static final Log logger = LogFactory.getLog(EmulatorCallbacks.class);

	private static final JsonMapper mapper = JsonMapper.builder().build();

	private final long sdkAppId;

	private final Clock clock;

	/**
	 * One connection per callback, so that nothing outlives the emulator and a restarted
	 * emulator calls back as before.
	 */
	private final HttpClient http = HttpClient.create(ConnectionProvider.newConnection()).followRedirect(false);

	private final List<Call> calls = new ArrayList<>();

	private final List<Waiter> waiters = new ArrayList<>();

	private volatile @Nullable Target target;

	EmulatorCallbacks(long sdkAppId, Clock clock) {
		this.sdkAppId = sdkAppId;
		this.clock = clock;
	}

	/**
	 * Make the emulator call an app back at a URL, signing each call with a token.
	 * @param url the app's callback URL: {@code http} or {@code https} on a loopback
	 * address ({@code 127.0.0.1}, {@code ::1} or {@code localhost})
	 * @param token the callback token the app verifies {@code Sign} with, or {@code null}
	 * to send neither {@code Sign} nor {@code RequestTime}
	 * @return these callbacks
	 * @throws IllegalArgumentException if the URL is not an absolute HTTP URL on a
	 * loopback address, or the token is empty
	 */
	public EmulatorCallbacks configure(URI url, @Nullable String token) {
		String scheme = (url.getScheme() != null) ? url.getScheme().toLowerCase(Locale.ROOT) : "";
		if (!scheme.equals("http") && !scheme.equals("https")) {
			throw new IllegalArgumentException("The callback URL must be an absolute http or https URL");
		}
		if (!isLoopback(url.getHost())) {
			throw new IllegalArgumentException("The emulator only calls back loopback addresses, not " + url.getHost());
		}
		if (token != null && token.isEmpty()) {
			throw new IllegalArgumentException("The callback token must not be empty");
		}
		this.target = new Target(url, token);
		return this;
	}

	/**
	 * Stop calling the app back.
	 * @return these callbacks
	 */
	public EmulatorCallbacks disable() {
		this.target = null;
		return this;
	}

	/**
	 * Return whether a callback URL is configured.
	 * @return whether the emulator calls the app back
	 */
	public boolean isEnabled() {
		return this.target != null;
	}

	/**
	 * Return the callbacks made so far that have their outcome, in the order they got it.
	 * @return the calls
	 */
	public synchronized List<Call> calls() {
		return List.copyOf(this.calls);
	}

	/**
	 * Return the callbacks made so far with a command.
	 * @param command the {@code CallbackCommand}, such as
	 * {@code C2C.CallbackAfterSendMsg}
	 * @return the calls
	 */
	public synchronized List<Call> calls(String command) {
		return this.calls.stream().filter((call) -> call.command().equals(command)).toList();
	}

	/**
	 * Wait for the first callback with a command, made before or after this call.
	 * @param command the {@code CallbackCommand}
	 * @return a future of the call, complete once it has its outcome
	 */
	public CompletableFuture<Call> awaitCall(String command) {
		return awaitCalls(command, 1).thenApply((calls) -> calls.get(0));
	}

	/**
	 * Wait until there are at least a number of callbacks with a command.
	 * @param command the {@code CallbackCommand}
	 * @param count how many calls to wait for
	 * @return a future of the first {@code count} such calls
	 */
	public synchronized CompletableFuture<List<Call>> awaitCalls(String command, int count) {
		Waiter waiter = new Waiter(command, count, new CompletableFuture<>());
		List<Call> matching = waiter.matching(this.calls);
		if (matching != null) {
			waiter.future.complete(matching);
		}
		else {
			this.waiters.add(waiter);
		}
		return waiter.future;
	}

	/**
	 * Forget the calls made so far; the configured URL and token stay.
	 */
	public synchronized void clear() {
		this.calls.clear();
	}

	@Override
	public String toString() {
		Target current = this.target;
		return "EmulatorCallbacks[url=" + ((current != null) ? current.url : "none") + ", token="
				+ ((current != null && current.token != null) ? "******" : "none") + "]";
	}

	/**
	 * Call the app back, unless no URL is configured.
	 * @param command the {@code CallbackCommand}
	 * @param fields the body's fields after {@code CallbackCommand}
	 * @param timeout how long to wait for the reply
	 * @return the call with its outcome, never an error; empty when callbacks are off
	 */
	Mono<Call> call(String command, ObjectNode fields, Duration timeout) {
		Target current = this.target;
		if (current == null) {
			return Mono.empty();
		}
		ObjectNode body = mapper.createObjectNode().put("CallbackCommand", command);
		body.setAll(fields);
		byte[] bytes = mapper.writeValueAsBytes(body);
		URI uri = current.uri(command, this.sdkAppId, this.clock.millis() / 1000);
		return this.http.headers((headers) -> headers.set(HttpHeaderNames.CONTENT_TYPE, "application/json"))
			.post()
			.uri(uri)
			.send(ByteBufFlux.fromInbound(Mono.just(bytes)))
			.responseSingle((response, content) -> content.asByteArray()
				.defaultIfEmpty(new byte[0])
				.map((reply) -> outcome(command, body, response.status().code(), reply)))
			.timeout(timeout)
			.onErrorResume((ex) -> Mono.just(new Call(command, body, null, 0, failure(ex))))
			.doOnNext(this::record);
	}

	/**
	 * Send an "after" callback without waiting for it.
	 * @param command the {@code CallbackCommand}
	 * @param fields the body's fields after {@code CallbackCommand}
	 */
	void fire(String command, ObjectNode fields) {
		call(command, fields, AFTER_TIMEOUT).subscribe();
	}

	private static Call outcome(String command, JsonNode body, int status, byte[] reply) {
		if (status < 200 || status > 299) {
			return new Call(command, body, null, status, "HTTP " + status);
		}
		try {
			JsonNode json = mapper.readTree(reply);
			if (json == null || !json.isObject() || !json.path("ErrorCode").isIntegralNumber()) {
				return new Call(command, body, null, status, "the reply is not the vendor's envelope");
			}
			return new Call(command, body, json, status, null);
		}
		catch (JacksonException ex) {
			return new Call(command, body, null, status, "the reply is not JSON");
		}
	}

	private static String failure(Throwable ex) {
		if (ex instanceof java.util.concurrent.TimeoutException) {
			return "timed out";
		}
		return "failed: " + ex.getClass().getSimpleName();
	}

	private void record(Call call) {
		if (call.failure() != null && logger.isDebugEnabled()) {
			logger.debug("Callback " + call.command() + " " + call.failure());
		}
		List<Runnable> completions = new ArrayList<>();
		synchronized (this) {
			this.calls.add(call);
			for (Iterator<Waiter> it = this.waiters.iterator(); it.hasNext();) {
				Waiter waiter = it.next();
				List<Call> matching = waiter.matching(this.calls);
				if (matching != null) {
					it.remove();
					completions.add(() -> waiter.future().complete(matching));
				}
			}
		}
		completions.forEach(Runnable::run);
	}

	private static boolean isLoopback(@Nullable String host) {
		if (host == null || host.isEmpty()) {
			return false;
		}
		if (host.equalsIgnoreCase("localhost")) {
			return true;
		}
		String literal = (host.startsWith("[") && host.endsWith("]")) ? host.substring(1, host.length() - 1) : host;
		if (!literal.matches("[0-9.]+") && !literal.contains(":")) {
			return false;
		}
		try {
			return InetAddress.getByName(literal).isLoopbackAddress();
		}
		catch (UnknownHostException ex) {
			return false;
		}
	}

	static String sign(String token, long requestTime) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest((token + requestTime).getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is not available", ex);
		}
	}

	/**
	 * One callback the emulator made, with its outcome.
	 *
	 * @param command the {@code CallbackCommand}
	 * @param body the JSON body sent
	 * @param reply the app's reply, or {@code null} when the call failed
	 * @param status the HTTP status of the reply, or 0 when there was none
	 * @param failure why the call failed (timed out, not the vendor's envelope, HTTP
	 * status, connection failure), or {@code null} when it got a reply
	 */
	public record Call(String command, JsonNode body, @Nullable JsonNode reply, int status, @Nullable String failure) {

		/**
		 * Return the {@code ErrorCode} of the reply.
		 * @return the code, or {@code null} when the call failed
		 */
		public @Nullable Integer errorCode() {
			return (this.reply != null) ? this.reply.get("ErrorCode").asInt() : null;
		}

	}

	private record Target(URI url, @Nullable String token) {

		URI uri(String command, long sdkAppId, long requestTime) {
			StringBuilder query = new StringBuilder();
			query.append("SdkAppid=").append(sdkAppId);
			query.append("&CallbackCommand=").append(URLEncoder.encode(command, StandardCharsets.UTF_8));
			query.append("&contenttype=json&ClientIP=127.0.0.1&OptPlatform=RESTAPI");
			if (this.token != null) {
				query.append("&RequestTime=").append(requestTime);
				query.append("&Sign=").append(sign(this.token, requestTime));
			}
			String base = this.url.toString();
			int fragment = base.indexOf('#');
			if (fragment >= 0) {
				base = base.substring(0, fragment);
			}
			return URI.create(base + ((this.url.getRawQuery() != null) ? "&" : "?") + query);
		}

		@Override
		public String toString() {
			return "Target[url=" + this.url + "]";
		}

	}

	private record Waiter(String command, int count, CompletableFuture<List<Call>> future) {

		@Nullable List<Call> matching(List<Call> calls) {
			List<Call> matching = calls.stream()
				.filter((call) -> call.command().equals(this.command))
				.limit(this.count)
				.toList();
			return (matching.size() < this.count) ? null : matching;
		}

	}

}
