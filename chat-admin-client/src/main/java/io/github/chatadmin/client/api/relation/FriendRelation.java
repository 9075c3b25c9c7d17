package io.github.chatadmin.client.api.relation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The relation {@code friend_check} reports ({@code Relation}); do not trust it when the
 * item's {@code ResultCode} is not 0. A value this library does not know is read as
 * {@link #UNRECOGNIZED}; the raw value stays on the item that carried it.
 *
 * @author chat-admin
 * @see <a href="https://trtc.io/document/34907">friend_check</a>
 */
public enum FriendRelation {

	/**
	 * Each is in the other's list ({@code CheckResult_Type_BothWay}).
	 */
	BOTH_WAY("CheckResult_Type_BothWay"),

	/**
	 * The target is in the requester's list (and, on a both-way check, not the other way)
	 * ({@code CheckResult_Type_AWithB}).
	 */
	A_WITH_B("CheckResult_Type_AWithB"),

	/**
	 * The requester is in the target's list, not the other way
	 * ({@code CheckResult_Type_BWithA}).
	 */
	B_WITH_A("CheckResult_Type_BWithA"),

	/**
	 * The target is not in the requester's list (on a both-way check: neither)
	 * ({@code CheckResult_Type_NoRelation}).
	 */
	NO_RELATION("CheckResult_Type_NoRelation"),

	/**
	 * A value this library does not know; never sent.
	 */
	UNRECOGNIZED("");

	private final String value;

	FriendRelation(String value) {
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
	public static FriendRelation of(String value) {
		for (FriendRelation candidate : values()) {
			if (candidate != UNRECOGNIZED && candidate.value.equals(value)) {
				return candidate;
			}
		}
		return UNRECOGNIZED;
	}

}
