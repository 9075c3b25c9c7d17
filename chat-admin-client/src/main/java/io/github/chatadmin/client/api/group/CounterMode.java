package io.github.chatadmin.client.api.group;

import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * How {@code update_group_counter} changes the counters ({@code Mode}); a missing key is
 * created with 0 first. A value this library does not know is kept as it was received, so
 * it can be read and sent back unchanged.
 *
 * @param value the vendor's spelling
 * @author chat-admin
 * @see <a href="https://trtc.io/document/53428">The vendor's page</a>
 */
public record CounterMode(String value) {

	/**
	 * Set the values ({@code "Set"}).
	 */
	public static final CounterMode SET = new CounterMode("Set");

	/**
	 * Add the values ({@code "Increase"}).
	 */
	public static final CounterMode INCREASE = new CounterMode("Increase");

	/**
	 * Subtract the values ({@code "Decrease"}).
	 */
	public static final CounterMode DECREASE = new CounterMode("Decrease");

	private static final List<CounterMode> KNOWN = List.of(SET, INCREASE, DECREASE);

	public CounterMode {
		Objects.requireNonNull(value, "'value' must not be null");
	}

	/**
	 * Return the value of the vendor's spelling, known or not.
	 * @param value the spelling
	 * @return the value
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public static CounterMode of(String value) {
		return new CounterMode(value);
	}

	/**
	 * Return the vendor's spelling, as it is written in JSON.
	 * @return the spelling
	 */
	@Override
	@JsonValue
	public String value() {
		return this.value;
	}

	/**
	 * Return whether this library knows the value (ignoring spaces around it).
	 * @return whether it is one of the constants
	 */
	public boolean isKnown() {
		return KNOWN.contains(new CounterMode(this.value.trim()));
	}

	/**
	 * Return whether this value is the given one, ignoring spaces around the vendor's
	 * spelling (some of the vendor's answers write {@code "Member "}).
	 * @param other the value to compare with
	 * @return whether both name the same value
	 */
	public boolean is(CounterMode other) {
		return this.value.trim().equals(other.value.trim());
	}

	@Override
	public String toString() {
		return this.value;
	}

}
