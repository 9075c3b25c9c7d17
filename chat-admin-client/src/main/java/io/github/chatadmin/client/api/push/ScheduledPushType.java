package io.github.chatadmin.client.api.push;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The kind of a scheduled push ({@code Type}), as the vendor spells it; a value this
 * library does not know is kept as it came.
 *
 * @param value the vendor's spelling
 * @author chat-admin
 */
public record ScheduledPushType(@JsonValue String value) {

	/**
	 * A push to every user.
	 */
	public static final ScheduledPushType ALL = new ScheduledPushType("All");

	/**
	 * A push to the users a condition selects.
	 */
	public static final ScheduledPushType TAG = new ScheduledPushType("Tag");

	/**
	 * A push to 1 to 500 named users.
	 */
	public static final ScheduledPushType USER = new ScheduledPushType("User");

	/**
	 * Return the type of a vendor spelling.
	 * @param value the spelling
	 * @return the type
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public static ScheduledPushType of(String value) {
		return switch (value) {
			case "All" -> ALL;
			case "Tag" -> TAG;
			case "User" -> USER;
			default -> new ScheduledPushType(value);
		};
	}

	/**
	 * Return whether this is a type the vendor documents.
	 * @return whether the type is known
	 */
	public boolean isKnown() {
		return this.equals(ALL) || this.equals(TAG) || this.equals(USER);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
