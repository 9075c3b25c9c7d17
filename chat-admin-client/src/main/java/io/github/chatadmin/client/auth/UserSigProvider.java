package io.github.chatadmin.client.auth;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Supplies the UserSig of the app admin account that authenticates every call.
 * <p>
 * The client asks for the UserSig through {@link #resolveUserSig()} before each HTTP
 * attempt, so an implementation should cache the signature and renew it before it
 * expires. Implementations must be thread-safe and must never expose the signature or the
 * secret key in {@code toString()} or in exception messages.
 *
 * @author chat-admin
 * @since 0.1.0
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
	 * Return a UserSig without blocking the caller: the default calls
	 * {@link #getUserSig()} on {@link Schedulers#boundedElastic()}, so an implementation
	 * may do I/O; implementations that can answer from memory should override it.
	 * @return the UserSig
	 */
	default Mono<String> resolveUserSig() {
		return Mono.fromCallable(this::getUserSig).subscribeOn(Schedulers.boundedElastic());
	}

	/**
	 * Discard any cached signature, so the next call to {@link #getUserSig()} signs anew.
	 * Called when the service reports the signature as expired.
	 */
	default void invalidate() {
	}

}
