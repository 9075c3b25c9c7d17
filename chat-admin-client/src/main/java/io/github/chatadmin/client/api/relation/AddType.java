package io.github.chatadmin.client.api.relation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * How {@code friend_add} adds friends ({@code AddType}). A value this library does not
 * know is read as {@link #UNRECOGNIZED}; the raw value stays on the item that carried it.
 *
 * @author chat-admin
 * @see <a href="https://trtc.io/document/34902">friend_add</a>
 */
public enum AddType {

	/**
	 * One-way: the target goes into the requester's list only ({@code Add_Type_Single}).
	 */
	SINGLE("Add_Type_Single"),

	/**
	 * Two-way, the vendor's default ({@code Add_Type_Both}).
	 */
	BOTH("Add_Type_Both"),

	/**
	 * A value this library does not know; never sent.
	 */
	UNRECOGNIZED("");

	private final String value;

	AddType(String value) {
		this.value = value;
	}

	/**
	 * Return the vendor's value.
	 * @return the value as the vendor writes it
	 */
	@JsonValue
	public String value() {
		return this.value;
	}

	/**
	 * Return the constant of a vendor's value.
	 * @param value the vendor's value
	 * @return the constant, {@link #UNRECOGNIZED} for a value this library does not know
	 */
	@JsonCreator
	public static AddType of(String value) {
		for (AddType candidate : values()) {
			if (candidate != UNRECOGNIZED && candidate.value.equals(value)) {
				return candidate;
			}
		}
		return UNRECOGNIZED;
	}

}
