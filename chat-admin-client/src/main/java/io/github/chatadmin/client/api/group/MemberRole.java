package io.github.chatadmin.client.api.group;

import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The role of a user in a group ({@code Role}, {@code MemberRoleFilter}). A value this
 * library does not know is kept as it was received, so it can be read and sent back
 * unchanged.
 *
 * @param value the vendor's spelling
 * @author chat-admin
 * @see <a href="https://trtc.io/document/34963">The vendor's page</a>
 */
public record MemberRole(String value) {

	/**
	 * The group owner ({@code "Owner"}).
	 */
	public static final MemberRole OWNER = new MemberRole("Owner");

	/**
	 * An admin; the only role that can be set when members are added or imported
	 * ({@code "Admin"}).
	 */
	public static final MemberRole ADMIN = new MemberRole("Admin");

	/**
	 * An ordinary member; setting it takes the admin role away ({@code "Member"}).
	 */
	public static final MemberRole MEMBER = new MemberRole("Member");

	/**
	 * Not a member, returned by {@code get_role_in_group} ({@code "NotMember"}).
	 */
	public static final MemberRole NOT_MEMBER = new MemberRole("NotMember");

	private static final List<MemberRole> KNOWN = List.of(OWNER, ADMIN, MEMBER, NOT_MEMBER);

	public MemberRole {
		Objects.requireNonNull(value, "'value' must not be null");
	}

	/**
	 * Return the value of the vendor's spelling, known or not.
	 * @param value the spelling
	 * @return the value
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public static MemberRole of(String value) {
		return new MemberRole(value);
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
		return KNOWN.contains(new MemberRole(this.value.trim()));
	}

	/**
	 * Return whether this value is the given one, ignoring spaces around the vendor's
	 * spelling (some of the vendor's answers write {@code "Member "}).
	 * @param other the value to compare with
	 * @return whether both name the same value
	 */
	public boolean is(MemberRole other) {
		return this.value.trim().equals(other.value.trim());
	}

	@Override
	public String toString() {
		return this.value;
	}

}
