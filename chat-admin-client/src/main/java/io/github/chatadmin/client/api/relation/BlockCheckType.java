package io.github.chatadmin.client.api.relation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Which directions {@code black_list_check} checks ({@code CheckType}). A value this
 * library does not know is read as {@link #UNRECOGNIZED}; the raw value stays on the item
 * that carried it.
 *
 * @author chat-admin
 * @see <a href="https://trtc.io/document/34913">black_list_check</a>
 */
public enum BlockCheckType {

	/**
	 * Only whether the target is in the requester's blocklist
	 * ({@code BlackCheckResult_Type_Single}).
	 */
	SINGLE("BlackCheckResult_Type_Single"),

	/**
	 * Both directions ({@code BlackCheckResult_Type_Both}).
	 */
	BOTH("BlackCheckResult_Type_Both"),

	/**
	 * A value this library does not know; never sent.
	 */
	UNRECOGNIZED("");

	private final String value;

	BlockCheckType(String value) {
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
	public static BlockCheckType of(String value) {
		for (BlockCheckType candidate : values()) {
			if (candidate != UNRECOGNIZED && candidate.value.equals(value)) {
				return candidate;
			}
		}
		return UNRECOGNIZED;
	}

}
