package io.github.chatadmin.client.api.group;

import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Whether every member of a group or topic is muted ({@code MuteAllMember}). A value this
 * library does not know is kept as it was received, so it can be read and sent back
 * unchanged.
 *
 * @param value the vendor's spelling
 * @author chat-admin
 * @see <a href="https://trtc.io/document/34962">The vendor's page</a>
 */
public record MuteAllMember(String value) {

	/**
	 * Everyone muted ({@code "On"}).
	 */
	public static final MuteAllMember ON = new MuteAllMember("On");

	/**
	 * No one muted as a whole ({@code "Off"}).
	 */
	public static final MuteAllMember OFF = new MuteAllMember("Off");

	private static final List<MuteAllMember> KNOWN = List.of(ON, OFF);

	public MuteAllMember {
		Objects.requireNonNull(value, "'value' must not be null");
	}

	/**
	 * Return the value of the vendor's spelling, known or not.
	 * @param value the spelling
	 * @return the value
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public static MuteAllMember of(String value) {
		return new MuteAllMember(value);
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
		return KNOWN.contains(new MuteAllMember(this.value.trim()));
	}

	/**
	 * Return whether this value is the given one, ignoring spaces around the vendor's
	 * spelling (some of the vendor's answers write {@code "Member "}).
	 * @param other the value to compare with
	 * @return whether both name the same value
	 */
	public boolean is(MuteAllMember other) {
		return this.value.trim().equals(other.value.trim());
	}

	@Override
	public String toString() {
		return this.value;
	}

}
