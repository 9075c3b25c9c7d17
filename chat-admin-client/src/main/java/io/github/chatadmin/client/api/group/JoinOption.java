package io.github.chatadmin.client.api.group;

import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * How users may join a group ({@code ApplyJoinOption}). Communities do not support it. A
 * value this library does not know is kept as it was received, so it can be read and sent
 * back unchanged.
 *
 * @param value the vendor's spelling
 * @author chat-admin
 * @see <a href="https://trtc.io/document/33529">The vendor's page</a>
 */
public record JoinOption(String value) {

	/**
	 * Anyone may join without approval ({@code "FreeAccess"}).
	 */
	public static final JoinOption FREE_ACCESS = new JoinOption("FreeAccess");

	/**
	 * Joining needs the approval of the owner or an admin, the default
	 * ({@code "NeedPermission"}).
	 */
	public static final JoinOption NEED_PERMISSION = new JoinOption("NeedPermission");

	/**
	 * No one may apply to join ({@code "DisableApply"}).
	 */
	public static final JoinOption DISABLE_APPLY = new JoinOption("DisableApply");

	private static final List<JoinOption> KNOWN = List.of(FREE_ACCESS, NEED_PERMISSION, DISABLE_APPLY);

	public JoinOption {
		Objects.requireNonNull(value, "'value' must not be null");
	}

	/**
	 * Return the value of the vendor's spelling, known or not.
	 * @param value the spelling
	 * @return the value
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public static JoinOption of(String value) {
		return new JoinOption(value);
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
		return KNOWN.contains(new JoinOption(this.value.trim()));
	}

	/**
	 * Return whether this value is the given one, ignoring spaces around the vendor's
	 * spelling (some of the vendor's answers write {@code "Member "}).
	 * @param other the value to compare with
	 * @return whether both name the same value
	 */
	public boolean is(JoinOption other) {
		return this.value.trim().equals(other.value.trim());
	}

	@Override
	public String toString() {
		return this.value;
	}

}
