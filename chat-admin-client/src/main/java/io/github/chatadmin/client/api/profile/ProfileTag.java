package io.github.chatadmin.client.api.profile;

import java.util.List;

import io.github.chatadmin.client.api.RequestChecks;

/**
 * The names of the standard profile fields ({@code Tag_Profile_IM_*}) and of custom ones
 * ({@code Tag_Profile_Custom_<keyword>}), with the vendor's limits.
 *
 * @author chat-admin
 * @see <a href="https://trtc.io/document/33520">Profile Management</a>
 */
public final class ProfileTag {

	/**
	 * Nickname, a string of at most 500 bytes.
	 */
	public static final String NICK = "Tag_Profile_IM_Nick";

	/**
	 * Gender, a {@link Gender}.
	 */
	public static final String GENDER = "Tag_Profile_IM_Gender";

	/**
	 * Birthday, an unsigned 32-bit number (recommended: {@code 20190419}).
	 */
	public static final String BIRTHDAY = "Tag_Profile_IM_BirthDay";

	/**
	 * Location, a string of at most 16 bytes.
	 */
	public static final String LOCATION = "Tag_Profile_IM_Location";

	/**
	 * Signature, a string of at most 500 bytes.
	 */
	public static final String SELF_SIGNATURE = "Tag_Profile_IM_SelfSignature";

	/**
	 * How friend requests are accepted, an {@link AllowType}.
	 */
	public static final String ALLOW_TYPE = "Tag_Profile_IM_AllowType";

	/**
	 * Language, an unsigned 32-bit number of the app's own mapping.
	 */
	public static final String LANGUAGE = "Tag_Profile_IM_Language";

	/**
	 * Avatar URL, a string of at most 500 bytes.
	 */
	public static final String IMAGE = "Tag_Profile_IM_Image";

	/**
	 * Message settings, an unsigned 32-bit number (bit 0: 1 blocks messages); only on the
	 * vendor's older pages.
	 */
	public static final String MSG_SETTINGS = "Tag_Profile_IM_MsgSettings";

	/**
	 * Whether the admin forbids friend requests, an {@link AdminForbidType}.
	 */
	public static final String ADMIN_FORBID_TYPE = "Tag_Profile_IM_AdminForbidType";

	/**
	 * Level, an unsigned 32-bit number.
	 */
	public static final String LEVEL = "Tag_Profile_IM_Level";

	/**
	 * Role, an unsigned 32-bit number.
	 */
	public static final String ROLE = "Tag_Profile_IM_Role";

	/**
	 * The prefix of custom fields, followed by the keyword.
	 */
	public static final String CUSTOM_PREFIX = "Tag_Profile_Custom_";

	/**
	 * Every standard field, in the vendor's order.
	 */
	public static final List<String> STANDARD = List.of(NICK, GENDER, BIRTHDAY, LOCATION, SELF_SIGNATURE, ALLOW_TYPE,
			LANGUAGE, IMAGE, MSG_SETTINGS, ADMIN_FORBID_TYPE, LEVEL, ROLE);

	/**
	 * The vendor's limit of a string value in UTF-8 bytes.
	 */
	public static final int MAX_VALUE_BYTES = 500;

	/**
	 * The vendor's limit of {@code Tag_Profile_IM_Location} in UTF-8 bytes.
	 */
	public static final int MAX_LOCATION_BYTES = 16;

	/**
	 * The vendor's limit of a custom field's keyword in bytes.
	 */
	public static final int MAX_CUSTOM_KEYWORD_BYTES = 8;

	private ProfileTag() {
	}

	/**
	 * Return the name of a custom field.
	 * @param keyword the keyword, letters only, at most 8 bytes
	 * @return {@code Tag_Profile_Custom_<keyword>}
	 * @throws IllegalArgumentException if the keyword breaks the vendor's rule
	 */
	public static String custom(String keyword) {
		checkKeyword(keyword, "keyword");
		return CUSTOM_PREFIX + keyword;
	}

	/**
	 * Return whether a field is a custom one.
	 * @param tag the field's name
	 * @return whether it starts with {@value #CUSTOM_PREFIX}
	 */
	public static boolean isCustom(String tag) {
		return tag.startsWith(CUSTOM_PREFIX);
	}

	static void checkKeyword(String keyword, String field) {
		RequestChecks.notEmpty(keyword, field);
		RequestChecks.maxBytes(keyword, field, MAX_CUSTOM_KEYWORD_BYTES);
		for (int i = 0; i < keyword.length(); i++) {
			char c = keyword.charAt(i);
			if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) {
				throw new IllegalArgumentException("'" + field + "' must be letters only, but was '" + keyword + "'");
			}
		}
	}

}
