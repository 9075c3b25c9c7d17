package io.github.chatadmin.client.observation;

import org.jspecify.annotations.Nullable;

/**
 * Context of the observation of one logical call.
 *
 * @author chat-admin
 * @since 0.1.0
 */
public class ChatAdminObservationContext extends AbstractChatAdminObservationContext {

	private volatile int attempts;

	private volatile @Nullable Long random;

	/**
	 * Create a context for a call.
	 * @param service the servicename
	 * @param command the command
	 */
	public ChatAdminObservationContext(String service, String command) {
		super(service, command);
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
