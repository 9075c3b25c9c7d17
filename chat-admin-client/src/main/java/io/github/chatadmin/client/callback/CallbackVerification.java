package io.github.chatadmin.client.callback;

import org.jspecify.annotations.Nullable;

/**
 * The outcome of {@link CallbackVerifier#verify}: accepted, or refused with a reason and
 * a message that never contains the token or the {@code Sign}.
 *
 * @param rejection why the request was refused, {@code null} when it was accepted
 * @param message a secret-free description of the outcome
 * @author chat-admin
 * @since 0.1.0
 */
public record CallbackVerification(@Nullable CallbackRejection rejection, String message) {

	private static final CallbackVerification ACCEPTED = new CallbackVerification(null, "accepted");

	/**
	 * Return the accepted outcome.
	 * @return the accepted outcome
	 */
	public static CallbackVerification accepted() {
		return ACCEPTED;
	}

	/**
	 * Create a refusal.
	 * @param rejection the reason
	 * @param message a secret-free description
	 * @return the refusal
	 */
	public static CallbackVerification rejected(CallbackRejection rejection, String message) {
		return new CallbackVerification(rejection, message);
	}

	/**
	 * Return whether the request was accepted.
	 * @return whether the request was accepted
	 */
	public boolean isAccepted() {
		return this.rejection == null;
	}

}
