package io.github.chatadmin.client.observation;

import io.micrometer.observation.Observation;
import org.jspecify.annotations.Nullable;

/**
 * Context of the observation of one logical call.
 *
 * @author chat-admin
 */
public class ChatAdminObservationContext extends Observation.Context {

	private final String service;

	private final String command;

	private volatile int attempts;

	private volatile @Nullable Integer errorCode;

	private volatile @Nullable Outcome outcome;

	private volatile @Nullable Long random;

	/**
	 * Create a context for a call.
	 * @param service the servicename
	 * @param command the command
	 */
	public ChatAdminObservationContext(String service, String command) {
		this.service = service;
		this.command = command;
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
	 * Return the number of attempts made so far, including the first one.
	 * @return the number of attempts
	 */
	public int getAttempts() {
		return this.attempts;
	}

	/**
	 * Set the number of attempts made so far.
	 * @param attempts the number of attempts
	 */
	public void setAttempts(int attempts) {
		this.attempts = attempts;
	}

	/**
	 * Return the {@code ErrorCode} of the last envelope received.
	 * @return the code, or {@code null} when no envelope came back
	 */
	public @Nullable Integer getErrorCode() {
		return this.errorCode;
	}

	/**
	 * Set the {@code ErrorCode} of the last envelope received.
	 * @param errorCode the code
	 */
	public void setErrorCode(@Nullable Integer errorCode) {
		this.errorCode = errorCode;
	}

	/**
	 * Return the outcome of the call.
	 * @return the outcome, or {@code null} while the call is in flight
	 */
	public @Nullable Outcome getOutcome() {
		return this.outcome;
	}

	/**
	 * Set the outcome of the call.
	 * @param outcome the outcome
	 */
	public void setOutcome(Outcome outcome) {
		this.outcome = outcome;
	}

	/**
	 * Return the {@code random} query parameter of the last attempt.
	 * @return the value, or {@code null} before the first attempt
	 */
	public @Nullable Long getRandom() {
		return this.random;
	}

	/**
	 * Set the {@code random} query parameter of the last attempt.
	 * @param random the value
	 */
	public void setRandom(@Nullable Long random) {
		this.random = random;
	}

	/**
	 * Outcome of a logical call.
	 */
	public enum Outcome {

		/**
		 * The service answered {@code ErrorCode} 0.
		 */
		SUCCESS,

		/**
		 * The service answered an error code other than a rate-limit code.
		 */
		API_ERROR,

		/**
		 * The service still answered a rate-limit code after the retries.
		 */
		RATE_LIMITED,

		/**
		 * No usable answer came back.
		 */
		TRANSPORT_ERROR,

		/**
		 * The subscriber cancelled the call before it completed.
		 */
		CANCELLED

	}

}
