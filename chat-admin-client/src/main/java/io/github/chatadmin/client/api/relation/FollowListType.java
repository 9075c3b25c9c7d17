package io.github.chatadmin.client.api.relation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Which list {@code follow_get} pages through ({@code FollowType}). A value this library
 * does not know is read as {@link #UNRECOGNIZED}; the raw value stays on the item that
 * carried it.
 *
 * @author chat-admin
 * @see <a href="https://trtc.io/document/70347">follow_get</a>
 */
public enum FollowListType {

	/**
	 * The user's followers (fans) ({@code 1}).
	 */
	FOLLOWERS(1),

	/**
	 * The users the user follows ({@code 2}).
	 */
	FOLLOWING(2),

	/**
	 * The users who follow each other with the user ({@code 3}).
	 */
	MUTUAL(3),

	/**
	 * A value this library does not know; never sent.
	 */
	UNRECOGNIZED(-1);

	private final int value;

	FollowListType(int value) {
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
	public static FollowListType of(int value) {
		for (FollowListType candidate : values()) {
			if (candidate != UNRECOGNIZED && candidate.value == value) {
				return candidate;
			}
		}
		return UNRECOGNIZED;
	}

}
