package io.github.chatadmin.emulator;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.QueryStringDecoder;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A local, stateful, in-memory emulator of the Tencent Cloud Chat server-side REST admin
 * API, on Reactor Netty, bound to {@code 127.0.0.1}.
 * <p>
 * It checks every request as the vendor does (method, path, {@code sdkappid},
 * {@code identifier}, a UserSig verified against its secret key, {@code random},
 * {@code contenttype=json}, a JSON object body) and answers violations with the vendor's
 * error codes. It keeps accounts, profiles, one-to-one and group messages, groups,
 * friends, official accounts, push attributes, tags and scheduled pushes in memory, and
 * records the pushes it accepts ({@link #pushes()}); {@link #reset()} clears them.
 * Whatever the request, it answers the vendor's envelope, never an HTTP 500; it reads a
 * body only after authenticating the request, and answers HTTP 413 to a body over
 * {@link Builder#maxRequestBodySize(int)}. {@link #quotas()} and {@link #faults()} make
 * it throttle, slow down or fail on demand.
 *
 * <pre class="code">
 * try (ChatAdminEmulator emulator = ChatAdminEmulator.builder().build().start()) {
 *     ChatAdminTemplate template = ChatAdminTemplate.builder()
 *         .sdkAppId(emulator.getSdkAppId())
 *         .secretKey(emulator.getSecretKey())
 *         .endpoint(URI.create(emulator.baseUrl()))
 *         .build();
 * }
 * </pre>
 *
 * @author chat-admin
 * @since 0.1.0
 */
public final class ChatAdminEmulator implements AutoCloseable {

	/**
	 * The default of {@link Builder#maxRequestBodySize(int)}: 128 KiB, several times the
	 * largest request the vendor accepts (a 500-recipient {@code batchsendmsg} with a 12
	 * KB message is about 35 KB).
	 */
	public static final int DEFAULT_MAX_REQUEST_BODY_SIZE = 128 * 1024;

	private static final Pattern PATH = Pattern.compile("/v4/([A-Za-z0-9_]+)/([A-Za-z0-9_]+)");

	private static final Log logger = LogFactory.getLog(ChatAdminEmulator.class);

	private static final JsonMapper mapper = JsonMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
		.build();

	private final long sdkAppId;

	private final String secretKey;

	private final String admin;

	private final String host;

	private final int port;

	private final Clock clock;

	private final UserSigVerifier verifier;

	private final EmulatorDispatcher dispatcher;

	private final EmulatorQuotas quotas;

	private final EmulatorFaults faults = new EmulatorFaults();

	private final int maxRequestBodySize;

	private final EmulatorCallbacks callbacks;

	private final CallbackTriggers triggers;

	private final Map<String, AtomicLong> calls = new ConcurrentHashMap<>();

	private volatile @Nullable DisposableServer server;

	private ChatAdminEmulator(Builder builder) {
		this.sdkAppId = builder.sdkAppId;
		this.secretKey = (builder.secretKey != null) ? builder.secretKey : randomKey();
		this.admin = builder.admin;
		this.host = builder.host;
		this.port = builder.port;
		this.clock = builder.clock;
		this.verifier = new UserSigVerifier(this.sdkAppId, this.secretKey);
		this.dispatcher = new EmulatorDispatcher(this.sdkAppId, this.clock);
		this.quotas = new EmulatorQuotas(builder.nanoTime);
		this.maxRequestBodySize = builder.maxRequestBodySize;
		this.callbacks = new EmulatorCallbacks(this.sdkAppId, this.clock);
		this.triggers = new CallbackTriggers(this.callbacks, this.dispatcher, this.clock, this.admin);
		if (builder.callbackUrl != null) {
			this.callbacks.configure(builder.callbackUrl, builder.callbackToken);
		}
	}

	/**
	 * Create a builder.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	private static String randomKey() {
		byte[] bytes = new byte[32];
		new SecureRandom().nextBytes(bytes);
		return HexFormat.of().formatHex(bytes);
	}

	/**
	 * Start listening.
	 * @return this emulator
	 * @throws IllegalStateException if it is already started
	 */
	public synchronized ChatAdminEmulator start() {
		if (this.server != null) {
			throw new IllegalStateException("The emulator is already started on " + baseUrl());
		}
		this.server = HttpServer.create().host(this.host).port(this.port).handle(this::handle).bindNow();
		return this;
	}

	/**
	 * Stop listening; the state is kept until the emulator is garbage.
	 */
	@Override
	public synchronized void close() {
		DisposableServer current = this.server;
		if (current != null) {
			current.disposeNow(Duration.ofSeconds(5));
			this.server = null;
		}
	}

	/**
	 * Return the base URL to configure as {@code tencent.chat.endpoint}.
	 * @return for example {@code http://127.0.0.1:41234}
	 * @throws IllegalStateException if the emulator is not started
	 */
	public String baseUrl() {
		DisposableServer current = this.server;
		if (current == null) {
			throw new IllegalStateException("The emulator is not started");
		}
		String address = current.host();
		return "http://" + (address.contains(":") ? "[" + address + "]" : address) + ":" + current.port();
	}

	/**
	 * Return the emulated app's SDKAppID.
	 * @return the SDKAppID
	 */
	public long getSdkAppId() {
		return this.sdkAppId;
	}

	/**
	 * Return the emulated app's secret key, to configure as
	 * {@code tencent.chat.secret-key}.
	 * @return the secret key
	 */
	public String getSecretKey() {
		return this.secretKey;
	}

	/**
	 * Return the emulated app's admin account.
	 * @return the admin account
	 */
	public String getAdmin() {
		return this.admin;
	}

	/**
	 * Return the call-rate limits, to make the emulator throttle.
	 * @return the quotas
	 */
	public EmulatorQuotas quotas() {
		return this.quotas;
	}

	/**
	 * Return the fault switches.
	 * @return the faults
	 */
	public EmulatorFaults faults() {
		return this.faults;
	}

	/**
	 * Return the callbacks the emulator makes to the app: their configuration and the
	 * calls made, with their replies.
	 * @return the callbacks
	 */
	public EmulatorCallbacks callbacks() {
		return this.callbacks;
	}

	/**
	 * Make the emulator call the app back, as the vendor does, at a loopback URL, signed
	 * with a token; see {@link EmulatorCallbacks}.
	 * @param url the app's callback URL, on a loopback address
	 * @param token the callback token, or {@code null} to send unsigned callbacks
	 * @return the callbacks
	 * @throws IllegalArgumentException if the URL is not on a loopback address
	 */
	public EmulatorCallbacks callbacks(URI url, @Nullable String token) {
		return this.callbacks.configure(url, token);
	}

	/**
	 * Return how many requests reached a command, whatever their answer.
	 * @param command {@code service/command}
	 * @return the number of requests
	 */
	public long callCount(String command) {
		AtomicLong count = this.calls.get(command);
		return (count != null) ? count.get() : 0;
	}

	/**
	 * Return whether an account is imported.
	 * @param userId the UserID
	 * @return whether it exists
	 */
	public boolean hasAccount(String userId) {
		return this.dispatcher.hasAccount(userId);
	}

	/**
	 * Return the pushes the emulator accepted ({@code timpush/push},
	 * {@code timpush/batch} and {@code all_member_push/im_push}), oldest first, each with
	 * its target, its message and whether it was revoked. Nobody receives them;
	 * {@link #reset()} forgets them.
	 * @return an immutable list
	 */
	public List<EmulatorPush> pushes() {
		return this.dispatcher.pushes();
	}

	/**
	 * Ban words: {@code im_msg_audit/content_moderation} then blocks a text that contains
	 * one (case-insensitive) and names it in {@code Keywords}; any other text passes.
	 * {@link #reset()} forgets them.
	 * @param words the words
	 * @return this emulator
	 */
	public ChatAdminEmulator banWords(String... words) {
		for (String word : words) {
			if (word == null || word.isEmpty()) {
				throw new IllegalArgumentException("A banned word must not be empty");
			}
		}
		this.dispatcher.banWords(List.of(words));
		return this;
	}

	/**
	 * Return the friend requests a user received that wait for their confirmation: those
	 * that {@code sns/friend_add} answered with 30539 because the user's
	 * {@code Tag_Profile_IM_AllowType} is {@code AllowType_Type_NeedConfirm}.
	 * @param userId the UserID of the target of the requests
	 * @return the UserIDs of the requesters, oldest first
	 */
	public List<String> pendingFriendRequests(String userId) {
		return this.dispatcher.pendingFriendRequests(userId);
	}

	/**
	 * Clear all data, quotas, faults, counters and the calls of {@link #callbacks()}; the
	 * callback URL and token stay.
	 */
	public void reset() {
		this.dispatcher.reset();
		this.callbacks.clear();
		this.quotas.clear();
		this.faults.clear();
		this.calls.clear();
	}

	@Override
	public String toString() {
		return "ChatAdminEmulator[sdkAppId=" + this.sdkAppId + ", admin=" + this.admin + ", secretKey=******, url="
				+ ((this.server != null) ? baseUrl() : "not started") + "]";
	}

	private Mono<Void> handle(HttpServerRequest request, HttpServerResponse response) {
		String command = commandOf(request.fullPath());
		return Mono.defer(() -> respond(request, response, command))
			.onErrorResume((ex) -> lastResort(response, command, ex));
	}

	/**
	 * Answer a request, reading its body only once the request is authenticated, and no
	 * more of it than the limit: a body declared larger is refused unread, a chunked one
	 * as soon as it passes the limit. A refused request's body is read and dropped, so
	 * that the connection can carry the next request.
	 */
	private Mono<Void> respond(HttpServerRequest request, HttpServerResponse response, @Nullable String command) {
		if (command != null) {
			this.calls.computeIfAbsent(command, (key) -> new AtomicLong()).incrementAndGet();
		}
		if (declaredLength(request) > this.maxRequestBodySize) {
			return tooLarge(response);
		}
		EmulatorFaults.Planned fault = (command != null) ? this.faults.take(command) : null;
		if (fault != null && fault.kind == EmulatorFaults.Kind.CLOSE) {
			return discard(request, response).then(close(response));
		}
		Duration delay = (command != null) ? this.faults.delayFor(command) : null;
		if (fault != null && fault.kind == EmulatorFaults.Kind.BAD_GATEWAY) {
			return discard(request, response).then(delayed(delay, badGateway(response)));
		}
		ObjectNode refusal = envelope(command, () -> {
			authenticate(request, command);
			return mapper.createObjectNode();
		});
		if (isFailure(refusal)) {
			return delayed(delay, send(response, refusal)).then(discard(request, response));
		}
		return read(request).flatMap(
				(body) -> delayed(delay, answer(body, command, fault).flatMap((envelope) -> send(response, envelope))))
			.onErrorResume(BodyTooLarge.class, (ex) -> tooLarge(response));
	}

	/**
	 * Carry out a request, after its "before" callback if it has one, and send its
	 * "after" callbacks without waiting for them.
	 */
	private Mono<ObjectNode> answer(byte[] body, @Nullable String command, EmulatorFaults.@Nullable Planned fault) {
		return Mono.defer(() -> {
			JsonNode json = parse(body, command);
			if (fault != null && fault.kind == EmulatorFaults.Kind.ERROR_CODE) {
				throw new EmulatorError(fault.code, "injected fault");
			}
			return this.triggers.before(command, json).map((request) -> {
				ObjectNode fields;
				Set<String> membersBefore;
				synchronized (this.dispatcher) {
					membersBefore = this.triggers.membersBefore(command, request);
					fields = this.dispatcher.handle(command, request);
				}
				this.triggers.after(command, request, fields, membersBefore);
				return ok(fields);
			});
		})
			.onErrorResume(RuntimeException.class, (ex) -> Mono.just(
					(ex instanceof EmulatorError error) ? fail(error.code(), error.info()) : unexpected(command, ex)));
	}

	private static Mono<Void> delayed(@Nullable Duration delay, Mono<Void> answer) {
		return (delay != null) ? Mono.delay(delay).then(answer) : answer;
	}

	private static boolean isFailure(ObjectNode envelope) {
		return "FAIL".equals(envelope.get("ActionStatus").stringValue());
	}

	private static long declaredLength(HttpServerRequest request) {
		String value = request.requestHeaders().get(HttpHeaderNames.CONTENT_LENGTH);
		if (value == null) {
			return -1;
		}
		try {
			return Long.parseLong(value.trim());
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

	private Mono<byte[]> read(HttpServerRequest request) {
		int limit = this.maxRequestBodySize;
		return request.receive().reduceWith(ByteArrayOutputStream::new, (body, chunk) -> {
			int size = chunk.readableBytes();
			if (body.size() + (long) size > limit) {
				throw new BodyTooLarge();
			}
			byte[] bytes = new byte[size];
			chunk.getBytes(chunk.readerIndex(), bytes);
			body.write(bytes, 0, size);
			return body;
		}).map(ByteArrayOutputStream::toByteArray);
	}

	private Mono<Void> discard(HttpServerRequest request, HttpServerResponse response) {
		long limit = this.maxRequestBodySize;
		return request.receive().reduce(0L, (total, chunk) -> {
			long sum = total + chunk.readableBytes();
			if (sum > limit) {
				throw new BodyTooLarge();
			}
			return sum;
		}).then().onErrorResume(BodyTooLarge.class, (ex) -> close(response));
	}

	private Mono<Void> tooLarge(HttpServerResponse response) {
		return response.status(HttpResponseStatus.REQUEST_ENTITY_TOO_LARGE)
			.keepAlive(false)
			.header("Content-Type", "text/plain;charset=UTF-8")
			.sendString(Mono.just("413 Request Entity Too Large: the emulator reads request bodies of at most "
					+ this.maxRequestBodySize + " bytes"))
			.then()
			.then(close(response));
	}

	private static Mono<Void> close(HttpServerResponse response) {
		return Mono.fromRunnable(() -> response.withConnection((connection) -> connection.channel().close()));
	}

	private static Mono<Void> badGateway(HttpServerResponse response) {
		return response.status(502)
			.header("Content-Type", "text/html")
			.sendString(
					Mono.just("<html><head><title>502 Bad Gateway</title></head><body>502 Bad Gateway</body></html>"))
			.then();
	}

	private static Mono<Void> lastResort(HttpServerResponse response, @Nullable String command, Throwable ex) {
		ObjectNode envelope = unexpected(command, ex);
		if (response.hasSentHeaders()) {
			return close(response);
		}
		return send(response, envelope);
	}

	private static Mono<Void> send(HttpServerResponse response, ObjectNode envelope) {
		byte[] bytes = mapper.writeValueAsBytes(envelope);
		return response.status(200).header("Content-Type", "application/json").sendByteArray(Mono.just(bytes)).then();
	}

	/**
	 * Carry out a request and wrap its outcome in the vendor's envelope. No failure
	 * escapes: an {@link EmulatorError} becomes its code, and anything else, which is a
	 * defect of the emulator, is logged and answered with 60003 rather than HTTP 500.
	 * @param command the command, for the error message
	 * @param work what answers the request's own fields
	 * @return the envelope
	 */
	static ObjectNode envelope(@Nullable String command, Supplier<ObjectNode> work) {
		try {
			return ok(work.get());
		}
		catch (EmulatorError ex) {
			return fail(ex.code(), ex.info());
		}
		catch (RuntimeException ex) {
			return unexpected(command, ex);
		}
	}

	private static ObjectNode unexpected(@Nullable String command, Throwable ex) {
		if (logger.isWarnEnabled()) {
			logger.warn("The emulator failed on a request to " + command + "; it answers 60003", withoutMessage(ex));
		}
		return fail(60003, "the emulator failed on this request to " + command + " (" + ex.getClass().getSimpleName()
				+ "); its log has the stack trace");
	}

	/**
	 * Keep a failure's type and stack but not its message, which may quote the request
	 * URL and with it the UserSig.
	 */
	private static Throwable withoutMessage(Throwable ex) {
		Throwable copy = new IllegalStateException(ex.getClass().getName());
		copy.setStackTrace(ex.getStackTrace());
		return copy;
	}

	private static @Nullable String commandOf(String path) {
		Matcher matcher = PATH.matcher(path);
		return matcher.matches() ? matcher.group(1) + "/" + matcher.group(2) : null;
	}

	private void authenticate(HttpServerRequest request, @Nullable String command) {
		if (!HttpMethod.POST.equals(request.method())) {
			throw new EmulatorError(60002, "HTTP parse error: only POST is accepted");
		}
		if (command == null) {
			throw new EmulatorError(60009, "Err_Invalid_Resource: the path must be /v4/{servicename}/{command}");
		}
		Map<String, List<String>> query;
		try {
			query = new QueryStringDecoder(request.uri()).parameters();
		}
		catch (IllegalArgumentException ex) {
			throw new EmulatorError(60002, "HTTP parse error: the query string is not well encoded");
		}
		String sdkAppId = single(query, "sdkappid");
		if (sdkAppId == null || sdkAppId.isEmpty()) {
			throw new EmulatorError(60012, "SDKAppID missing");
		}
		if (!sdkAppId.equals(Long.toString(this.sdkAppId))) {
			throw new EmulatorError(60006, "invalid SDKAppID " + sdkAppId);
		}
		String identifier = single(query, "identifier");
		String userSig = single(query, "usersig");
		if (identifier == null || identifier.isEmpty() || userSig == null || userSig.isEmpty()) {
			throw new EmulatorError(60004, "identifier or usersig missing");
		}
		this.verifier.verify(userSig, identifier, this.clock.millis() / 1000);
		if (!identifier.equals(this.admin)) {
			throw new EmulatorError(60010, "this request needs app admin permissions");
		}
		String random = single(query, "random");
		if (random == null || !isUnsigned32(random)) {
			throw new EmulatorError(60002, "HTTP parse error: random must be an unsigned 32-bit integer");
		}
		if (!"json".equals(single(query, "contenttype"))) {
			throw new EmulatorError(60002, "HTTP parse error: contenttype must be json");
		}
		this.quotas.check(command);
	}

	private JsonNode parse(byte[] body, @Nullable String command) {
		JsonNode json;
		try {
			json = (body.length > 0) ? mapper.readTree(utf8(body)) : null;
		}
		catch (JacksonException ex) {
			throw new EmulatorError(60003, "JSON parse error in the request body");
		}
		if (json == null || !json.isObject()) {
			throw new EmulatorError(60003, "the request body must be a JSON object");
		}
		if (!this.dispatcher.models(command)) {
			throw new EmulatorError(60009, "Err_Invalid_Resource: the emulator does not model the command " + command);
		}
		return json;
	}

	/**
	 * Signals a request body over the limit.
	 */
	private static final class BodyTooLarge extends RuntimeException {

		BodyTooLarge() {
			super("request body too large", null, false, false);
		}

	}

	private static String utf8(byte[] body) {
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(body))
				.toString();
		}
		catch (CharacterCodingException ex) {
			throw new EmulatorError(60003, "JSON parse error: the request body is not UTF-8");
		}
	}

	private static @Nullable String single(Map<String, List<String>> query, String name) {
		List<String> values = query.get(name);
		return (values != null && values.size() == 1) ? values.get(0) : null;
	}

	private static boolean isUnsigned32(String value) {
		if (value.isEmpty() || value.length() > 10 || !value.chars().allMatch(Character::isDigit)) {
			return false;
		}
		return Long.parseLong(value) <= 4294967295L;
	}

	private static ObjectNode ok(ObjectNode fields) {
		ObjectNode envelope = mapper.createObjectNode()
			.put("ActionStatus", "OK")
			.put("ErrorCode", 0)
			.put("ErrorInfo", "");
		envelope.setAll(fields);
		return envelope;
	}

	private static ObjectNode fail(int code, String info) {
		return mapper.createObjectNode().put("ActionStatus", "FAIL").put("ErrorCode", code).put("ErrorInfo", info);
	}

	/**
	 * Builder of a {@link ChatAdminEmulator}.
	 */
	public static final class Builder {

		private long sdkAppId = 1400000000L;

		private @Nullable String secretKey;

		private String admin = "administrator";

		private String host = "127.0.0.1";

		private int port;

		private Clock clock = Clock.systemUTC();

		private LongSupplier nanoTime = System::nanoTime;

		private int maxRequestBodySize = DEFAULT_MAX_REQUEST_BODY_SIZE;

		private @Nullable URI callbackUrl;

		private @Nullable String callbackToken;

		private Builder() {
		}

		/**
		 * Set the emulated app's SDKAppID (default 1400000000).
		 * @param sdkAppId the SDKAppID
		 * @return this builder
		 */
		public Builder sdkAppId(long sdkAppId) {
			this.sdkAppId = sdkAppId;
			return this;
		}

		/**
		 * Set the secret key UserSigs are verified with (default: random per emulator).
		 * @param secretKey the secret key
		 * @return this builder
		 */
		public Builder secretKey(String secretKey) {
			this.secretKey = secretKey;
			return this;
		}

		/**
		 * Set the app admin account (default {@code administrator}).
		 * @param admin the admin account
		 * @return this builder
		 */
		public Builder admin(String admin) {
			this.admin = admin;
			return this;
		}

		/**
		 * Set the loopback address to bind to (default {@code 127.0.0.1}).
		 * @param host a loopback address
		 * @return this builder
		 */
		public Builder host(String host) {
			this.host = host;
			return this;
		}

		/**
		 * Set the port (default 0: chosen by the OS).
		 * @param port the port
		 * @return this builder
		 */
		public Builder port(int port) {
			this.port = port;
			return this;
		}

		/**
		 * Set the clock for message times and UserSig expiry.
		 * @param clock the clock
		 * @return this builder
		 */
		public Builder clock(Clock clock) {
			this.clock = clock;
			return this;
		}

		/**
		 * Set the time source of the quotas' token buckets, in nanoseconds.
		 * @param nanoTime the time source
		 * @return this builder
		 */
		public Builder nanoTime(LongSupplier nanoTime) {
			this.nanoTime = nanoTime;
			return this;
		}

		/**
		 * Set the largest request body the emulator reads, in bytes (default
		 * {@value ChatAdminEmulator#DEFAULT_MAX_REQUEST_BODY_SIZE}). A larger body is
		 * answered with HTTP 413 and the connection is closed: the emulator refuses a
		 * body whose {@code Content-Length} is larger without reading it, and stops
		 * reading a chunked body as soon as it passes the limit.
		 * @param maxRequestBodySize the limit in bytes
		 * @return this builder
		 * @throws IllegalArgumentException if the limit is not positive
		 */
		public Builder maxRequestBodySize(int maxRequestBodySize) {
			if (maxRequestBodySize <= 0) {
				throw new IllegalArgumentException(
						"maxRequestBodySize must be positive, but was " + maxRequestBodySize);
			}
			this.maxRequestBodySize = maxRequestBodySize;
			return this;
		}

		/**
		 * Make the emulator call the app back at a loopback URL, signed with a token; see
		 * {@link EmulatorCallbacks}. {@link ChatAdminEmulator#callbacks(URI, String)}
		 * does the same once the emulator runs.
		 * @param url the app's callback URL, on a loopback address
		 * @param token the callback token, or {@code null} to send unsigned callbacks
		 * @return this builder
		 */
		public Builder callbacks(URI url, @Nullable String token) {
			this.callbackUrl = url;
			this.callbackToken = token;
			return this;
		}

		/**
		 * Build the emulator, not started yet.
		 * @return the emulator
		 */
		public ChatAdminEmulator build() {
			return new ChatAdminEmulator(this);
		}

	}

}
