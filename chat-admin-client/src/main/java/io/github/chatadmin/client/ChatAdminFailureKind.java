package io.github.chatadmin.client;

/**
 * What a failed attempt means for the request, which decides whether it may be sent
 * again.
 *
 * @author chat-admin
 * @since 0.1.0
 */
public enum ChatAdminFailureKind {

	/**
	 * The request never reached the service: DNS failure, connection refused, connect or
	 * TLS handshake failure. Safe to send again for every command.
	 */
	NOT_SENT,

	/**
	 * The client itself refused to send the call: its rate limiter would have made it
	 * wait longer than allowed, its connection pool had no free connection in time, or
	 * the template is closed. Nothing was sent; sending again later may succeed.
	 */
	SATURATED,

	/**
	 * The service answered a rate-limit code (60007, 60011, 60018, 60019): nothing was
	 * done. Safe to send again, after a longer wait.
	 */
	THROTTLED,

	/**
	 * The request may or may not have been carried out: response timeout, connection
	 * closed after the request was written, HTTP 502/504, ErrorCode 60008, a garbled
	 * answer. Sent again only for idempotent commands; otherwise the caller reconciles,
	 * using the request's identity carried by the exception.
	 */
	OUTCOME_UNKNOWN,

	/**
	 * The service carried the request out ({@code ErrorCode} 0), but its answer could not
	 * be read into the expected type. Never sent again: that would carry it out twice.
	 * The raw answer is on the exception.
	 */
	APPLIED_UNREADABLE,

	/**
	 * The answer was larger than the client accepts, so whether the request was carried
	 * out cannot be told. Never sent again: the same answer would come back.
	 */
	RESPONSE_TOO_LARGE,

	/**
	 * The service refused the request, or the client cannot send it (for example, its
	 * pool is saturated). Sending it again unchanged fails again.
	 */
	PERMANENT

}
