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
		super(message, service, command, attempts, cause);
		this.httpStatus = httpStatus;
	}

	/**
	 * Return the HTTP status of the response.
	 * @return the status, or {@code 0} when no response came back
	 */
	public int getHttpStatus() {
		return this.httpStatus;
	}

	/**
	 * Return whether sending again may succeed: when no response came back or the gateway
	 * answered a 5xx status; not for a 4xx status or a malformed body.
	 * @return whether the failure is transient
	 */
	@Override
	public boolean isRetryable() {
		return this.httpStatus == 0 || this.httpStatus >= 500;
	}

}
