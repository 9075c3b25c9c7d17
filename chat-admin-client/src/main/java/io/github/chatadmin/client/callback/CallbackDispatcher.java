package io.github.chatadmin.client.callback;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.util.Assert;

/**
 * Verifies, decodes and dispatches callback requests to {@link CallbackHandler}s, and
 * answers the vendor's envelope, independently of the web framework. A refused request
 * gets a 4xx without any handler being called; a handler's failure or timeout becomes
 * {@link CallbackReply#ok()}, logged at WARN. Every request is one
 * {@value #OBSERVATION_NAME} observation with the low-cardinality tags {@code command} (a
 * known command, or {@code other}) and {@code outcome}.
 *
 * @author chat-admin
 * @since 0.1.0
 */
public final class CallbackDispatcher {

	/**
	 * The name of the observation of each callback.
	 */
	public static final String OBSERVATION_NAME = "tencent.chat.callbacks";

	private static final Log logger = LogFactory.getLog(CallbackDispatcher.class);

	private final CallbackVerifier verifier;

	private final Function<Class<? extends CallbackEvent>, List<? extends CallbackHandler<?>>> handlers;

	private final Duration handlerTimeout;

	private final ObservationRegistry observationRegistry;

	/**
	 * Create a dispatcher.
	 * @param verifier verifies the query parameters
	 * @param handlers returns the handlers of an event type, in order
	 * @param handlerTimeout how long the handlers of one callback may take together
	 * @param observationRegistry the registry of the observations
	 */
	public CallbackDispatcher(CallbackVerifier verifier,
			Function<Class<? extends CallbackEvent>, List<? extends CallbackHandler<?>>> handlers,
			Duration handlerTimeout, ObservationRegistry observationRegistry) {
		Assert.notNull(verifier, "'verifier' must not be null");
		Assert.notNull(handlers, "'handlers' must not be null");
		Assert.isTrue(handlerTimeout != null && !handlerTimeout.isNegative() && !handlerTimeout.isZero(),
				"'handlerTimeout' must be positive");
		Assert.notNull(observationRegistry, "'observationRegistry' must not be null");
		this.verifier = verifier;
		this.handlers = handlers;
		this.handlerTimeout = handlerTimeout;
		this.observationRegistry = observationRegistry;
	}

	/**
	 * Verify a request's query parameters before its body is read.
	 * @param parameters returns the first value of a query parameter, or {@code null}
	 * @return the outcome
	 */
	public CallbackVerification verify(Function<String, @Nullable String> parameters) {
		return this.verifier.verify(parameters);
	}

	/**
	 * Answer a request that was refused before dispatching, and record it.
	 * @param command the {@code CallbackCommand} query parameter, or {@code null}
	 * @param verification the refusal
	 * @return the response
	 */
	public CallbackResponse refuse(@Nullable String command, CallbackVerification verification) {
		CallbackRejection rejection = verification.rejection();
		Assert.notNull(rejection, "'verification' must be a refusal");
		Observation observation = observation(command).start();
		try {
			observation.lowCardinalityKeyValue("outcome", "rejected." + rejection.name().toLowerCase(Locale.ROOT));
			logger.warn("Refused a callback (" + rejection + "): " + verification.message());
			return new CallbackResponse(status(rejection), failure(status(rejection), verification.message()),
					rejection);
		}
		finally {
			observation.stop();
		}
	}

	/**
	 * Dispatch a request whose query parameters were verified.
	 * @param command the {@code CallbackCommand} query parameter
	 * @param body the request body
	 * @return the response
	 */
	public Mono<CallbackResponse> dispatch(String command, byte[] body) {
		Assert.notNull(command, "'command' must not be null");
		Assert.notNull(body, "'body' must not be null");
		CallbackEvent event;
		try {
			event = CallbackEvents.decode(command, body);
		}
		catch (IllegalArgumentException ex) {
			return Mono.fromSupplier(() -> refuse(command, CallbackVerification
				.rejected(CallbackRejection.MALFORMED_BODY, "Callback body of " + command + " is not a JSON object")));
		}
		Observation observation = observation(command);
		AtomicBoolean stopped = new AtomicBoolean();
		Runnable stop = () -> {
			if (stopped.compareAndSet(false, true)) {
				observation.stop();
			}
		};
		return Mono.defer(() -> {
			observation.start();
			return reply(event).onErrorResume(TimeoutException.class, (ex) -> {
				logger.warn("Callback handlers of " + command + " did not answer within " + this.handlerTimeout
						+ "; answering the default reply");
				return Mono.just(new Outcome(CallbackReply.ok(), "handler_timeout"));
			}).onErrorResume((ex) -> {
				logger.warn("A callback handler of " + command + " failed; answering the default reply", ex);
				return Mono.just(new Outcome(CallbackReply.ok(), "handler_error"));
			}).map((outcome) -> {
				observation.lowCardinalityKeyValue("outcome", outcome.name());
				CallbackResponse response = new CallbackResponse(200, write(outcome.reply()), null);
				// stopped before the answer goes out, so that whoever reads the answer
				// finds the
				// observation complete
				stop.run();
				return response;
			}).doFinally((signal) -> stop.run());
		});
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private Mono<Outcome> reply(CallbackEvent event) {
		List<? extends CallbackHandler<?>> handlers = this.handlers.apply(event.getClass());
		if (handlers.isEmpty()) {
			return Mono.just(new Outcome(CallbackReply.ok(), "unhandled"));
		}
		return Flux.fromIterable(handlers)
			.concatMap((handler) -> Mono.defer(() -> ((CallbackHandler) handler).handle(event))
				.subscribeOn(Schedulers.boundedElastic())
				.defaultIfEmpty(CallbackReply.ok()), 1)
			.filter((reply) -> !reply.equals(CallbackReply.ok()))
			.next()
			.map((reply) -> new Outcome((CallbackReply) reply, outcome((CallbackReply) reply)))
			.defaultIfEmpty(new Outcome(CallbackReply.ok(), "ok"))
			.timeout(this.handlerTimeout);
	}

	private static String outcome(CallbackReply reply) {
		if (!reply.isAllowed()) {
			return "denied";
		}
		return (reply.msgBody() != null || reply.cloudCustomData() != null) ? "rewritten" : "ok";
	}

	private Observation observation(@Nullable String command) {
		String tag = (command != null && CallbackEvents.knownCommands().contains(command)) ? command : "other";
		return Observation.createNotStarted(OBSERVATION_NAME, this.observationRegistry)
			.lowCardinalityKeyValue("command", tag);
	}

	private static int status(CallbackRejection rejection) {
		return switch (rejection) {
			case MISSING_PARAMETER, MALFORMED_BODY, MALFORMED_REQUEST_TIME -> 400;
			case WRONG_SIGN, STALE_REQUEST_TIME, FUTURE_REQUEST_TIME -> 401;
			case WRONG_SDK_APP_ID -> 403;
			case BODY_TOO_LARGE -> 413;
		};
	}

	private static String failure(int status, String message) {
		return write(new CallbackReply("FAIL", status, message, null, null));
	}

	private static String write(CallbackReply reply) {
		if (reply.equals(CallbackReply.ok())) {
			return OkBody.JSON;
		}
		return CallbackEvents.jsonMapper().writeValueAsString(reply);
	}

	/**
	 * The default reply, the answer to nearly every callback, written once.
	 */
	private static final class OkBody {

		static final String JSON = CallbackEvents.jsonMapper().writeValueAsString(CallbackReply.ok());

	}

	private record Outcome(CallbackReply reply, String name) {

	}

}
