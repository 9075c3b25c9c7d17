package io.github.chatadmin.client.observation;

import io.micrometer.observation.Observation;
import org.jspecify.annotations.Nullable;

import io.github.chatadmin.client.observation.ChatAdminObservationContext.Outcome;

/**
 * Context of the observation of one HTTP attempt of a call.
 *
 * @author chat-admin
 */
public class ChatAdminAttemptObservationContext extends Observation.Context {

	private final String service;

	private final String command;

	private final int attempt;

	private final boolean backup;

	private final long random;

	private volatile @Nullable Integer errorCode;

	private volatile @Nullable Outcome outcome;

	/**
	 * Create a context for an attempt.
	 * @param service the servicename
	 * @param command the command
	 * @param attempt the attempt's number, 1 for the first one
	 * @param backup whether the attempt goes to the backup domain
	 * @param random the attempt's {@code random} query parameter
	 */
	public ChatAdminAttemptObservationContext(String service, String command, int attempt, boolean backup,
			long random) {
		this.service = service;
		this.command = command;
		this.attempt = attempt;
		this.backup = backup;
		this.random = random;
	}

	/**
	 * Return the servicename.
	 * @return the servicename
	 */
	public String getService() {
		return this.service;
	}

	/**
	 * Return the command.
	 * @return the command
	 */
	public String getCommand() {
		return this.command;
	}

	/**
	 * Return the attempt's number.
	 * @return the number, 1 for the first attempt
	 */
	public int getAttempt() {
		return this.attempt;
	}

	/**
	 * Return whether the attempt goes to the backup domain.
	 * @return {@code true} for the backup domain, {@code false} for the primary
	 */
	public boolean isBackup() {
		return this.backup;
	}

	/**
	 * Return the attempt's {@code random} query parameter.
	 * @return the value
	 */
	public long getRandom() {
		return this.random;
	}

	/**
	 * Return the {@code ErrorCode} of the envelope received.
	 * @return the code, or {@code null} when no envelope came back
	 */
	public @Nullable Integer getErrorCode() {
		return this.errorCode;
	}

	/**
	 * Set the {@code ErrorCode} of the envelope received.
	 * @param errorCode the code
	 */
	public void setErrorCode(@Nullable Integer errorCode) {
		this.errorCode = errorCode;
	}

	/**
	 * Return the outcome of the attempt.
	 * @return the outcome, or {@code null} while the attempt is in flight
	 */
	public @Nullable Outcome getOutcome() {
		return this.outcome;
	}

	/**
	 * Set the outcome of the attempt.
	 * @param outcome the outcome
	 */
	public void setOutcome(Outcome outcome) {
		this.outcome = outcome;
	}

}
