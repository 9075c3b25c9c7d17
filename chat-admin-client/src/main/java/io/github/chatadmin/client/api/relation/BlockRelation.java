package io.github.chatadmin.client.api.relation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The relation {@code black_list_check} reports ({@code Relation}); do not trust it when
 * the item's {@code ResultCode} is not 0. A value this library does not know is read as
 * {@link #UNRECOGNIZED}; the raw value stays on the item that carried it.
 *
 * @author chat-admin
 * @see <a href="https://trtc.io/document/34913">black_list_check</a>
 */
public enum BlockRelation {

	/**
	 * Each is in the other's blocklist ({@code BlackCheckResult_Type_BothWay}).
	 */
	BOTH_WAY("BlackCheckResult_Type_BothWay"),

	/**
	 * The target is in the requester's blocklist ({@code BlackCheckResult_Type_AWithB}).
	 */
	A_WITH_B("BlackCheckResult_Type_AWithB"),

	/**
	 * The requester is in the target's blocklist, not the other way
	 * ({@code BlackCheckResult_Type_BWithA}).
	 */
	B_WITH_A("BlackCheckResult_Type_BWithA"),

	/**
	 * The target is not in the requester's blocklist (on a both-way check: neither)
	 * ({@code BlackCheckResult_Type_NO}).
	 */
	NO("BlackCheckResult_Type_NO"),

	/**
	 * A value this library does not know; never sent.
	 */
	UNRECOGNIZED("");

	private final String value;

	BlockRelation(String value) {
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
	public static BlockRelation of(String value) {
		for (BlockRelation candidate : values()) {
			if (candidate != UNRECOGNIZED && candidate.value.equals(value)) {
				return candidate;
			}
		}
		return UNRECOGNIZED;
	}

}
