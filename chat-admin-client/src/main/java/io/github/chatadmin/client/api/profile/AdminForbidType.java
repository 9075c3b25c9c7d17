package io.github.chatadmin.client.api.profile;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Whether the admin forbids a user to send friend requests
 * ({@code Tag_Profile_IM_AdminForbidType}). A value this library does not know is read as
 * {@link #UNRECOGNIZED}; the raw value stays in {@link Profile#items()}.
 *
 * @author chat-admin
 * @see <a href="https://trtc.io/document/33520">Profile Management</a>
 */
public enum AdminForbidType {

	/**
	 * The user may send friend requests, the default ({@code AdminForbid_Type_None}).
	 */
	NONE("AdminForbid_Type_None"),

	/**
	 * The user may not send friend requests ({@code AdminForbid_Type_SendOut}).
	 */
	SEND_OUT("AdminForbid_Type_SendOut"),

	/**
	 * A value this library does not know; never sent.
	 */
	UNRECOGNIZED("");

	private final String vendorName;

	AdminForbidType(String vendorName) {
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
	public static AdminForbidType of(String value) {
		for (AdminForbidType candidate : values()) {
			if (candidate != UNRECOGNIZED && candidate.vendorName.equals(value)) {
				return candidate;
			}
		}
		return UNRECOGNIZED;
	}

}
