package io.github.chatadmin.client;

import java.util.Set;

/**
 * Raised when the service answered with an envelope whose {@code ErrorCode} is not
 * {@code 0}.
 *
 * @author chat-admin
 * @since 0.1.0
 */
public class ChatAdminResponseException extends ChatAdminException {

	private static final Set<Integer> RATE_LIMIT_CODES = Set.of(60007, 60011, 60018, 60019);

	private final int errorCode;

	private final String errorInfo;

	protected ChatAdminResponseException(String message, String service, String command, int attempts, int errorCode,
			String errorInfo) {
		super(message, service, command, attempts, null);
		this.errorCode = errorCode;
		this.errorInfo = errorInfo;
	}

	/**
	 * Create the exception for an error envelope, picking
	 * {@link ChatAdminRateLimitException} for the rate-limit codes.
	 * @param service the servicename
	 * @param command the command
	 * @param attempts the number of attempts made, including the first one
	 * @param errorCode the envelope's {@code ErrorCode}
	 * @param errorInfo the envelope's {@code ErrorInfo}
	 * @return the exception
	 */
	public static ChatAdminResponseException create(String service, String command, int attempts, int errorCode,
			String errorInfo) {
		String message = service + "/" + command + " failed with ErrorCode " + errorCode
				+ (errorInfo.isEmpty() ? "" : " (" + errorInfo + ")") + " after " + attempts
				+ ((attempts != 1) ? " attempts" : " attempt");
		if (isRateLimitCode(errorCode)) {
			return new ChatAdminRateLimitException(message, service, command, attempts, errorCode, errorInfo);
		}
		return new ChatAdminResponseException(message, service, command, attempts, errorCode, errorInfo);
	}

	/**
	 * Return whether the given {@code ErrorCode} is one of the vendor's rate-limit codes
	 * (60007, 60011, 60018, 60019).
	 * @param errorCode the code
	 * @return whether the code means the call was throttled
	 */
	public static boolean isRateLimitCode(int errorCode) {
		return RATE_LIMIT_CODES.contains(errorCode);
	}

	/**
	 * Return the envelope's {@code ErrorCode}.
	 * @return the error code
	 */
	public int getErrorCode() {
		return this.errorCode;
	}

	/**
	 * Return the envelope's {@code ErrorInfo}.
	 * @return the error info, empty when the service gave none
	 */
	public String getErrorInfo() {
		return this.errorInfo;
	}

	/**
	 * Return {@link ChatAdminFailureKind#THROTTLED} for the rate-limit codes,
	 * {@link ChatAdminFailureKind#OUTCOME_UNKNOWN} for 60008 (service timeout), and
	 * {@link ChatAdminFailureKind#PERMANENT} otherwise.
	 */
	@Override
	public ChatAdminFailureKind getFailureKind() {
		if (isRateLimitCode(this.errorCode)) {
			return ChatAdminFailureKind.THROTTLED;
		}
		return (this.errorCode == 60008) ? ChatAdminFailureKind.OUTCOME_UNKNOWN : ChatAdminFailureKind.PERMANENT;
	}

}
