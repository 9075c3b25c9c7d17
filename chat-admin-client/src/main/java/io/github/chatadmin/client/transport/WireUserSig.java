package io.github.chatadmin.client.transport;

import org.springframework.util.Assert;

/**
 * A UserSig on its way to the wire: carried as a request attribute from
 * {@code ChatAdminTemplate} to the Netty handler that writes it into the request line,
 * and masked everywhere else ({@link #toString()}).
 *
 * @author chat-admin
 * @since 0.1.0
 */
public final class WireUserSig {

	/**
	 * Request attribute under which a {@link WireUserSig} travels.
	 */
	public static final String ATTRIBUTE = WireUserSig.class.getName();

	private final String value;

	private WireUserSig(String value) {
		this.value = value;
	}

	/**
	 * Wrap a UserSig.
	 * @param userSig the UserSig
	 * @return the wrapped UserSig
	 */
	public static WireUserSig of(String userSig) {
		Assert.hasText(userSig, "The UserSigProvider returned an empty UserSig");
		return new WireUserSig(userSig);
	}

	String value() {
		return this.value;
	}

	@Override
	public String toString() {
		return "WireUserSig[masked]";
	}

}
