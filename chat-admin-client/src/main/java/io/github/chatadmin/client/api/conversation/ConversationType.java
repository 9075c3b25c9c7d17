package io.github.chatadmin.client.api.conversation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The type of a conversation ({@code Type}). A value this library does not know is kept
 * as it was received, so it can be read and sent back unchanged.
 *
 * @param value the vendor's value
 * @author chat-admin
 * @see <a href="https://trtc.io/document/43087">get_list</a>
 */
public record ConversationType(int value) {

	/**
	 * A one-to-one conversation ({@code 1}).
	 */
	public static final ConversationType C2C = new ConversationType(1);

	/**
	 * A group conversation ({@code 2}).
	 */
	public static final ConversationType GROUP = new ConversationType(2);

	/**
	 * Return the type of a vendor's value, known or not.
	 * @param value the vendor's value
	 * @return the constant for a value this library knows, otherwise a type keeping the
	 * value
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public static ConversationType of(int value) {
		return switch (value) {
			case 1 -> C2C;
			case 2 -> GROUP;
			default -> new ConversationType(value);
		};
	}

	/**
	 * Return the vendor's value, as it is written in JSON.
	 * @return the value
	 */
	@Override
	@JsonValue
	public int value() {
		return this.value;
	}

	/**
	 * Return whether this library knows the value.
	 * @return whether it is one of the constants
	 */
	public boolean isKnown() {
		return this.equals(C2C) || this.equals(GROUP);
	}

	@Override
	public String toString() {
		return Integer.toString(this.value);
	}

}
