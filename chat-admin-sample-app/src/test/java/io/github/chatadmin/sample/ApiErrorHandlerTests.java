package io.github.chatadmin.sample;

import java.net.ConnectException;
import java.time.Duration;
import java.util.stream.Stream;

import io.github.chatadmin.client.ChatAdminException;
import io.github.chatadmin.client.ChatAdminFailureKind;
import io.github.chatadmin.client.ChatAdminRequestException;
import io.github.chatadmin.client.ChatAdminResponseException;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import reactor.netty.internal.shaded.reactor.pool.PoolAcquirePendingLimitException;
import reactor.netty.internal.shaded.reactor.pool.PoolAcquireTimeoutException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * The answer of the sample to each kind of failure of the chat admin client: its status,
 * its {@code Retry-After} header and the reason in its problem detail.
 */
class ApiErrorHandlerTests {

	private final ApiErrorHandler handler = new ApiErrorHandler();

	static Stream<Arguments> failures() {
		return Stream.of(arguments("60007 (command throttled)", response(60007), 429, "Tencent Chat is throttling"),
				arguments("60011 (app throttled)", response(60011), 429, "Tencent Chat is throttling"),
				arguments("HTTP 429 from Tencent", request(ChatAdminFailureKind.THROTTLED, 429, null), 429,
						"Tencent Chat is throttling"),
				arguments("client limiter saturated", request(ChatAdminFailureKind.SATURATED, 0, null), 429,
						"holds back"),
				arguments("pool acquire timeout",
						request(ChatAdminFailureKind.SATURATED, 0,
								new PoolAcquireTimeoutException(Duration.ofMillis(500))),
						503, "No connection to Tencent Chat became free"),
				arguments("pool pending limit",
						request(ChatAdminFailureKind.SATURATED, 0, new PoolAcquirePendingLimitException(256)), 503,
						"No connection to Tencent Chat became free"),
				arguments("connection refused",
						request(ChatAdminFailureKind.NOT_SENT, 0, new ConnectException("Connection refused")), 503,
						"could not be reached"),
				arguments("HTTP 502 from a gateway", request(ChatAdminFailureKind.OUTCOME_UNKNOWN, 502, null), 502,
						"may or may not have been carried out"),
				arguments("60008 (service timeout)", response(60008), 502, "may or may not have been carried out"),
				arguments("applied, answer unreadable", request(ChatAdminFailureKind.APPLIED_UNREADABLE, 200, null),
						502, "carried out openim/sendmsg but its answer could not be read"),
				arguments("answer too large", request(ChatAdminFailureKind.RESPONSE_TOO_LARGE, 200, null), 502,
						"too large"),
				arguments("HTTP 403", request(ChatAdminFailureKind.PERMANENT, 403, null), 502, "(HTTP 403)"),
				arguments("90003 (unknown user)", response(90003), 404, "Unknown user or group"),
				arguments("10004 (bad input)", response(10004), 400, "refused the input"),
				arguments("70398 (account limit)", response(70398), 502, "Tencent Chat refused openim/sendmsg"));
	}

	private static ChatAdminException response(int errorCode) {
		return ChatAdminResponseException.create("openim", "sendmsg", 1, errorCode, "info " + errorCode);
	}

	private static ChatAdminException request(ChatAdminFailureKind kind, int httpStatus, @Nullable Throwable cause) {
		return new ChatAdminRequestException("openim/sendmsg failed", "openim", "sendmsg", 1, httpStatus, kind, cause);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("failures")
	void shouldAnswerWithTheStatusAndTheReasonOfTheFailure(String name, ChatAdminException ex, int status,
			String reason) {
		ResponseEntity<ProblemDetail> answer = this.handler.chatAdminFailure(ex);
		assertThat(answer.getStatusCode().value()).isEqualTo(status);
		ProblemDetail problem = answer.getBody();
		assertThat(problem).isNotNull();
		assertThat(problem.getStatus()).isEqualTo(status);
		assertThat(problem.getDetail()).contains(reason);
		assertThat(problem.getProperties()).containsEntry("command", "openim/sendmsg")
			.containsEntry("failureKind", ex.getFailureKind().name());
		if (ex instanceof ChatAdminResponseException response) {
			assertThat(problem.getProperties()).containsEntry("errorCode", response.getErrorCode())
				.containsEntry("errorInfo", response.getErrorInfo());
		}
		else {
			assertThat(problem.getProperties()).doesNotContainKeys("errorCode", "errorInfo");
		}
		assertThat(answer.getHeaders().getFirst(HttpHeaders.RETRY_AFTER))
			.isEqualTo((status == 429 || status == 503) ? "1" : null);
	}

}
