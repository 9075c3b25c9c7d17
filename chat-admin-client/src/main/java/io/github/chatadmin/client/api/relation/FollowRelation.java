package io.github.chatadmin.client.api.relation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The follow relation {@code follow_check} reports ({@code FollowType}), as the vendor's
 * SDK names the values. A value this library does not know is read as
 * {@link #UNRECOGNIZED}; the raw value stays on the item that carried it.
 *
 * @author chat-admin
 * @see <a href="https://trtc.io/document/70349">follow_check</a>
 */
public enum FollowRelation {

	/**
	 * Neither follows the other ({@code 0}).
	 */
	NONE(0),

	/**
	 * The target follows the requester, not the other way ({@code 1}).
	 */
	FOLLOWER(1),

	/**
	 * The requester follows the target, not the other way ({@code 2}).
	 */
	FOLLOWING(2),

	/**
	 * Each follows the other ({@code 3}).
	 */
	MUTUAL(3),

	/**
	 * A value this library does not know; never sent.
	 */
	UNRECOGNIZED(-1);

	private final int value;

	FollowRelation(int value) {
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
	public static FollowRelation of(int value) {
		for (FollowRelation candidate : values()) {
			if (candidate != UNRECOGNIZED && candidate.value == value) {
				return candidate;
			}
		}
		return UNRECOGNIZED;
	}

}
