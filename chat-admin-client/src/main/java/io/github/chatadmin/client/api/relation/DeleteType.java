package io.github.chatadmin.client.api.relation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * How friends are deleted ({@code DeleteType}). A value this library does not know is
 * read as {@link #UNRECOGNIZED}; the raw value stays on the item that carried it.
 *
 * @author chat-admin
 * @see <a href="https://trtc.io/document/34905">friend_delete</a>
 */
public enum DeleteType {

	/**
	 * One-way: removed from the requester's list only; the default of friend_delete_all
	 * ({@code Delete_Type_Single}).
	 */
	SINGLE("Delete_Type_Single"),

	/**
	 * Two-way: removed from both lists ({@code Delete_Type_Both}).
	 */
	BOTH("Delete_Type_Both"),

	/**
	 * A value this library does not know; never sent.
	 */
	UNRECOGNIZED("");

	private final String value;

	DeleteType(String value) {
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
	public static DeleteType of(String value) {
		for (DeleteType candidate : values()) {
			if (candidate != UNRECOGNIZED && candidate.value.equals(value)) {
				return candidate;
			}
		}
		return UNRECOGNIZED;
	}

}
