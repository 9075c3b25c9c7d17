package io.github.chatadmin.sample;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import io.github.chatadmin.client.ChatAdminRateLimitException;
import io.github.chatadmin.client.ChatAdminRequestException;
import io.github.chatadmin.client.ChatAdminResponseException;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.server.ServerWebInputException;

/**
 * Turns failures into JSON error bodies: bad input as 4xx, the vendor's errors with their
 * code and info.
 *
 * @author chat-admin
 */
@RestControllerAdvice
public class ApiErrorHandler {

	private static final Set<Integer> NOT_FOUND_CODES = Set.of(70107, 90003, 90008, 10010, 10015, 10019, 40003, 30003);

	private static final Set<Integer> BAD_INPUT_CODES = Set.of(70402, 10004, 10007, 90001, 90002, 40001);

	@ExceptionHandler({ IllegalArgumentException.class, ServerWebInputException.class })
	ResponseEntity<Map<String, Object>> badInput(Exception ex) {
		String message = (ex instanceof ServerWebInputException input) ? input.getReason() : ex.getMessage();
		return error(HttpStatus.BAD_REQUEST, message, null, null);
	}

	@ExceptionHandler(UserService.UnknownUserException.class)
	ResponseEntity<Map<String, Object>> unknownUser(UserService.UnknownUserException ex) {
		return error(HttpStatus.NOT_FOUND, ex.getMessage(), null, null);
	}

	@ExceptionHandler(ChatAdminRateLimitException.class)
	ResponseEntity<Map<String, Object>> throttled(ChatAdminRateLimitException ex) {
		return error(HttpStatus.TOO_MANY_REQUESTS, "Tencent Chat is throttling calls", ex.getErrorCode(),
				ex.getErrorInfo());
	}

	@ExceptionHandler(ChatAdminResponseException.class)
	ResponseEntity<Map<String, Object>> vendorError(ChatAdminResponseException ex) {
		if (NOT_FOUND_CODES.contains(ex.getErrorCode())) {
			return error(HttpStatus.NOT_FOUND, "Unknown user or group", ex.getErrorCode(), ex.getErrorInfo());
		}
		if (BAD_INPUT_CODES.contains(ex.getErrorCode())) {
			return error(HttpStatus.BAD_REQUEST, "Tencent Chat refused the input", ex.getErrorCode(),
					ex.getErrorInfo());
		}
		return error(HttpStatus.BAD_GATEWAY, "Tencent Chat refused " + ex.getService() + "/" + ex.getCommand(),
				ex.getErrorCode(), ex.getErrorInfo());
	}

	@ExceptionHandler(ChatAdminRequestException.class)
	ResponseEntity<Map<String, Object>> unreachable(ChatAdminRequestException ex) {
		return error(HttpStatus.SERVICE_UNAVAILABLE,
				"Tencent Chat did not answer " + ex.getService() + "/" + ex.getCommand(), null, null);
	}

	private static ResponseEntity<Map<String, Object>> error(HttpStatus status, @Nullable String message,
			@Nullable Integer code, @Nullable String info) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("status", status.value());
		body.put("error", message);
		if (code != null) {
			body.put("code", code);
			body.put("info", info);
		}
		return ResponseEntity.status(status).body(body);
	}

}
