package io.github.chatadmin.client.api.conversation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The type of a conversation ({@code Type}). A value this library does not know is read
 * as {@link #UNRECOGNIZED}.
 *
 * @author chat-admin
 * @see <a href="https://trtc.io/document/43087">get_list</a>
 */
public enum ConversationType {

	/**
	 * A one-to-one conversation ({@code 1}).
	 */
	C2C(1),

	/**
	 * A group conversation ({@code 2}).
	 */
	GROUP(2),

	/**
	 * A value this library does not know; never sent.
	 */
	UNRECOGNIZED(-1);

	private final int value;

	ConversationType(int value) {
		this.value = value;
	}

	/**
	 * Return the vendor's value.
	 * @return the value as the vendor writes it
	 */
	@JsonValue
	public int value() {
		return this.value;
	}

	/**
	 * Return the constant of a vendor's value.
	 * @param value the vendor's value
	 * @return the constant, {@link #UNRECOGNIZED} for a value this library does not know
	 */
	@JsonCreator
	public static ConversationType of(int value) {
		for (ConversationType candidate : values()) {
			if (candidate != UNRECOGNIZED && candidate.value == value) {
				return candidate;
			}
		}
		return UNRECOGNIZED;
	}

}
