package io.github.chatadmin.client;

import org.jspecify.annotations.Nullable;

/**
 * Raised when no usable answer came back: a network failure, a timeout, an HTTP status
 * other than 200 or a body that is not the vendor's JSON envelope.
 *
 * @author chat-admin
 */
public class ChatAdminRequestException extends ChatAdminException {

	private final int httpStatus;

	private final ChatAdminFailureKind failureKind;

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
		super(message, service, command, attempts, cause);
		this.httpStatus = httpStatus;
		this.failureKind = failureKind;
	}

	private static ChatAdminFailureKind kindOf(int httpStatus) {
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

	@Override
	public ChatAdminFailureKind getFailureKind() {
		return this.failureKind;
	}

}
