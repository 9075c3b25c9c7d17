package io.github.chatadmin.client;

import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.regex.Pattern;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.TrustManagerFactory;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.github.chatadmin.client.api.account.AccountOperations;
import io.github.chatadmin.client.api.account.DefaultAccountOperations;
import io.github.chatadmin.client.api.group.DefaultGroupOperations;
import io.github.chatadmin.client.api.group.GroupOperations;
import io.github.chatadmin.client.api.community.DefaultCommunityOperations;
import io.github.chatadmin.client.api.community.CommunityOperations;
import io.github.chatadmin.client.api.profile.DefaultProfileOperations;
import io.github.chatadmin.client.api.profile.ProfileOperations;
import io.github.chatadmin.client.api.relation.DefaultRelationOperations;
import io.github.chatadmin.client.api.relation.RelationOperations;
import io.github.chatadmin.client.api.push.DefaultPushOperations;
import io.github.chatadmin.client.api.push.PushOperations;
import io.github.chatadmin.client.api.officialaccount.DefaultOfficialAccountOperations;
import io.github.chatadmin.client.api.officialaccount.OfficialAccountOperations;
import io.github.chatadmin.client.api.bot.DefaultBotOperations;
import io.github.chatadmin.client.api.bot.BotOperations;
import io.github.chatadmin.client.api.moderation.DefaultModerationOperations;
import io.github.chatadmin.client.api.moderation.ModerationOperations;
import io.github.chatadmin.client.api.conversation.ConversationOperations;
import io.github.chatadmin.client.api.conversation.DefaultConversationOperations;
import io.github.chatadmin.client.api.ops.DefaultAppOperations;
import io.github.chatadmin.client.api.ops.AppOperations;
import io.github.chatadmin.client.api.groupmessage.DefaultGroupMessageOperations;
import io.github.chatadmin.client.api.groupmessage.GroupMessageOperations;
import io.github.chatadmin.client.api.message.DefaultMessageOperations;
import io.github.chatadmin.client.api.message.MessageOperations;
import io.github.chatadmin.client.auth.TlsSigUserSigProvider;
import io.github.chatadmin.client.auth.UserSigProvider;
import io.github.chatadmin.client.observation.ChatAdminAttemptObservationContext;
import io.github.chatadmin.client.observation.ChatAdminAttemptObservationConvention;
import io.github.chatadmin.client.observation.ChatAdminObservationContext;
import io.github.chatadmin.client.observation.ChatAdminObservationContext.Outcome;
import io.github.chatadmin.client.observation.ChatAdminObservationConvention;
import io.github.chatadmin.client.observation.ChatAdminObservationDocumentation;
import io.github.chatadmin.client.observation.DefaultChatAdminAttemptObservationConvention;
import io.github.chatadmin.client.observation.DefaultChatAdminObservationConvention;
import io.github.chatadmin.client.transport.ChatAdminConnectors;
import io.github.chatadmin.client.transport.ChatAdminRequestFilter;
import io.github.chatadmin.client.transport.CommandRateLimiter;
import io.github.chatadmin.client.transport.EndpointSelector;
import io.github.chatadmin.client.transport.Endpoints;
import io.github.chatadmin.client.transport.HttpSettings;
import io.github.chatadmin.client.transport.WireUserSig;
import io.micrometer.observation.Observation;
import io.netty.handler.ssl.SslHandshakeTimeoutException;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.contextpropagation.ObservationThreadLocalAccessor;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import reactor.core.Fuseable;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import io.netty.resolver.AddressResolverGroup;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.util.JsonParserDelegate;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.MediaType;
import org.springframework.util.Assert;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Reactive client of the Tencent Cloud Chat server-side REST admin API.
 * <p>
 * Each call is a {@code POST /v4/{service}/{command}} with the vendor's query parameters
 * over a dedicated, pooled, keep-alive connection pool. The admin UserSig is written on
 * the wire only, so it never reaches a log line, an exception or an observation. An
 * answer with an {@code ErrorCode} other than {@code 0} is a failure. Failed attempts are
 * sent again by {@link ChatAdminFailureKind kind}: not-sent failures for every command,
 * throttled ones after a longer backoff, outcome-unknown ones only for idempotent
 * commands, 70001 once after re-signing; a client-side rate limiter paces each command
 * and a DNS, connect or TLS failure moves traffic to the backup domain. Each logical call
 * is one {@value DefaultChatAdminObservationConvention#OBSERVATION_NAME} observation,
 * which covers its first attempt; only a call that needs a second attempt gets child
 * {@value DefaultChatAdminAttemptObservationConvention#OBSERVATION_NAME} observations,
 * one for each attempt from the second one on (a failed first attempt shows as the call's
 * {@code retry} event). Create one with {@link #builder()}; it is thread-safe and meant
 * to be shared. {@link #close()} releases the connection pool it created.
 *
 * @author chat-admin
 * @since 0.1.0
 */
public class ChatAdminTemplate implements ChatAdminOperations, AutoCloseable {

	private static final Log logger = LogFactory.getLog(ChatAdminTemplate.class);

	private static final DefaultChatAdminObservationConvention DEFAULT_CONVENTION = new DefaultChatAdminObservationConvention();

	private static final DefaultChatAdminAttemptObservationConvention DEFAULT_ATTEMPT_CONVENTION = new DefaultChatAdminAttemptObservationConvention();

	private static final byte[] EMPTY_OBJECT = "{}".getBytes(StandardCharsets.UTF_8);

	private static final byte[] NO_BODY = new byte[0];

	private static final Pattern USERSIG_PARAMETER = Pattern.compile("(?i)(usersig=)[^&\\s\"'<>]*");

	private static final int SNIPPET_LENGTH = 200;

	static final int DEFAULT_MAX_RESPONSE_BYTES = 16 * 1024 * 1024;

	private final WebClient webClient;

	private final ChatAdminRequestFilter requestFilter;

	private final UserSigProvider userSigProvider;

	private final JsonMapper jsonMapper;

	private final EndpointSelector endpoints;

	private final CommandRateLimiter limiter;

	private final int maxAttempts;

	private final RetryPolicy retryPolicy;

	private final Duration callTimeout;

	private final Duration attemptTimeout;

	private final Duration tlsHandshakeTimeout;

	private final ObservationRegistry observationRegistry;

	private final @Nullable ChatAdminObservationConvention observationConvention;

	private final @Nullable ChatAdminAttemptObservationConvention attemptObservationConvention;

	private final @Nullable ConnectionProvider ownedConnectionProvider;

	private final AccountOperations accounts;

	private final MessageOperations messages;

	private final GroupMessageOperations groupMessages;

	private final GroupOperations groups;

	private final CommunityOperations communities;

	private final ProfileOperations profiles;

	private final RelationOperations relations;

	private final PushOperations push;

	private final OfficialAccountOperations officialAccounts;

	private final BotOperations bots;

	private final ModerationOperations moderation;

	private final ConversationOperations conversations;

	private final AppOperations operations;

	private final AtomicBoolean closed = new AtomicBoolean();

	private final BooleanSupplier isClosed = this.closed::get;

	private final Sinks.One<Boolean> closing = Sinks.one();

	private final int maxResponseBytes;

	private final long sdkAppId;

	private final String admin;

	ChatAdminTemplate(Builder builder, WebClient webClient, ChatAdminRequestFilter requestFilter,
			UserSigProvider userSigProvider, String endpoint, @Nullable String backupEndpoint,
			@Nullable ConnectionProvider ownedConnectionProvider) {
		this.webClient = webClient;
		this.requestFilter = requestFilter;
		this.userSigProvider = userSigProvider;
		this.jsonMapper = createJsonMapper();
		this.endpoints = new EndpointSelector(endpoint, backupEndpoint, builder.failoverCoolDown, builder.nanoTime);
		Map<String, Double> quotas = new HashMap<>(ChatCommandCatalog.quotas());
		quotas.putAll(builder.limiterQuotas);
		this.limiter = new CommandRateLimiter(builder.limiterMode, builder.limiterDefaultQuota, quotas,
				builder.limiterAppQuota, builder.limiterMaxWait, builder.nanoTime);
		this.maxAttempts = builder.maxAttempts;
		this.retryPolicy = new RetryPolicy(builder.maxAttempts, builder.minBackoff, builder.maxBackoff,
				builder.minThrottlingBackoff, builder.maxThrottlingBackoff, userSigProvider);
		this.callTimeout = builder.httpSettings.callTimeout();
		this.attemptTimeout = builder.httpSettings.connectTimeout()
			.plus(builder.httpSettings.pendingAcquireTimeout())
			.plus(builder.httpSettings.responseTimeout());
		this.tlsHandshakeTimeout = builder.httpSettings.tlsHandshakeTimeout();
		this.observationRegistry = builder.observationRegistry;
		this.observationConvention = builder.observationConvention;
		this.attemptObservationConvention = builder.attemptObservationConvention;
		this.ownedConnectionProvider = ownedConnectionProvider;
		this.sdkAppId = builder.sdkAppId;
		this.admin = builder.admin;
		this.maxResponseBytes = builder.maxResponseBytes;
		this.accounts = new DefaultAccountOperations(this, builder.batchConcurrency);
		this.messages = new DefaultMessageOperations(this, builder.batchConcurrency);
		this.groupMessages = new DefaultGroupMessageOperations(this, builder.batchConcurrency);
		this.groups = new DefaultGroupOperations(this, builder.batchConcurrency);
		this.communities = new DefaultCommunityOperations(this, builder.batchConcurrency);
		this.profiles = new DefaultProfileOperations(this, builder.batchConcurrency);
		this.relations = new DefaultRelationOperations(this, builder.batchConcurrency);
		this.push = new DefaultPushOperations(this, builder.batchConcurrency);
		this.officialAccounts = new DefaultOfficialAccountOperations(this, builder.batchConcurrency);
		this.bots = new DefaultBotOperations(this, builder.batchConcurrency);
		this.moderation = new DefaultModerationOperations(this, builder.batchConcurrency);
		this.conversations = new DefaultConversationOperations(this, builder.batchConcurrency);
		this.operations = new DefaultAppOperations(this, builder.batchConcurrency);
	}

	/**
	 * Create a builder.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Create the JSON mapper the template writes requests and reads answers with.
	 * @return a new mapper
	 */
	static JsonMapper createJsonMapper() {
		return JsonMapper.builder()
			.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
			.disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
			.changeDefaultPropertyInclusion((inclusion) -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
			.build();
	}

	@Override
	public Mono<JsonNode> execute(String service, String command, @Nullable Object request) {
		return call(service, command, request, ChatCommandCatalog.isIdempotent(service, command), Function.identity());
	}

	@Override
	public <T> Mono<T> execute(String service, String command, @Nullable Object request, Class<T> responseType) {
		Assert.notNull(responseType, "'responseType' must not be null");
		return call(service, command, request, ChatCommandCatalog.isIdempotent(service, command),
				new TypedMapper<>(responseType));
	}

	@Override
	public <Q, R> Mono<R> execute(ChatCommand<Q, R> command, @Nullable Q request) {
		Assert.notNull(command, "'command' must not be null");
		Class<R> responseType = command.responseType();
		return Mono.defer(() -> {
			command.validate(request);
			return call(command.service(), command.command(), request, command.idempotent(),
					new TypedMapper<>(responseType));
		});
	}

	@Override
	public AccountOperations accounts() {
		return this.accounts;
	}

	@Override
	public MessageOperations messages() {
		return this.messages;
	}

	@Override
	public GroupMessageOperations groupMessages() {
		return this.groupMessages;
	}

	@Override
	public GroupOperations groups() {
		return this.groups;
	}

	@Override
	public CommunityOperations communities() {
		return this.communities;
	}

	@Override
	public ProfileOperations profiles() {
		return this.profiles;
	}

	@Override
	public RelationOperations relations() {
		return this.relations;
	}

	@Override
	public PushOperations push() {
		return this.push;
	}

	@Override
	public OfficialAccountOperations officialAccounts() {
		return this.officialAccounts;
	}

	@Override
	public BotOperations bots() {
		return this.bots;
	}

	@Override
	public ModerationOperations moderation() {
		return this.moderation;
	}

	@Override
	public ConversationOperations conversations() {
		return this.conversations;
	}

	@Override
	public AppOperations operations() {
		return this.operations;
	}

	/**
	 * Return the app's SDKAppID.
	 * @return the SDKAppID
	 */
	public long getSdkAppId() {
		return this.sdkAppId;
	}

	/**
	 * Return the base URL of the primary domain.
	 * @return the primary endpoint
	 */
	public String getEndpoint() {
		return this.endpoints.getPrimary();
	}

	/**
	 * Return the base URL of the backup domain calls may fail over to.
	 * @return the backup endpoint, or {@code null} when there is none
	 */
	public @Nullable String getBackupEndpoint() {
		return this.endpoints.getBackup();
	}

	/**
	 * Return the client-side rate limiter, for instance to watch its current rates.
	 * @return the rate limiter
	 */
	public CommandRateLimiter getRateLimiter() {
		return this.limiter;
	}

	/**
	 * Stop the template: calls made from now on and calls waiting for their turn in the
	 * rate limiter fail as {@link ChatAdminFailureKind#NOT_SENT not sent}, and the
	 * connection pool this template created is released, which ends the calls in flight
	 * on it. A pool or WebClient passed in by the caller is left alone.
	 */
	@Override
	public void close() {
		if (this.closed.compareAndSet(false, true)) {
			this.closing.tryEmitValue(Boolean.TRUE);
			if (this.ownedConnectionProvider != null) {
				this.ownedConnectionProvider.dispose();
			}
		}
	}

	/**
	 * Return whether {@link #close()} was called.
	 * @return whether the template is closed
	 */
	public boolean isClosed() {
		return this.closed.get();
	}

	private <T> Mono<T> call(String service, String command, @Nullable Object request, boolean idempotent,
			Function<JsonNode, T> mapper) {
		return Mono.defer(() -> {
			checkName(service, "service");
			checkName(command, "command");
			if (this.closed.get()) {
				return Mono.error(closedFailure(service, command, 0));
			}
			byte[] body = body(request);
			return Mono.deferContextual((contextView) -> {
				ChatAdminObservationContext context = new ChatAdminObservationContext(service, command);
				context.setKnownCommand(isKnown(service, command));
				Observation observation = ChatAdminObservationDocumentation.CLIENT_REQUESTS
					.observation(this.observationConvention, DEFAULT_CONVENTION, () -> context,
							this.observationRegistry)
					.parentObservation(contextView.getOrDefault(ObservationThreadLocalAccessor.KEY, null))
					.start();
				AtomicLong lastRandom = new AtomicLong(-1);
				AtomicBoolean failedOver = new AtomicBoolean();
				long started = System.nanoTime();
				Mono<T> attempts = new RetryLoop<>((attempt) -> attempt(service, command, body, attempt, lastRandom,
						failedOver, observation, context, mapper), (failure, retries, resigned) -> {
							Duration delay = this.retryPolicy.retryDelay(failure, retries, idempotent, resigned,
									this.isClosed, () -> {
										boolean switched = failedOver.getAndSet(false);
										if (switched) {
											observation.event(ChatAdminObservationDocumentation.Events.FAILOVER);
										}
										return switched;
									});
							if (delay != null) {
								observation.event(ChatAdminObservationDocumentation.Events.RETRY);
							}
							return delay;
						});
				return attempts.as((calls) -> new CallBookkeeping<>(calls, observation, this.callTimeout,
						() -> new ChatAdminRequestException(
								service + "/" + command + " did not complete within " + this.callTimeout + " ("
										+ context.getAttempts() + " attempts)",
								service, command, context.getAttempts(), 0, ChatAdminFailureKind.OUTCOME_UNKNOWN,
								new TimeoutException("Call deadline of " + this.callTimeout + " elapsed")),
						new CallBookkeeping.Listener() {

							@Override
							public void failing(Throwable error) {
								if (error instanceof ChatAdminException ex) {
									// read only when a call fails
									MessageIds ids = messageIds(body);
									ex.identify((lastRandom.get() >= 0) ? lastRandom.get() : null, ids.msgRandom(),
											ids.msgSeq());
								}
							}

							@Override
							public void finished(@Nullable Outcome outcome, @Nullable Throwable error) {
								finish(observation, context, (outcome != null) ? outcome : outcomeOf(error), error,
										started);
							}

						}));
			});
		});
	}

	private void finish(Observation observation, ChatAdminObservationContext context, Outcome outcome,
			@Nullable Throwable error, long started) {
		context.setOutcome(outcome);
		if (outcome == Outcome.SUCCESS) {
			this.retryPolicy.onSuccess();
		}
		if (error != null) {
			observation.error(error);
			if (context.getAttempts() > 1 && logger.isWarnEnabled()) {
				logger.warn(context.getService() + "/" + context.getCommand() + " failed after " + context.getAttempts()
						+ " attempts: " + error.getMessage());
			}
		}
		observation.stop();
		if (logger.isDebugEnabled()) {
			logger.debug(context.getService() + "/" + context.getCommand() + " " + outcome + " code="
					+ ((context.getErrorCode() != null) ? context.getErrorCode() : "none") + " attempts="
					+ context.getAttempts() + " in " + Duration.ofNanos(System.nanoTime() - started).toMillis() + "ms");
		}
	}

	private <T> Mono<T> attempt(String service, String command, byte[] body, int attempt, AtomicLong lastRandom,
			AtomicBoolean failedOver, Observation observation, ChatAdminObservationContext context,
			Function<JsonNode, T> mapper) {
		context.setAttempts(attempt);
		context.setErrorCode(null);
		String endpoint = this.endpoints.current();
		String path = service + "/" + command;
		Duration deadline = endpoint.startsWith("https:") ? this.attemptTimeout.plus(this.tlsHandshakeTimeout)
				: this.attemptTimeout;
		Mono<String> userSig = Mono.defer(() -> this.userSigProvider.resolveUserSig())
			.onErrorMap((ex) -> userSigFailure(service, command, attempt, ex));
		Mono<String> ready;
		if (this.limiter.tryAcquireNow(path)) {
			// the common case: a free slot now and a UserSig in memory: no operator
			// before
			// the exchange
			if (this.closed.get()) {
				return Mono.error(closedFailure(service, command, attempt));
			}
			String now = userSigNow();
			if (now != null) {
				try {
					return exchange(service, command, body, attempt, endpoint, deadline, now, lastRandom, failedOver,
							observation, context, mapper);
				}
				catch (RuntimeException ex) {
					return Mono.error(transportFailure(service, command, attempt, endpoint, failedOver, ex));
				}
			}
			ready = userSig;
		}
		else {
			ready = this.limiter
				.acquire(path, () -> observation.event(ChatAdminObservationDocumentation.Events.LIMITED))
				.onErrorMap(CommandRateLimiter.LimiterSaturatedException.class,
						(ex) -> new ChatAdminRequestException(
								path + " was not sent: the client is saturated (" + ex.getMessage()
										+ "; see tencent.chat.limiter.*)",
								service, command, attempt, 0, ChatAdminFailureKind.SATURATED, null))
				.takeUntilOther(this.closing.asMono())
				.then(Mono.defer(
						() -> this.closed.get() ? Mono.error(closedFailure(service, command, attempt)) : Mono.empty()))
				.then(userSig);
		}
		return ready
			.flatMap((value) -> exchange(service, command, body, attempt, endpoint, deadline, value, lastRandom,
					failedOver, observation, context, mapper))
			.onErrorMap((ex) -> !(ex instanceof ChatAdminException),
					(ex) -> transportFailure(service, command, attempt, endpoint, failedOver, ex));
	}

	/**
	 * Return the UserSig when the provider has it in memory (it answers with a scalar
	 * {@code Mono}), otherwise {@code null}: then, or when the provider fails, the call
	 * asks again through the {@code Mono}, which reports the failure.
	 */
	private @Nullable String userSigNow() {
		try {
			return (this.userSigProvider.resolveUserSig() instanceof Fuseable.ScalarCallable<?> scalar
					&& scalar.call() instanceof String value) ? value : null;
		}
		catch (Exception ex) {
			return null;
		}
	}

	private ChatAdminRequestException userSigFailure(String service, String command, int attempt, Throwable ex) {
		return new ChatAdminRequestException(
				service + "/" + command + " could not get a UserSig from the UserSigProvider ("
						+ ex.getClass().getName() + ")",
				service, command, attempt, 0, ChatAdminFailureKind.NOT_SENT, null);
	}

	private <T> Mono<T> exchange(String service, String command, byte[] body, int attempt, String endpoint,
			Duration deadline, String userSig, AtomicLong lastRandom, AtomicBoolean failedOver, Observation observation,
			ChatAdminObservationContext context, Function<JsonNode, T> mapper) {
		long random = random(lastRandom);
		context.setRandom(random);
		long sentAt = this.limiter.now();
		Mono<T> exchange = this.webClient.post()
			.uri(this.requestFilter.url(endpoint, service, command, random))
			.attribute(WireUserSig.ATTRIBUTE, WireUserSig.of(userSig))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchangeToMono(
					(response) -> decode(response, service, command, attempt, sentAt, observation, context, mapper))
			.as((sent) -> new AttemptDeadline<>(sent, deadline,
					() -> new ChatAdminRequestException(
							service + "/" + command + " did not complete within " + deadline + " on attempt " + attempt
									+ " (connect, TLS handshake, pool and response timeouts added up)",
							service, command, attempt, 0, ChatAdminFailureKind.OUTCOME_UNKNOWN, null),
					(ex) -> (ex instanceof ChatAdminException) ? ex
							: transportFailure(service, command, attempt, endpoint, failedOver, ex)));
		if (attempt == 1) {
			// the call's observation covers its first attempt: a child only from the
			// second attempt on
			return exchange;
		}
		ChatAdminAttemptObservationContext attemptContext = new ChatAdminAttemptObservationContext(service, command,
				attempt, !endpoint.equals(this.endpoints.getPrimary()), random);
		attemptContext.setKnownCommand(context.isKnownCommand());
		Observation attemptObservation = ChatAdminObservationDocumentation.CLIENT_ATTEMPTS
			.observation(this.attemptObservationConvention, DEFAULT_ATTEMPT_CONVENTION, () -> attemptContext,
					this.observationRegistry)
			.parentObservation(observation)
			.start();
		AtomicBoolean stopped = new AtomicBoolean();
		return exchange.doOnSuccess((result) -> stopAttempt(attemptObservation, attemptContext, stopped, null))
			.doOnError((ex) -> stopAttempt(attemptObservation, attemptContext, stopped, ex))
			.doOnCancel(() -> {
				if (stopped.compareAndSet(false, true)) {
					attemptContext.setOutcome(Outcome.CANCELLED);
					attemptObservation.stop();
				}
			})
			.contextWrite((ctx) -> ctx.put(ObservationThreadLocalAccessor.KEY, attemptObservation));
	}

	private static void stopAttempt(Observation observation, ChatAdminAttemptObservationContext context,
			AtomicBoolean stopped, @Nullable Throwable error) {
		if (!stopped.compareAndSet(false, true)) {
			return;
		}
		if (error == null) {
			context.setErrorCode(0);
			context.setOutcome(Outcome.SUCCESS);
		}
		else {
			if (error instanceof ChatAdminResponseException response) {
				context.setErrorCode(response.getErrorCode());
			}
			context.setOutcome(outcomeOf(error));
			observation.error(error);
		}
		observation.stop();
	}

	private ChatAdminRequestException transportFailure(String service, String command, int attempt, String endpoint,
			AtomicBoolean failedOver, Throwable ex) {
		ChatAdminFailureKind kind = classify(ex);
		if (kind == ChatAdminFailureKind.NOT_SENT && this.endpoints.unreachable(endpoint)) {
			failedOver.set(true);
		}
		if (kind == ChatAdminFailureKind.SATURATED) {
			return new ChatAdminRequestException(service + "/" + command
					+ " was not sent: the client is saturated (no pooled connection became free in time, or too "
					+ "many calls are waiting; see tencent.chat.http.pool.*): " + describe(ex), service, command,
					attempt, 0, kind, ex);
		}
		return new ChatAdminRequestException(service + "/" + command + " got no response from " + endpoint
				+ " on attempt " + attempt + ": " + describe(ex), service, command, attempt, 0, kind, ex);
	}

	private ChatAdminRequestException closedFailure(String service, String command, int attempt) {
		return new ChatAdminRequestException(service + "/" + command + " was not sent: the template is closed", service,
				command, attempt, 0, ChatAdminFailureKind.NOT_SENT, null);
	}

	private boolean isKnown(String service, String command) {
		return !ChatCommandCatalog.OTHER.equals(this.limiter.scopeOf(service + "/" + command));
	}

	private static long random(AtomicLong lastRandom) {
		long random = ChatAdminRequestFilter.nextRandom();
		lastRandom.set(random);
		return random;
	}

	/**
	 * Classify a failure that brought no response: not sent when the connection was never
	 * made, saturated when the client's own pool is, outcome unknown otherwise.
	 */
	static ChatAdminFailureKind classify(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = (cause.getCause() != cause) ? cause.getCause() : null) {
			String name = cause.getClass().getSimpleName();
			if (name.equals("PoolAcquireTimeoutException") || name.equals("PoolAcquirePendingLimitException")) {
				return ChatAdminFailureKind.SATURATED;
			}
			if (cause instanceof ConnectException || cause instanceof UnknownHostException
					|| cause instanceof io.netty.channel.ConnectTimeoutException
					|| cause instanceof SSLHandshakeException || cause instanceof SslHandshakeTimeoutException) {
				return ChatAdminFailureKind.NOT_SENT;
			}
		}
		return ChatAdminFailureKind.OUTCOME_UNKNOWN;
	}

	private <T> Mono<T> decode(ClientResponse response, String service, String command, int attempt, long sentAt,
			Observation observation, ChatAdminObservationContext context, Function<JsonNode, T> mapper) {
		int status = response.statusCode().value();
		String path = service + "/" + command;
		return response.bodyToMono(byte[].class)
			.onErrorMap(DataBufferLimitException.class,
					(ex) -> new ChatAdminRequestException(
							path + " got an answer larger than " + this.maxResponseBytes + " bytes on attempt "
									+ attempt + " (HTTP " + status
									+ "); whether it was carried out cannot be told, and it is not sent again",
							service, command, attempt, status, ChatAdminFailureKind.RESPONSE_TOO_LARGE, ex))
			.defaultIfEmpty(NO_BODY)
			.map((bytes) -> {
				if (status != 200) {
					throw throttledEvent(observation,
							statusFailure(response, service, command, attempt, status, sentAt, bytes));
				}
				// a typed answer is bound from the bytes in one pass, which reads the
				// envelope
				// on the way; a tree only when a tree is wanted
				Class<T> direct = (mapper instanceof TypedMapper<T> typed) ? typed.direct : null;
				JsonNode node = null;
				T value = null;
				RuntimeException unbound = null;
				Envelope envelope;
				try {
					if (direct != null) {
						EnvelopeReadingParser parser = new EnvelopeReadingParser(this.jsonMapper.createParser(bytes));
						try (parser) {
							value = this.jsonMapper.readValue(parser, direct);
							checkTrailing(parser, bytes);
						}
						catch (JacksonException | IllegalArgumentException ex) {
							unbound = ex;
						}
						// read again for the envelope alone: an answer that does not
						// bind, or one
						// the deserializer skipped past the parser (Void, a tree read
						// whole)
						envelope = (unbound != null || parser.errorCode == null) ? scanEnvelope(bytes)
								: parser.envelope();
					}
					else {
						node = this.jsonMapper.readTree(bytes);
						envelope = Envelope.of(node);
					}
				}
				catch (JacksonException ex) {
					throw new ChatAdminRequestException(
							path + " got a body that is not JSON on attempt " + attempt + snippet(bytes), service,
							command, attempt, status, null);
				}
				Integer code = envelope.errorCode();
				if (code == null) {
					throw new ChatAdminRequestException(
							path + " got a body without a numeric ErrorCode on attempt " + attempt + snippet(bytes),
							service, command, attempt, status, null);
				}
				int errorCode = code;
				context.setErrorCode(errorCode);
				if (ChatAdminResponseException.isRateLimitCode(errorCode)) {
					this.limiter.onThrottled(path, errorCode, sentAt);
				}
				else if (errorCode == 0) {
					this.limiter.onSuccess(path);
				}
				if (errorCode != 0) {
					String info = envelope.errorInfo();
					throw throttledEvent(observation, ChatAdminResponseException.create(service, command, attempt,
							errorCode, (info != null) ? redact(info) : ""));
				}
				try {
					if (direct == null) {
						return mapper.apply(node);
					}
					if (unbound != null) {
						throw unbound;
					}
					return value;
				}
				catch (JacksonException | IllegalArgumentException ex) {
					throw new ChatAdminRequestException(path
							+ " was carried out (ErrorCode 0), but its answer does not map to the expected type, so it is"
							+ " not sent again; the raw answer is on the exception: "
							+ redact(String.valueOf(ex.getMessage())), service, command, attempt, status,
							ChatAdminFailureKind.APPLIED_UNREADABLE, null,
							redact(new String(bytes, StandardCharsets.UTF_8)), ex);
				}
			});
	}

	/**
	 * Count a throttled answer on the call's observation, as it is raised.
	 */
	private static <E extends ChatAdminException> E throttledEvent(Observation observation, E failure) {
		if (failure.getFailureKind() == ChatAdminFailureKind.THROTTLED) {
			observation.event(ChatAdminObservationDocumentation.Events.THROTTLED);
		}
		return failure;
	}

	private ChatAdminRequestException statusFailure(ClientResponse response, String service, String command,
			int attempt, int status, long sentAt, byte[] bytes) {
		String path = service + "/" + command;
		Duration retryAfter = (status == 429 || status == 503)
				? RetryAfter.parse(response.headers().asHttpHeaders().getFirst("Retry-After"), Instant.now()) : null;
		if (status == 429 || (status == 503 && retryAfter != null)) {
			this.limiter.onThrottled(path, 60007, sentAt);
			return new ChatAdminRequestException(
					path + " was throttled with HTTP " + status + " on attempt " + attempt
							+ ((retryAfter != null) ? " (Retry-After " + retryAfter + ")" : "") + snippet(bytes),
					service, command, attempt, status, ChatAdminFailureKind.THROTTLED, retryAfter, null, null);
		}
		return new ChatAdminRequestException(path + " got HTTP " + status + " on attempt " + attempt + snippet(bytes),
				service, command, attempt, status, null);
	}

	/**
	 * Read the envelope of an answer in one streaming pass over its top-level properties
	 * (the values of the others are skipped), as {@code readTree} and
	 * {@code get("ErrorCode")} would see it: the last of duplicate names wins, an
	 * {@code ErrorCode} counts when it is an integer that fits an {@code int}, and an
	 * {@code ErrorInfo} when it is a string.
	 * @param bytes the body
	 * @return the envelope
	 * @throws JacksonException when the body is not JSON
	 */
	private Envelope scanEnvelope(byte[] bytes) {
		try (JsonParser parser = this.jsonMapper.createParser(bytes)) {
			if (parser.nextToken() != JsonToken.START_OBJECT) {
				if (parser.currentToken() != null) {
					parser.skipChildren();
					checkTrailing(parser, bytes);
				}
				return Envelope.NONE;
			}
			Integer code = null;
			String info = null;
			while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
				String name = parser.currentName();
				JsonToken value = parser.nextToken();
				if ("ErrorCode".equals(name)) {
					code = (value == JsonToken.VALUE_NUMBER_INT) ? intValue(parser) : null;
				}
				else if ("ErrorInfo".equals(name)) {
					info = (value == JsonToken.VALUE_STRING) ? parser.getString() : null;
				}
				parser.skipChildren();
			}
			checkTrailing(parser, bytes);
			return new Envelope(code, info);
		}
	}

	private void checkTrailing(JsonParser parser, byte[] bytes) {
		if (this.jsonMapper.isEnabled(DeserializationFeature.FAIL_ON_TRAILING_TOKENS) && parser.nextToken() != null) {
			// the same failure as readTree's
			this.jsonMapper.readTree(bytes);
		}
	}

	private static @Nullable Integer intValue(JsonParser parser) {
		return switch (parser.getNumberType()) {
			case INT -> parser.getIntValue();
			case LONG -> {
				long value = parser.getLongValue();
				yield (value == (int) value) ? (int) value : null;
			}
			default -> {
				java.math.BigInteger value = parser.getBigIntegerValue();
				yield (value.bitLength() < 32) ? value.intValue() : null;
			}
		};
	}

	/**
	 * The envelope of an answer.
	 *
	 * @param errorCode the {@code ErrorCode}, or {@code null} when there is no integer
	 * one
	 * @param errorInfo the {@code ErrorInfo}, or {@code null} when there is no string one
	 */
	private record Envelope(@Nullable Integer errorCode, @Nullable String errorInfo) {

		static final Envelope NONE = new Envelope(null, null);

		static Envelope of(@Nullable JsonNode node) {
			JsonNode code = (node != null) ? node.get("ErrorCode") : null;
			if (code == null || !code.isIntegralNumber() || !code.canConvertToInt()) {
				return NONE;
			}
			JsonNode info = node.get("ErrorInfo");
			return new Envelope(code.intValue(), (info != null && info.isString()) ? info.stringValue() : null);
		}

	}

	/**
	 * A parser that reads the envelope of an answer ({@code ErrorCode} and
	 * {@code ErrorInfo}, top-level) as the answer is bound, so that a typed answer is
	 * read in one pass. It sees what {@code readTree} and {@code get("ErrorCode")} would:
	 * the last of duplicate names wins, an {@code ErrorCode} counts when it is an integer
	 * that fits an {@code int}, and an {@code ErrorInfo} when it is a string. Every value
	 * token reaches a deserializer through {@link #nextToken()} or {@link #nextValue()}
	 * (the parser's other {@code next...Value} methods call {@code nextToken()}).
	 */
	private static final class EnvelopeReadingParser extends JsonParserDelegate {

		private @Nullable Integer errorCode;

		private @Nullable String errorInfo;

		EnvelopeReadingParser(JsonParser parser) {
			super(parser);
		}

		@Override
		public @Nullable JsonToken nextToken() {
			return seen(this.delegate.nextToken());
		}

		@Override
		public @Nullable JsonToken nextValue() {
			return seen(this.delegate.nextValue());
		}

		private @Nullable JsonToken seen(@Nullable JsonToken token) {
			if (token != null && token.isScalarValue()) {
				TokenStreamContext context = this.delegate.streamReadContext();
				TokenStreamContext parent = context.getParent();
				if (parent != null && parent.inRoot() && context.inObject()) {
					String name = context.currentName();
					if ("ErrorCode".equals(name)) {
						this.errorCode = (token == JsonToken.VALUE_NUMBER_INT) ? intValue(this.delegate) : null;
					}
					else if ("ErrorInfo".equals(name)) {
						this.errorInfo = (token == JsonToken.VALUE_STRING) ? this.delegate.getString() : null;
					}
				}
			}
			return token;
		}

		Envelope envelope() {
			return (this.errorCode != null) ? new Envelope(this.errorCode, this.errorInfo) : Envelope.NONE;
		}

	}

	/**
	 * Maps an answer to a type: through the tree when a tree is wanted, straight from the
	 * bytes otherwise.
	 */
	private final class TypedMapper<T> implements Function<JsonNode, T> {

		private final Class<T> type;

		private final @Nullable Class<T> direct;

		TypedMapper(Class<T> type) {
			this.type = type;
			this.direct = type.isAssignableFrom(ObjectNode.class) ? null : type;
		}

		@Override
		public T apply(JsonNode node) {
			return convert(node, this.type);
		}

	}

	@SuppressWarnings("unchecked")
	private <T> T convert(JsonNode node, Class<T> type) {
		if (type.isInstance(node)) {
			return (T) node;
		}
		return this.jsonMapper.treeToValue(node, type);
	}

	/**
	 * Write a request straight to the bytes sent, with no tree in between.
	 */
	private byte[] body(@Nullable Object request) {
		if (request == null) {
			return EMPTY_OBJECT;
		}
		if (request instanceof JsonNode node && !node.isObject()) {
			throw new IllegalArgumentException("Request must be written as a JSON object, but "
					+ request.getClass().getName() + " is written as " + node.getNodeType());
		}
		byte[] bytes;
		try {
			bytes = this.jsonMapper.writeValueAsBytes(request);
		}
		catch (JacksonException ex) {
			throw new IllegalArgumentException("Request of type " + request.getClass().getName()
					+ " cannot be written as JSON: " + ex.getOriginalMessage(), ex);
		}
		int first = 0;
		while (first < bytes.length && isJsonWhitespace(bytes[first])) {
			first++;
		}
		if (first == bytes.length || bytes[first] != '{') {
			throw new IllegalArgumentException(
					"Request must be written as a JSON object, but " + request.getClass().getName() + " is written as "
							+ ((first < bytes.length) ? kindOf(bytes[first]) : "nothing"));
		}
		return bytes;
	}

	private static String kindOf(byte first) {
		return switch (first) {
			case '[' -> "ARRAY";
			case '"' -> "STRING";
			case 'n' -> "NULL";
			case 't', 'f' -> "BOOLEAN";
			default -> "NUMBER";
		};
	}

	private static boolean isJsonWhitespace(byte b) {
		return b == ' ' || b == '\n' || b == '\r' || b == '\t';
	}

	/**
	 * The identity of the message a failed call carried, read from the bytes it sent (not
	 * from the request object, which the caller may have changed since): the top-level
	 * {@code MsgRandom} (or {@code Random} when it is not an integer) and {@code MsgSeq}.
	 */
	private MessageIds messageIds(byte[] body) {
		Long msgRandom = null;
		Long random = null;
		Long msgSeq = null;
		boolean msgRandomIntegral = false;
		try (JsonParser parser = this.jsonMapper.createParser(body)) {
			if (parser.nextToken() != JsonToken.START_OBJECT) {
				return MessageIds.NONE;
			}
			while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
				String name = parser.currentName();
				JsonToken token = parser.nextToken();
				boolean integral = token == JsonToken.VALUE_NUMBER_INT;
				Long value = integral ? longValue(parser) : null;
				if ("MsgRandom".equals(name)) {
					msgRandom = value;
					msgRandomIntegral = integral;
				}
				else if ("Random".equals(name)) {
					random = value;
				}
				else if ("MsgSeq".equals(name)) {
					msgSeq = value;
				}
				parser.skipChildren();
			}
		}
		catch (JacksonException ex) {
			return MessageIds.NONE;
		}
		return new MessageIds(msgRandomIntegral ? msgRandom : random, msgSeq);
	}

	private static @Nullable Long longValue(JsonParser parser) {
		if (parser.getNumberType() != JsonParser.NumberType.BIG_INTEGER) {
			return parser.getLongValue();
		}
		java.math.BigInteger value = parser.getBigIntegerValue();
		return (value.bitLength() < 64) ? value.longValue() : null;
	}

	/**
	 * The identity of the message a call carried.
	 *
	 * @param msgRandom its {@code MsgRandom} or {@code Random}, if any
	 * @param msgSeq its {@code MsgSeq}, if any
	 */
	private record MessageIds(@Nullable Long msgRandom, @Nullable Long msgSeq) {

		static final MessageIds NONE = new MessageIds(null, null);

	}

	private static void checkName(String value, String name) {
		if (!isName(value)) {
			throw new IllegalArgumentException("'" + name
					+ "' must be a non-empty name of letters, digits and underscores, but was '" + value + "'");
		}
	}

	private static boolean isName(@Nullable String value) {
		if (value == null || value.isEmpty()) {
			return false;
		}
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_')) {
				return false;
			}
		}
		return true;
	}

	private static Outcome outcomeOf(Throwable ex) {
		if (ex instanceof ChatAdminException failure && failure.getFailureKind() == ChatAdminFailureKind.THROTTLED) {
			return Outcome.RATE_LIMITED;
		}
		if (ex instanceof ChatAdminResponseException) {
			return Outcome.API_ERROR;
		}
		return Outcome.TRANSPORT_ERROR;
	}

	private static String describe(Throwable ex) {
		Throwable cause = ex;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		String message = cause.getMessage();
		return cause.getClass().getSimpleName() + ((message != null) ? ": " + redact(message) : "");
	}

	private static String snippet(byte[] bytes) {
		if (bytes.length == 0) {
			return " (empty body)";
		}
		String text = new String(bytes, 0, Math.min(bytes.length, SNIPPET_LENGTH * 4), StandardCharsets.UTF_8);
		if (text.length() > SNIPPET_LENGTH) {
			text = text.substring(0, SNIPPET_LENGTH) + "...";
		}
		return " (body: " + redact(text).replaceAll("\\s+", " ") + ")";
	}

	private static String redact(String text) {
		return USERSIG_PARAMETER.matcher(text).replaceAll("$1" + ChatAdminRequestFilter.MASKED_USERSIG);
	}

	@Override
	public String toString() {
		return "ChatAdminTemplate[sdkAppId=" + this.sdkAppId + ", admin=" + this.admin + ", endpoint="
				+ this.endpoints.getPrimary() + ", maxAttempts=" + this.maxAttempts + "]";
	}

	/**
	 * Builder of a {@link ChatAdminTemplate}.
	 */
	public static final class Builder {

		private @Nullable Long sdkAppId;

		private String admin = "administrator";

		private @Nullable UserSigProvider userSigProvider;

		private @Nullable String secretKey;

		private Duration userSigValidity = TlsSigUserSigProvider.DEFAULT_VALIDITY;

		private ChatAdminRegion region = ChatAdminRegion.CHINA;

		private @Nullable URI endpoint;

		private @Nullable URI backupEndpoint;

		private int maxAttempts = 4;

		private Duration minBackoff = Duration.ofMillis(200);

		private Duration maxBackoff = Duration.ofSeconds(5);

		private Duration minThrottlingBackoff = Duration.ofSeconds(1);

		private Duration maxThrottlingBackoff = Duration.ofSeconds(10);

		private HttpSettings httpSettings = HttpSettings.defaults();

		private WebClient.@Nullable Builder webClientBuilder;

		private ObservationRegistry observationRegistry = ObservationRegistry.NOOP;

		private @Nullable ChatAdminObservationConvention observationConvention;

		private @Nullable ChatAdminAttemptObservationConvention attemptObservationConvention;

		private int batchConcurrency = 4;

		private Duration failoverCoolDown = Duration.ofSeconds(30);

		private CommandRateLimiter.Mode limiterMode = CommandRateLimiter.Mode.ADAPTIVE;

		private double limiterDefaultQuota = 200;

		private Map<String, Double> limiterQuotas = Map.of();

		private Duration limiterMaxWait = Duration.ofSeconds(2);

		private double limiterAppQuota = Double.POSITIVE_INFINITY;

		private @Nullable AddressResolverGroup<?> resolver;

		private LongSupplier nanoTime = System::nanoTime;

		private int maxResponseBytes = DEFAULT_MAX_RESPONSE_BYTES;

		private @Nullable TrustManagerFactory trustManagerFactory;

		private @Nullable KeyManagerFactory keyManagerFactory;

		private final List<Function<HttpClient, HttpClient>> httpClientCustomizers = new ArrayList<>();

		Builder() {
		}

		/**
		 * Trust the certificates of these trust managers, for instance a corporate trust
		 * store, instead of the JVM's default ones; optionally present a client
		 * certificate.
		 * @param trustManagerFactory the trust managers, or {@code null} for the JVM's
		 * @param keyManagerFactory the key managers, or {@code null} for none
		 * @return this builder
		 */
		public Builder ssl(@Nullable TrustManagerFactory trustManagerFactory,
				@Nullable KeyManagerFactory keyManagerFactory) {
			this.trustManagerFactory = trustManagerFactory;
			this.keyManagerFactory = keyManagerFactory;
			return this;
		}

		/**
		 * Add a customization of the Reactor Netty {@code HttpClient} of the template's
		 * dedicated pool, for instance a proxy
		 * ({@code client -> client.proxy(proxy -> ...)}). Customizations run in the order
		 * they were added; keep the pool, timeouts and TLS settings.
		 * @param customizer the customization
		 * @return this builder
		 */
		public Builder httpClient(Function<HttpClient, HttpClient> customizer) {
			this.httpClientCustomizers.add(customizer);
			return this;
		}

		/**
		 * Set the largest answer the template reads (default 16 MB). A larger one fails
		 * as {@link ChatAdminFailureKind#RESPONSE_TOO_LARGE} and is not sent again.
		 * @param maxResponseBytes the limit in bytes, at least 1 KB
		 * @return this builder
		 */
		public Builder maxResponseBytes(int maxResponseBytes) {
			this.maxResponseBytes = maxResponseBytes;
			return this;
		}

		/**
		 * Set the app's SDKAppID (required).
		 * @param sdkAppId the SDKAppID
		 * @return this builder
		 */
		public Builder sdkAppId(long sdkAppId) {
			this.sdkAppId = sdkAppId;
			return this;
		}

		/**
		 * Set the app admin account sent as {@code identifier} (default
		 * {@code administrator}).
		 * @param admin the admin account
		 * @return this builder
		 */
		public Builder admin(String admin) {
			this.admin = admin;
			return this;
		}

		/**
		 * Set the app's secret key, from which a {@link TlsSigUserSigProvider} is made
		 * unless a {@link #userSigProvider(UserSigProvider) provider} is set.
		 * @param secretKey the secret key
		 * @return this builder
		 */
		public Builder secretKey(String secretKey) {
			this.secretKey = secretKey;
			return this;
		}

		/**
		 * Set how long the UserSigs signed from the secret key are valid (default one
		 * day).
		 * @param validity the validity
		 * @return this builder
		 */
		public Builder userSigValidity(Duration validity) {
			this.userSigValidity = validity;
			return this;
		}

		/**
		 * Set the source of the admin UserSig, in place of a secret key.
		 * @param userSigProvider the provider
		 * @return this builder
		 */
		public Builder userSigProvider(UserSigProvider userSigProvider) {
			this.userSigProvider = userSigProvider;
			return this;
		}

		/**
		 * Set the region whose domains are used (default {@link ChatAdminRegion#CHINA}).
		 * @param region the region
		 * @return this builder
		 */
		public Builder region(ChatAdminRegion region) {
			this.region = region;
			return this;
		}

		/**
		 * Set a base URL that replaces the region's primary domain.
		 * @param endpoint the base URL, {@code https} unless the host is loopback
		 * @return this builder
		 */
		public Builder endpoint(@Nullable URI endpoint) {
			this.endpoint = endpoint;
			return this;
		}

		/**
		 * Set a base URL that replaces the region's backup domain. When an
		 * {@link #endpoint(URI) endpoint} is set and this is not, there is no backup.
		 * @param backupEndpoint the base URL, {@code https} unless the host is loopback
		 * @return this builder
		 */
		public Builder backupEndpoint(@Nullable URI backupEndpoint) {
			this.backupEndpoint = backupEndpoint;
			return this;
		}

		/**
		 * Set how many attempts a call gets, including the first one (default 4).
		 * @param maxAttempts the number of attempts, at least 1
		 * @return this builder
		 */
		public Builder maxAttempts(int maxAttempts) {
			this.maxAttempts = maxAttempts;
			return this;
		}

		/**
		 * Set the bounds of the jittered exponential backoff before sending again after a
		 * transient failure (defaults 200 ms and 5 s).
		 * @param minBackoff the first backoff
		 * @param maxBackoff the largest backoff
		 * @return this builder
		 */
		public Builder backoff(Duration minBackoff, Duration maxBackoff) {
			this.minBackoff = minBackoff;
			this.maxBackoff = maxBackoff;
			return this;
		}

		/**
		 * Set the bounds of the longer backoff after a rate-limit answer (defaults 1 s
		 * and 10 s).
		 * @param minBackoff the first backoff
		 * @param maxBackoff the largest backoff
		 * @return this builder
		 */
		public Builder throttlingBackoff(Duration minBackoff, Duration maxBackoff) {
			this.minThrottlingBackoff = minBackoff;
			this.maxThrottlingBackoff = maxBackoff;
			return this;
		}

		/**
		 * Set the connection pool and timeout settings.
		 * @param httpSettings the settings
		 * @return this builder
		 */
		public Builder httpSettings(HttpSettings httpSettings) {
			this.httpSettings = httpSettings;
			return this;
		}

		/**
		 * Set the WebClient builder to start from, typically Spring Boot's, so that its
		 * customizations apply; it is cloned, and its connector is replaced by the
		 * client's dedicated one.
		 * @param webClientBuilder the builder
		 * @return this builder
		 */
		public Builder webClientBuilder(WebClient.Builder webClientBuilder) {
			this.webClientBuilder = webClientBuilder;
			return this;
		}

		/**
		 * Set the registry the call observations are reported to (default none).
		 * @param observationRegistry the registry
		 * @return this builder
		 */
		public Builder observationRegistry(ObservationRegistry observationRegistry) {
			this.observationRegistry = observationRegistry;
			return this;
		}

		/**
		 * Set a convention that replaces {@link DefaultChatAdminObservationConvention}.
		 * @param observationConvention the convention
		 * @return this builder
		 */
		public Builder observationConvention(@Nullable ChatAdminObservationConvention observationConvention) {
			this.observationConvention = observationConvention;
			return this;
		}

		/**
		 * Set a convention that replaces
		 * {@link DefaultChatAdminAttemptObservationConvention} for the observations of
		 * single HTTP attempts, which a call only has when it needs a second attempt: the
		 * call's own observation covers its first attempt.
		 * @param attemptObservationConvention the convention
		 * @return this builder
		 */
		public Builder attemptObservationConvention(
				@Nullable ChatAdminAttemptObservationConvention attemptObservationConvention) {
			this.attemptObservationConvention = attemptObservationConvention;
			return this;
		}

		/**
		 * Set how long traffic stays on the backup domain after the primary could not be
		 * reached, before the primary is tried again (default 30 s).
		 * @param coolDown the cool-down
		 * @return this builder
		 */
		public Builder failoverCoolDown(Duration coolDown) {
			this.failoverCoolDown = coolDown;
			return this;
		}

		/**
		 * Set the client-side rate limiter (default: adaptive, 200 calls/s per command
		 * except the vendor's documented exceptions, at most 2 s of waiting).
		 * @param mode the mode
		 * @param defaultQuota calls per second of a command without its own quota
		 * @param quotas calls per second by {@code service/command}, on top of the
		 * vendor's documented ones
		 * @param maxWait the longest a call may wait for its turn before it fails as
		 * saturated
		 * @return this builder
		 */
		public Builder rateLimiter(CommandRateLimiter.Mode mode, double defaultQuota, Map<String, Double> quotas,
				Duration maxWait) {
			this.limiterMode = mode;
			this.limiterDefaultQuota = defaultQuota;
			this.limiterQuotas = Map.copyOf(quotas);
			this.limiterMaxWait = maxWait;
			return this;
		}

		/**
		 * Set how many calls per second the whole SDKAppID may make, all commands
		 * together (default: no limit until the service answers 60011, then the rate it
		 * was sending at, adapted as for a command).
		 * @param appQuota calls per second, or {@link Double#POSITIVE_INFINITY}
		 * @return this builder
		 */
		public Builder appQuota(double appQuota) {
			this.limiterAppQuota = appQuota;
			return this;
		}

		/**
		 * Set the resolver of host names to addresses, in place of Reactor Netty's
		 * default DNS resolver; for instance to use the JVM's resolver or, in tests, to
		 * map the vendor's domains to loopback addresses.
		 * @param resolver the resolver group
		 * @return this builder
		 */
		public Builder resolver(AddressResolverGroup<?> resolver) {
			this.resolver = resolver;
			return this;
		}

		/**
		 * Set the time source of the failover cool-down and of the rate limiter, for
		 * tests.
		 * @param nanoTime the time source, in nanoseconds
		 * @return this builder
		 */
		Builder nanoTime(LongSupplier nanoTime) {
			this.nanoTime = nanoTime;
			return this;
		}

		/**
		 * Set how many calls a batch operation keeps in flight when it splits a list
		 * (default 4).
		 * @param batchConcurrency the concurrency, at least 1
		 * @return this builder
		 */
		public Builder batchConcurrency(int batchConcurrency) {
			this.batchConcurrency = batchConcurrency;
			return this;
		}

		/**
		 * Build the template.
		 * @return the template
		 * @throws IllegalArgumentException if a setting is missing or invalid
		 */
		public ChatAdminTemplate build() {
			Assert.notNull(this.sdkAppId, "'sdkAppId' must be set");
			Assert.isTrue(this.sdkAppId > 0, "'sdkAppId' must be positive");
			Assert.hasText(this.admin, "'admin' must not be empty");
			Assert.notNull(this.region, "'region' must not be null");
			Assert.isTrue(this.maxAttempts >= 1, "'maxAttempts' must be at least 1");
			Assert.isTrue(this.minBackoff != null && !this.minBackoff.isNegative() && !this.minBackoff.isZero(),
					"'minBackoff' must be positive");
			Assert.isTrue(this.maxBackoff != null && this.maxBackoff.compareTo(this.minBackoff) >= 0,
					"'maxBackoff' must not be less than 'minBackoff'");
			Assert.isTrue(this.minThrottlingBackoff != null && !this.minThrottlingBackoff.isNegative()
					&& !this.minThrottlingBackoff.isZero(), "'minThrottlingBackoff' must be positive");
			Assert.isTrue(
					this.maxThrottlingBackoff != null
							&& this.maxThrottlingBackoff.compareTo(this.minThrottlingBackoff) >= 0,
					"'maxThrottlingBackoff' must not be less than 'minThrottlingBackoff'");
			Assert.isTrue(this.batchConcurrency >= 1, "'batchConcurrency' must be at least 1");
			Assert.isTrue(this.maxResponseBytes >= 1024, "'maxResponseBytes' must be at least 1024");
			Assert.isTrue(this.limiterDefaultQuota > 0 && this.limiterQuotas.values().stream().allMatch((q) -> q > 0),
					"Rate limiter quotas must be positive");
			Assert.isTrue(!this.limiterMaxWait.isNegative(), "'maxWait' must not be negative");
			Assert.isTrue(this.limiterAppQuota > 0, "'appQuota' must be positive");
			Assert.isTrue(this.failoverCoolDown != null && !this.failoverCoolDown.isNegative()
					&& !this.failoverCoolDown.isZero(), "'failoverCoolDown' must be positive");
			Assert.notNull(this.httpSettings, "'httpSettings' must not be null");
			Assert.notNull(this.observationRegistry, "'observationRegistry' must not be null");
			UserSigProvider sigProvider = this.userSigProvider;
			if (sigProvider == null) {
				Assert.isTrue(this.secretKey != null && !this.secretKey.isBlank(),
						"Either 'secretKey' or 'userSigProvider' must be set");
				sigProvider = new TlsSigUserSigProvider(this.sdkAppId, this.admin, this.secretKey,
						this.userSigValidity);
			}
			String primary = Endpoints
				.validate((this.endpoint != null) ? this.endpoint : this.region.getPrimaryEndpoint());
			URI backup = (this.backupEndpoint != null) ? this.backupEndpoint
					: (this.endpoint == null) ? this.region.getBackupEndpoint() : null;
			String backupBase = (backup != null) ? Endpoints.validate(backup) : null;
			ConnectionProvider connectionProvider = ChatAdminConnectors.createConnectionProvider(this.httpSettings);
			ChatAdminRequestFilter requestFilter = new ChatAdminRequestFilter(this.sdkAppId, this.admin);
			WebClient.Builder base = (this.webClientBuilder != null) ? this.webClientBuilder.clone()
					: WebClient.builder();
			HttpClient httpClient = ChatAdminConnectors.createHttpClient(connectionProvider, this.httpSettings,
					this.resolver, this.trustManagerFactory, this.keyManagerFactory);
			for (Function<HttpClient, HttpClient> customizer : this.httpClientCustomizers) {
				httpClient = customizer.apply(httpClient);
			}
			WebClient webClient = base.clientConnector(ChatAdminConnectors.createConnector(httpClient))
				.codecs((codecs) -> codecs.defaultCodecs().maxInMemorySize(this.maxResponseBytes))
				.filter(requestFilter)
				.build();
			return new ChatAdminTemplate(this, webClient, requestFilter, sigProvider, primary, backupBase,
					connectionProvider);
		}

	}

}
