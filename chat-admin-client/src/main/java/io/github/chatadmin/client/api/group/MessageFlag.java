package io.github.chatadmin.client.api.group;

import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * How a member receives the messages of a group ({@code MsgFlag}). A value this library
 * does not know is kept as it was received, so it can be read and sent back unchanged.
 *
 * @param value the vendor's spelling
 * @author chat-admin
 * @see <a href="https://trtc.io/document/34900">The vendor's page</a>
 */
public record MessageFlag(String value) {

	/**
	 * Receive and notify ({@code "AcceptAndNotify"}).
	 */
	public static final MessageFlag ACCEPT_AND_NOTIFY = new MessageFlag("AcceptAndNotify");

	/**
	 * Receive without offline push notifications ({@code "AcceptNotNotify"}).
	 */
	public static final MessageFlag ACCEPT_NOT_NOTIFY = new MessageFlag("AcceptNotNotify");

	/**
	 * Block the group's messages ({@code "Discard"}).
	 */
	public static final MessageFlag DISCARD = new MessageFlag("Discard");

	private static final List<MessageFlag> KNOWN = List.of(ACCEPT_AND_NOTIFY, ACCEPT_NOT_NOTIFY, DISCARD);

	public MessageFlag {
		Objects.requireNonNull(value, "'value' must not be null");
	}

	/**
	 * Return the value of the vendor's spelling, known or not.
	 * @param value the spelling
	 * @return the value
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public static MessageFlag of(String value) {
		return new MessageFlag(value);
	}

	/**
	 * Return the vendor's spelling, as it is written in JSON.
	 * @return the spelling
	 */
	@Override
	@JsonValue
	public String value() {
		return this.value;
	}

	/**
	 * Return whether this library knows the value (ignoring spaces around it).
	 * @return whether it is one of the constants
	 */
	public boolean isKnown() {
		return KNOWN.contains(new MessageFlag(this.value.trim()));
	}

	/**
	 * Return whether this value is the given one, ignoring spaces around the vendor's
	 * spelling (some of the vendor's answers write {@code "Member "}).
	 * @param other the value to compare with
	 * @return whether both name the same value
	 */
	public boolean is(MessageFlag other) {
		return this.value.trim().equals(other.value.trim());
	}

	@Override
	public String toString() {
		return this.value;
	}

}
