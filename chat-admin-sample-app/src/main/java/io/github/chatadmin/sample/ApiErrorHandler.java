package io.github.chatadmin.sample;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import io.github.chatadmin.client.ChatAdminException;
import io.github.chatadmin.client.ChatAdminFailureKind;
import io.github.chatadmin.client.ChatAdminRequestException;
import io.github.chatadmin.client.ChatAdminResponseException;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.FieldError;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.bind.support.WebExchangeBindException;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.reactive.result.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.server.MissingRequestValueException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;

/**
 * Turns every failure into an RFC 9457 problem detail ({@code application/problem+json}).
 * <ul>
 * <li>Bad input (Bean Validation of bodies, path variables and query parameters, missing
 * parameters, unreadable JSON): 400 with an {@code errors} property that names each
 * offending field.</li>
 * <li>Tencent Chat's own answers: 404 for an unknown user or group, 400 for input it
 * refused, 422 for a message the app's before-send callback refused (20006, 10016), 502
 * otherwise, with its {@code errorCode} and {@code errorInfo}.</li>
 * <li>Nothing done, retry later: 429 when Tencent Chat throttles the call or the client's
 * rate limiter holds it back, 503 when no pooled connection was free or Tencent Chat
 * could not be reached, both with a {@code Retry-After} header.</li>
 * <li>Any other failure of the call (outcome unknown, unreadable or oversized answer,
 * refused request): 502.</li>
 * </ul>
 * Failures of the calls carry the {@code command} and the client's {@code failureKind};
 * the client's full message goes to the log, not to the caller.
 *
 * @author chat-admin
 */
@RestControllerAdvice
public class ApiErrorHandler extends ResponseEntityExceptionHandler {

	/**
	 * The wait announced in {@code Retry-After} when the failure gives none.
	 */
	static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(1);

	private static final Set<Integer> NOT_FOUND_CODES = Set.of(70107, 90003, 90008, 10010, 10015, 10019, 40003, 30003);

	private static final Set<Integer> CALLBACK_REFUSED_CODES = Set.of(20006, 10016);

	private static final Set<Integer> BAD_INPUT_CODES = Set.of(70402, 10004, 10007, 90001, 90002, 40001);

	/**
	 * Answer a call of the chat admin client that failed.
	 * @param ex the failure
	 * @return the problem detail, with {@code Retry-After} for 429 and 503
	 */
	@ExceptionHandler(ChatAdminException.class)
	ResponseEntity<ProblemDetail> chatAdminFailure(ChatAdminException ex) {
		String command = ex.getService() + "/" + ex.getCommand();
		Answer answer = answer(ex, command);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(answer.status(), answer.detail());
		problem.setProperty("command", command);
		problem.setProperty("failureKind", ex.getFailureKind().name());
		if (ex instanceof ChatAdminResponseException response) {
			problem.setProperty("errorCode", response.getErrorCode());
			problem.setProperty("errorInfo", response.getErrorInfo());
		}
		if (answer.status().is5xxServerError() || answer.status() == HttpStatus.TOO_MANY_REQUESTS) {
			this.logger.warn(command + " failed (" + answer.status().value() + "): " + ex.getMessage());
		}
		else if (this.logger.isDebugEnabled()) {
			this.logger.debug(command + " failed (" + answer.status().value() + "): " + ex.getMessage());
		}
		ResponseEntity.BodyBuilder response = ResponseEntity.status(answer.status());
		if (answer.status() == HttpStatus.TOO_MANY_REQUESTS || answer.status() == HttpStatus.SERVICE_UNAVAILABLE) {
			response.header(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter(ex).toSeconds()));
		}
		return response.body(problem);
	}

	/**
	 * Answer input that the client refused before sending it.
	 * @param ex the failure
	 * @return a 400 problem detail
	 */
	@ExceptionHandler(IllegalArgumentException.class)
	ProblemDetail refusedInput(IllegalArgumentException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
	}

	/**
	 * Answer a request about a user that does not exist.
	 * @param ex the failure
	 * @return a 404 problem detail
	 */
	@ExceptionHandler(UserService.UnknownUserException.class)
	ProblemDetail unknownUser(UserService.UnknownUserException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
	}

	@Override
	protected Mono<ResponseEntity<Object>> handleExceptionInternal(Exception ex, @Nullable Object body,
			@Nullable HttpHeaders headers, HttpStatusCode status, ServerWebExchange exchange) {
		return super.handleExceptionInternal(ex, body, headers, status, exchange).doOnNext((response) -> {
			List<InvalidField> errors = invalidFields(ex);
			if (response.getBody() instanceof ProblemDetail problem && !errors.isEmpty()) {
				problem.setDetail("Invalid input: " + errors.stream()
					.map((error) -> error.field() + " " + error.detail())
					.collect(Collectors.joining("; ")));
				problem.setProperty("errors", errors);
			}
		});
	}

	private static Answer answer(ChatAdminException ex, String command) {
		if (ex instanceof ChatAdminResponseException response) {
			if (NOT_FOUND_CODES.contains(response.getErrorCode())) {
				return new Answer(HttpStatus.NOT_FOUND, "Unknown user or group");
			}
			if (CALLBACK_REFUSED_CODES.contains(response.getErrorCode())) {
				return new Answer(HttpStatus.UNPROCESSABLE_CONTENT,
						"The app's before-send callback refused the message of " + command);
			}
			if (BAD_INPUT_CODES.contains(response.getErrorCode())) {
				return new Answer(HttpStatus.BAD_REQUEST, "Tencent Chat refused the input of " + command);
			}
		}
		return switch (ex.getFailureKind()) {
			case THROTTLED -> new Answer(HttpStatus.TOO_MANY_REQUESTS,
					"Tencent Chat is throttling " + command + ": nothing was done, retry later");
			case SATURATED -> isPoolSaturation(ex)
					? new Answer(HttpStatus.SERVICE_UNAVAILABLE,
							"No connection to Tencent Chat became free in time for " + command
									+ ": nothing was sent, retry later")
					: new Answer(HttpStatus.TOO_MANY_REQUESTS, "This service holds back " + command
							+ " to stay within its Tencent Chat quota: nothing was sent, retry later");
			case NOT_SENT -> new Answer(HttpStatus.SERVICE_UNAVAILABLE,
					"Tencent Chat could not be reached for " + command + ": nothing was sent, retry later");
			case OUTCOME_UNKNOWN -> new Answer(HttpStatus.BAD_GATEWAY,
					"Tencent Chat gave no usable answer to " + command + ": it may or may not have been carried out");
			case APPLIED_UNREADABLE -> new Answer(HttpStatus.BAD_GATEWAY,
					"Tencent Chat carried out " + command + " but its answer could not be read");
			case RESPONSE_TOO_LARGE ->
				new Answer(HttpStatus.BAD_GATEWAY, "Tencent Chat's answer to " + command + " was too large");
			case PERMANENT -> new Answer(HttpStatus.BAD_GATEWAY,
					"Tencent Chat refused " + command
							+ ((ex instanceof ChatAdminRequestException request && request.getHttpStatus() != 0)
									? " (HTTP " + request.getHttpStatus() + ")" : ""));
		};
	}

	/**
	 * Tell a saturated connection pool (the client names the pool's own exception as the
	 * cause) from a saturated rate limiter (no cause).
	 */
	private static boolean isPoolSaturation(Throwable ex) {
		for (Throwable cause = ex.getCause(); cause != null; cause = (cause.getCause() != cause) ? cause.getCause()
				: null) {
			if (cause.getClass().getSimpleName().startsWith("PoolAcquire")) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Return how long the caller should wait: the {@code Retry-After} Tencent Chat's
	 * gateway named, or {@link #DEFAULT_RETRY_AFTER}.
	 */
	private static Duration retryAfter(ChatAdminException ex) {
		Duration asked = (ex instanceof ChatAdminRequestException request) ? request.getRetryAfter() : null;
		return (asked != null && asked.toSeconds() >= 1) ? Duration.ofSeconds(asked.toSeconds()) : DEFAULT_RETRY_AFTER;
	}

	private static List<InvalidField> invalidFields(Throwable ex) {
		List<InvalidField> errors = new ArrayList<>();
		if (ex instanceof WebExchangeBindException binding) {
			for (FieldError error : binding.getFieldErrors()) {
				errors.add(new InvalidField(error.getField(), message(error)));
			}
		}
		else if (ex instanceof HandlerMethodValidationException validation) {
			for (ParameterValidationResult result : validation.getParameterValidationResults()) {
				if (result instanceof ParameterErrors body) {
					for (FieldError error : body.getFieldErrors()) {
						errors.add(new InvalidField(error.getField(), message(error)));
					}
				}
				else {
					String name = nameOf(result.getMethodParameter())
							+ ((result.getContainerIndex() != null) ? "[" + result.getContainerIndex() + "]" : "");
					for (MessageSourceResolvable error : result.getResolvableErrors()) {
						errors.add(new InvalidField(name, message(error)));
					}
				}
			}
		}
		else if (ex instanceof MissingRequestValueException missing) {
			errors.add(new InvalidField(missing.getName(), "is required"));
		}
		else if (ex instanceof ServerWebInputException) {
			JacksonException json = jacksonCause(ex);
			if (json != null && !json.getPath().isEmpty()) {
				errors.add(new InvalidField(pathOf(json), "does not have the expected JSON type"));
			}
		}
		return errors;
	}

	private static String message(MessageSourceResolvable error) {
		return (error.getDefaultMessage() != null) ? error.getDefaultMessage() : "is invalid";
	}

	private static String nameOf(MethodParameter parameter) {
		String name = parameter.getParameterName();
		return (name != null) ? name : "argument " + parameter.getParameterIndex();
	}

	private static @Nullable JacksonException jacksonCause(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = (cause.getCause() != cause) ? cause.getCause() : null) {
			if (cause instanceof JacksonException json) {
				return json;
			}
		}
		return null;
	}

	private static String pathOf(JacksonException ex) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference reference : ex.getPath()) {
			if (reference.getPropertyName() != null) {
				path.append((path.length() > 0) ? "." : "").append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.toString();
	}

	/**
	 * One offending input, as listed in the {@code errors} property of a 400 problem
	 * detail.
	 *
	 * @param field the body field ({@code members[0]}), path variable or query parameter
	 * @param detail what is wrong with it
	 */
	public record InvalidField(String field, String detail) {

	}

	private record Answer(HttpStatus status, String detail) {

	}

}
