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
