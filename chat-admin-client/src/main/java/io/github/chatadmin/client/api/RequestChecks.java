package io.github.chatadmin.client.api;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Checks of request fields, for the {@link io.github.chatadmin.client.ChatCommand}
 * declarations: each throws an {@link IllegalArgumentException} that names the field.
 *
 * @author chat-admin
 * @since 0.1.0
 */
public final class RequestChecks {

	/**
	 * Maximum length of a UserID in UTF-8 bytes.
	 */
	public static final int MAX_USER_ID_BYTES = 32;

	/**
	 * Maximum length of a group ID in bytes.
	 */
	public static final int MAX_GROUP_ID_BYTES = 48;

	/**
	 * The prefix of the group IDs the vendor generates; custom IDs must not start with
	 * it, except those of communities.
	 */
	public static final String GENERATED_GROUP_ID_PREFIX = "@TGS#";

	/**
	 * The prefix every community ID starts with, custom or generated.
	 */
	public static final String COMMUNITY_ID_PREFIX = "@TGS#_";

	private RequestChecks() {
	}

	/**
	 * Check that a value is present.
	 * @param value the value
	 * @param field the field's name
	 */
	public static void notNull(@Nullable Object value, String field) {
		if (value == null) {
			throw new IllegalArgumentException("'" + field + "' must not be null");
		}
	}

	/**
	 * Check that a text is present and not empty.
	 * @param value the text
	 * @param field the field's name
	 */
	public static void notEmpty(@Nullable String value, String field) {
		if (value == null || value.isEmpty()) {
			throw new IllegalArgumentException("'" + field + "' must not be empty");
		}
	}

	/**
	 * Check that a text, when present, is at most {@code maxBytes} long in UTF-8.
	 * @param value the text, may be {@code null}
	 * @param field the field's name
	 * @param maxBytes the limit
	 */
	public static void maxBytes(@Nullable String value, String field, int maxBytes) {
		if (value != null) {
			int bytes = utf8Length(value);
			if (bytes > maxBytes) {
				throw new IllegalArgumentException(
						"'" + field + "' is " + bytes + " bytes in UTF-8, but at most " + maxBytes + " are allowed");
			}
		}
	}

	/**
	 * Check a UserID: not empty, at most {@value #MAX_USER_ID_BYTES} bytes in UTF-8.
	 * @param userId the UserID
	 * @param field the field's name
	 */
	public static void userId(@Nullable String userId, String field) {
		if (userId == null || userId.isEmpty()) {
			throw new IllegalArgumentException("'" + field + "' must not be empty");
		}
		int bytes = utf8Length(userId);
		if (bytes > MAX_USER_ID_BYTES) {
			throw new IllegalArgumentException("'" + field + "' is " + bytes
					+ " bytes in UTF-8, but a UserID has at most " + MAX_USER_ID_BYTES + ": '" + userId + "'");
		}
	}

	/**
	 * Check every UserID of a list, which must not be {@code null}.
	 * @param userIds the UserIDs
	 * @param field the list's name
	 */
	public static void userIds(@Nullable List<String> userIds, String field) {
		if (userIds == null) {
			throw new IllegalArgumentException("'" + field + "' must not be null");
		}
		for (int i = 0; i < userIds.size(); i++) {
			userId(userIds.get(i), field + "[" + i + "]");
		}
	}

	/**
	 * Check that a number lies within a range.
	 * @param value the number
	 * @param field the field's name
	 * @param min the smallest allowed value
	 * @param max the largest allowed value
	 */
	public static void range(long value, String field, long min, long max) {
		if (value < min || value > max) {
			throw new IllegalArgumentException(
					"'" + field + "' must be between " + min + " and " + max + ", but was " + value);
		}
	}

	/**
	 * Check that a number, when present, is an unsigned 32-bit value.
	 * @param value the number, may be {@code null}
	 * @param field the field's name
	 */
	public static void unsigned32(@Nullable Long value, String field) {
		if (value != null) {
			range(value, field, 0, 0xFFFF_FFFFL);
		}
	}

	/**
	 * Check a group ID: not empty, printable ASCII ({@code 0x20}-{@code 0x7e}), at most
	 * {@value #MAX_GROUP_ID_BYTES} bytes.
	 * @param groupId the group ID
	 * @param field the field's name
	 */
	public static void groupId(@Nullable String groupId, String field) {
		notEmpty(groupId, field);
		printableAscii(groupId, field);
		maxBytes(groupId, field, MAX_GROUP_ID_BYTES);
	}

	/**
	 * Check a custom group ID for a group to create or import: a valid
	 * {@linkplain #groupId group ID} that does not start with
	 * {@value #GENERATED_GROUP_ID_PREFIX}, except a community's, which must start with
	 * {@value #COMMUNITY_ID_PREFIX}.
	 * @param groupId the custom group ID, {@code null} to let the vendor choose
	 * @param community whether the group is a community
	 * @param field the field's name
	 */
	public static void customGroupId(@Nullable String groupId, boolean community, String field) {
		if (groupId == null) {
			return;
		}
		groupId(groupId, field);
		if (community && !groupId.startsWith(COMMUNITY_ID_PREFIX)) {
			throw new IllegalArgumentException("'" + field + "' of a community must start with " + COMMUNITY_ID_PREFIX
					+ ", but was '" + groupId + "'");
		}
		if (!community && groupId.startsWith(GENERATED_GROUP_ID_PREFIX)) {
			throw new IllegalArgumentException("'" + field + "' must not start with " + GENERATED_GROUP_ID_PREFIX
					+ ", the prefix of the IDs the vendor generates, but was '" + groupId + "'");
		}
	}

	/**
	 * Check that a text, when present, holds only printable ASCII characters
	 * ({@code 0x20}-{@code 0x7e}).
	 * @param value the text, may be {@code null}
	 * @param field the field's name
	 */
	public static void printableAscii(@Nullable String value, String field) {
		if (value != null) {
			for (int i = 0; i < value.length(); i++) {
				char c = value.charAt(i);
				if (c < 0x20 || c > 0x7e) {
					throw new IllegalArgumentException("'" + field + "' must be printable ASCII (0x20-0x7e), but has 0x"
							+ Integer.toHexString(c) + " at index " + i);
				}
			}
		}
	}

	/**
	 * Check a UserID when present.
	 * @param userId the UserID, may be {@code null}
	 * @param field the field's name
	 */
	public static void optionalUserId(@Nullable String userId, String field) {
		if (userId != null) {
			userId(userId, field);
		}
	}

	/**
	 * Check that a list, when present, is not empty and has no {@code null} items.
	 * @param values the list, may be {@code null}
	 * @param field the list's name
	 */
	public static void optionalList(@Nullable List<?> values, String field) {
		if (values != null) {
			if (values.isEmpty()) {
				throw new IllegalArgumentException("'" + field + "' must not be empty when present; leave it out");
			}
			for (int i = 0; i < values.size(); i++) {
				notNull(values.get(i), field + "[" + i + "]");
			}
		}
	}

	static int utf8Length(String value) {
		if (value.length() > MAX_USER_ID_BYTES * 4) {
			return value.getBytes(StandardCharsets.UTF_8).length;
		}
		int bytes = 0;
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c < 0x80) {
				bytes++;
			}
			else if (c < 0x800) {
				bytes += 2;
			}
			else if (Character.isHighSurrogate(c) && i + 1 < value.length()
					&& Character.isLowSurrogate(value.charAt(i + 1))) {
				bytes += 4;
				i++;
			}
			else {
				bytes += 3;
			}
		}
		return bytes;
	}

}
