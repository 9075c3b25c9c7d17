package io.github.chatadmin.client.observation;

/**
 * Context of the observation of one HTTP attempt of a call.
 *
 * @author chat-admin
 * @since 0.1.0
 */
public class ChatAdminAttemptObservationContext extends AbstractChatAdminObservationContext {

	private final int attempt;

	private final boolean backup;

	private final long random;

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
		super(service, command);
		this.attempt = attempt;
		this.backup = backup;
		this.random = random;
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

}
