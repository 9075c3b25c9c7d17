package io.github.chatadmin.client.auth;

/**
 * Supplies the UserSig of the app admin account that authenticates every call.
 * <p>
 * The client calls {@link #getUserSig()} for each HTTP attempt, at the moment the request
 * is written to the connection, so an implementation should cache the signature and renew
 * it before it expires. Implementations must be thread-safe and must never expose the
 * signature or the secret key in {@code toString()} or in exception messages.
 *
 * @author chat-admin
 * @see TlsSigUserSigProvider
 */
@FunctionalInterface
public interface UserSigProvider {

	/**
	 * Return a UserSig for the admin account that is valid now.
	 * @return the UserSig
	 */
	String getUserSig();

	/**
	 * Discard any cached signature, so the next call to {@link #getUserSig()} signs anew.
	 * Called when the service reports the signature as expired.
	 */
	default void invalidate() {
	}

}
