package io.github.chatadmin.client;

import org.jspecify.annotations.Nullable;

import org.springframework.core.NestedRuntimeException;

/**
 * Root of the exceptions the chat admin client raises for a call that did not succeed.
 * <p>
 * Messages never contain the secret key or the UserSig.
 *
 * @author chat-admin
 * @see ChatAdminResponseException
 * @see ChatAdminRequestException
 */
public abstract class ChatAdminException extends NestedRuntimeException {

	private final String service;

	private final String command;

	private final int attempts;

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
	 * Return whether sending the same request again may succeed.
	 * @return whether the failure is transient
	 */
	public abstract boolean isRetryable();

}
