package io.github.chatadmin.client;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * Raised when no usable answer came back: a network failure, a timeout, an HTTP status
 * other than 200, a body that is not the vendor's JSON envelope, a success whose body
 * cannot be read, or a call the client itself refused to send. {@link #getFailureKind()}
 * tells which, and whether the request may have been carried out.
 *
 * @author chat-admin
 * @since 0.1.0
 */
public class ChatAdminRequestException extends ChatAdminException {

	private final int httpStatus;

	private final ChatAdminFailureKind failureKind;

	private final @Nullable Duration retryAfter;

	private final @Nullable String responseBody;

	/**
	 * Create a new instance.
	 * @param message the detail message, which must not contain any credential
	 * @param service the servicename
	 * @param command the command
	 * @param attempts the number of attempts made, including the first one
	 * @param httpStatus the HTTP status received, or {@code 0} when no response came back
	 * @param cause the underlying failure, if any
	 */
	public ChatAdminRequestException(String message, String service, String command, int attempts, int httpStatus,
			@Nullable Throwable cause) {
		this(message, service, command, attempts, httpStatus, kindOf(httpStatus), cause);
	}

	/**
	 * Create a new instance with an explicit kind of failure.
	 * @param message the detail message, which must not contain any credential
	 * @param service the servicename
	 * @param command the command
	 * @param attempts the number of attempts made, including the first one
	 * @param httpStatus the HTTP status received, or {@code 0} when no response came back
	 * @param failureKind what the failure means for the request
	 * @param cause the underlying failure, if any
	 */
	public ChatAdminRequestException(String message, String service, String command, int attempts, int httpStatus,
			ChatAdminFailureKind failureKind, @Nullable Throwable cause) {
		this(message, service, command, attempts, httpStatus, failureKind, null, null, cause);
	}

	/**
	 * Create a new instance with an explicit kind of failure, the wait the server asked
	 * for and the body it answered.
	 * @param message the detail message, which must not contain any credential
	 * @param service the servicename
	 * @param command the command
	 * @param attempts the number of attempts made, including the first one
	 * @param httpStatus the HTTP status received, or {@code 0} when no response came back
	 * @param failureKind what the failure means for the request
	 * @param retryAfter how long the server asked to wait before sending again
	 * ({@code Retry-After}), if it did
	 * @param responseBody the body the server answered, if it is worth keeping
	 * @param cause the underlying failure, if any
	 * @since 0.1.0
	 */
	public ChatAdminRequestException(String message, String service, String command, int attempts, int httpStatus,
			ChatAdminFailureKind failureKind, @Nullable Duration retryAfter, @Nullable String responseBody,
			@Nullable Throwable cause) {
		super(message, service, command, attempts, cause);
		this.httpStatus = httpStatus;
		this.failureKind = failureKind;
		this.retryAfter = retryAfter;
		this.responseBody = responseBody;
	}

	private static ChatAdminFailureKind kindOf(int httpStatus) {
		if (httpStatus == 429) {
			return ChatAdminFailureKind.THROTTLED;
		}
		return (httpStatus >= 400 && httpStatus < 500) ? ChatAdminFailureKind.PERMANENT
				: ChatAdminFailureKind.OUTCOME_UNKNOWN;
	}

	/**
	 * Return the HTTP status of the response.
	 * @return the status, or {@code 0} when no response came back
	 */
	public int getHttpStatus() {
		return this.httpStatus;
	}

	/**
	 * Return how long the server asked to wait before sending again, from the
	 * {@code Retry-After} header of an HTTP 429 or 503 answer.
	 * @return the wait, or {@code null} when the server named none
	 */
	public @Nullable Duration getRetryAfter() {
		return this.retryAfter;
	}

	/**
	 * Return the body the server answered, kept for
	 * {@link ChatAdminFailureKind#APPLIED_UNREADABLE applied but unreadable} answers so
	 * that the caller can still read what the service said.
	 * @return the body, or {@code null} when none was kept
	 */
	public @Nullable String getResponseBody() {
		return this.responseBody;
	}

	@Override
	public ChatAdminFailureKind getFailureKind() {
		return this.failureKind;
	}

}
