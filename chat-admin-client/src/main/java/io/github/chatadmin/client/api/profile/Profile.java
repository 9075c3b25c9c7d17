package io.github.chatadmin.client.api.profile;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.chatadmin.client.api.TagValue;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A user's profile as {@code portrait_get} returns it: the standard fields as typed
 * values and the custom fields as a map. A field that was not asked for or not returned
 * is {@code null}; the raw pairs stay in {@link #items()}.
 *
 * @param items the fields as the vendor returned them ({@code ProfileItem})
 * @author chat-admin
 */
public record Profile(List<TagValue> items) {

	public Profile {
		items = (items != null) ? List.copyOf(items) : List.of();
	}

	/**
	 * Return the raw value of a field.
	 * @param tag the field's name
	 * @return the value, or {@code null} when the field is absent
	 */
	public @Nullable JsonNode value(String tag) {
		for (TagValue item : this.items) {
			if (tag.equals(item.tag())) {
				return item.value();
			}
		}
		return null;
	}

	private @Nullable String string(String tag) {
		JsonNode value = value(tag);
		return (value != null && !value.isNull()) ? value.asString() : null;
	}

	private @Nullable Long number(String tag) {
		JsonNode value = value(tag);
		if (value == null || value.isNull()) {
			return null;
		}
		if (value.isString()) {
			try {
				return Long.parseLong(value.asString());
			}
			catch (NumberFormatException ex) {
				return null;
			}
		}
		return value.isNumber() ? value.asLong() : null;
	}

	/**
	 * Return the nickname ({@code Tag_Profile_IM_Nick}).
	 * @return the nickname, or {@code null}
	 */
	public @Nullable String nick() {
		return string(ProfileTag.NICK);
	}

	/**
	 * Return the gender ({@code Tag_Profile_IM_Gender}).
	 * @return the gender, or {@code null}
	 */
	public @Nullable Gender gender() {
		String value = string(ProfileTag.GENDER);
		return (value != null) ? Gender.of(value) : null;
	}

	/**
	 * Return the birthday ({@code Tag_Profile_IM_BirthDay}).
	 * @return the birthday, such as {@code 20190419}, or {@code null}
	 */
	public @Nullable Long birthday() {
		return number(ProfileTag.BIRTHDAY);
	}

	/**
	 * Return the location ({@code Tag_Profile_IM_Location}).
	 * @return the location, or {@code null}
	 */
	public @Nullable String location() {
		return string(ProfileTag.LOCATION);
	}

	/**
	 * Return the signature ({@code Tag_Profile_IM_SelfSignature}).
	 * @return the signature, or {@code null}
	 */
	public @Nullable String selfSignature() {
		return string(ProfileTag.SELF_SIGNATURE);
	}

	/**
	 * Return how friend requests are accepted ({@code Tag_Profile_IM_AllowType}).
	 * @return the allow type, or {@code null}
	 */
	public @Nullable AllowType allowType() {
		String value = string(ProfileTag.ALLOW_TYPE);
		return (value != null) ? AllowType.of(value) : null;
	}

	/**
	 * Return the language ({@code Tag_Profile_IM_Language}).
	 * @return the language number, or {@code null}
	 */
	public @Nullable Long language() {
		return number(ProfileTag.LANGUAGE);
	}

	/**
	 * Return the avatar URL ({@code Tag_Profile_IM_Image}).
	 * @return the URL, or {@code null}
	 */
	public @Nullable String image() {
		return string(ProfileTag.IMAGE);
	}

	/**
	 * Return the message settings ({@code Tag_Profile_IM_MsgSettings}).
	 * @return the flags, or {@code null}
	 */
	public @Nullable Long msgSettings() {
		return number(ProfileTag.MSG_SETTINGS);
	}

	/**
	 * Return whether the admin forbids friend requests
	 * ({@code Tag_Profile_IM_AdminForbidType}).
	 * @return the forbid type, or {@code null}
	 */
	public @Nullable AdminForbidType adminForbidType() {
		String value = string(ProfileTag.ADMIN_FORBID_TYPE);
		return (value != null) ? AdminForbidType.of(value) : null;
	}

	/**
	 * Return the level ({@code Tag_Profile_IM_Level}).
	 * @return the level, or {@code null}
	 */
	public @Nullable Long level() {
		return number(ProfileTag.LEVEL);
	}

	/**
	 * Return the role ({@code Tag_Profile_IM_Role}).
	 * @return the role, or {@code null}
	 */
	public @Nullable Long role() {
		return number(ProfileTag.ROLE);
	}

	/**
	 * Return the custom fields ({@code Tag_Profile_Custom_*}) by keyword.
	 * @return the values, keyed by the keyword after {@code Tag_Profile_Custom_}
	 */
	public Map<String, String> custom() {
		Map<String, String> custom = new LinkedHashMap<>();
		for (TagValue item : this.items) {
			if (ProfileTag.isCustom(item.tag()) && item.value() != null && !item.value().isNull()) {
				custom.put(item.tag().substring(ProfileTag.CUSTOM_PREFIX.length()), item.value().asString());
			}
		}
		return custom;
	}

	/**
	 * Return one custom field.
	 * @param keyword the keyword after {@code Tag_Profile_Custom_}
	 * @return the value, or {@code null}
	 */
	public @Nullable String custom(String keyword) {
		return string(ProfileTag.CUSTOM_PREFIX + keyword);
	}

}
