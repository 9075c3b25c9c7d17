package io.github.chatadmin.client.api.profile;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The gender of a profile ({@code Tag_Profile_IM_Gender}). A value this library does not
 * know is read as {@link #UNRECOGNIZED}; the raw value stays in {@link Profile#items()}.
 *
 * @author chat-admin
 * @see <a href="https://trtc.io/document/33520">Profile Management</a>
 */
public enum Gender {

	/**
	 * Not set ({@code Gender_Type_Unknown}).
	 */
	UNKNOWN("Gender_Type_Unknown"),

	/**
	 * Female ({@code Gender_Type_Female}).
	 */
	FEMALE("Gender_Type_Female"),

	/**
	 * Male ({@code Gender_Type_Male}).
	 */
	MALE("Gender_Type_Male"),

	/**
	 * A value this library does not know; never sent.
	 */
	UNRECOGNIZED("");

	private final String vendorName;

	Gender(String vendorName) {
		this.vendorName = vendorName;
	}

	/**
	 * Return the vendor's spelling.
	 * @return the value as the vendor writes it
	 */
	@JsonValue
	public String vendorName() {
		return this.vendorName;
	}

	/**
	 * Return the constant of the vendor's spelling.
	 * @param value the vendor's value
	 * @return the constant, {@link #UNRECOGNIZED} for a value this library does not know
	 */
	@JsonCreator
	public static Gender of(String value) {
		for (Gender candidate : values()) {
			if (candidate != UNRECOGNIZED && candidate.vendorName.equals(value)) {
				return candidate;
			}
		}
		return UNRECOGNIZED;
	}

}
