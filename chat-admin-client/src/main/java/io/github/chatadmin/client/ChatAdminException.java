package io.github.chatadmin.client;

import org.jspecify.annotations.Nullable;

import org.springframework.core.NestedRuntimeException;

/**
 * Root of the exceptions the chat admin client raises for a call that did not succeed.
 * <p>
 * Messages never contain the secret key or the UserSig.
 *
 * @author chat-admin
 * @since 0.1.0
 * @see ChatAdminResponseException
 * @see ChatAdminRequestException
 */
public abstract class ChatAdminException extends NestedRuntimeException {

	private final String service;

	private final String command;

	private final int attempts;

	private @Nullable Long random;

	private @Nullable Long msgRandom;

	private @Nullable Long msgSeq;

	protected ChatAdminException(String message, String service, String command, int attempts,
			@Nullable Throwable cause) {
		super(message, cause);
		this.service = service;
		this.command = command;
		this.attempts = attempts;
	}

	/**
	 * Return the servicename of the failed call, for example {@code im_open_login_svc}.
	 * @return the servicename
	 */
	public String getService() {
		return this.service;
	}

	/**
	 * Return the command of the failed call, for example {@code account_import}.
	 * @return the command
	 */
	public String getCommand() {
		return this.command;
	}

	/**
	 * Return how many HTTP attempts were made for the call, including the first one.
	 * @return the number of attempts, {@code 0} when nothing was sent
	 */
	public int getAttempts() {
		return this.attempts;
	}

	/**
	 * Return what the failure means for the request.
	 * @return the kind of failure
	 */
	public abstract ChatAdminFailureKind getFailureKind();

	/**
	 * Return whether sending the same request again, later, may succeed: true for
	 * {@link ChatAdminFailureKind#NOT_SENT not sent},
	 * {@link ChatAdminFailureKind#SATURATED saturated},
	 * {@link ChatAdminFailureKind#THROTTLED throttled} and
	 * {@link ChatAdminFailureKind#OUTCOME_UNKNOWN outcome-unknown} failures. For the last
	 * it may also carry the request out twice.
	 * @return whether the failure is transient
	 */
	public boolean isRetryable() {
		return switch (getFailureKind()) {
			case NOT_SENT, SATURATED, THROTTLED, OUTCOME_UNKNOWN -> true;
			case APPLIED_UNREADABLE, RESPONSE_TOO_LARGE, PERMANENT -> false;
		};
	}

	/**
	 * Return whether the request may or may not have been carried out, so that the caller
	 * has to reconcile (with {@link #getRandom()}, {@link #getMsgRandom()} and
	 * {@link #getMsgSeq()}).
	 * @return whether the outcome is unknown
	 */
	public boolean isOutcomeUnknown() {
		return getFailureKind() == ChatAdminFailureKind.OUTCOME_UNKNOWN
				|| getFailureKind() == ChatAdminFailureKind.RESPONSE_TOO_LARGE;
	}

	/**
	 * Return the {@code random} query parameter of the last attempt.
	 * @return the value, or {@code null} when nothing was sent
	 */
	public @Nullable Long getRandom() {
		return this.random;
	}

	/**
	 * Return the {@code MsgRandom} (or {@code Random}, for group messages) of the request
	 * body, the vendor's key for recognising a message.
	 * @return the value, or {@code null} when the request has none
	 */
	public @Nullable Long getMsgRandom() {
		return this.msgRandom;
	}

	/**
	 * Return the {@code MsgSeq} of the request body.
	 * @return the value, or {@code null} when the request has none
	 */
	public @Nullable Long getMsgSeq() {
		return this.msgSeq;
	}

	void identify(@Nullable Long random, @Nullable Long msgRandom, @Nullable Long msgSeq) {
		this.random = random;
		this.msgRandom = msgRandom;
		this.msgSeq = msgSeq;
	}

}
