package io.github.chatadmin.client.api.profile;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * How a user accepts friend requests ({@code Tag_Profile_IM_AllowType}). A value this
 * library does not know is read as {@link #UNRECOGNIZED}; the raw value stays in
 * {@link Profile#items()}.
 *
 * @author chat-admin
 * @see <a href="https://trtc.io/document/33520">Profile Management</a>
 */
public enum AllowType {

	/**
	 * Each request needs the user's approval ({@code AllowType_Type_NeedConfirm}).
	 */
	NEED_CONFIRM("AllowType_Type_NeedConfirm"),

	/**
	 * Every request is accepted ({@code AllowType_Type_AllowAny}).
	 */
	ALLOW_ANY("AllowType_Type_AllowAny"),

	/**
	 * Every request is refused ({@code AllowType_Type_DenyAny}).
	 */
	DENY_ANY("AllowType_Type_DenyAny"),

	/**
	 * A value this library does not know; never sent.
	 */
	UNRECOGNIZED("");

	private final String vendorName;

	AllowType(String vendorName) {
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
	public static AllowType of(String value) {
		for (AllowType candidate : values()) {
			if (candidate != UNRECOGNIZED && candidate.vendorName.equals(value)) {
				return candidate;
			}
		}
		return UNRECOGNIZED;
	}

}
