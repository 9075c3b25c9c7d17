package io.github.chatadmin.client;

/**
 * Raised when the service still answered a rate-limit code (60007, 60011, 60018 or 60019)
 * after the configured retries.
 *
 * @author chat-admin
 * @since 0.1.0
 */
public class ChatAdminRateLimitException extends ChatAdminResponseException {

	ChatAdminRateLimitException(String message, String service, String command, int attempts, int errorCode,
			String errorInfo) {
		super(message, service, command, attempts, errorCode, errorInfo);
	}

}
