package io.github.chatadmin.client.api.push;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;

import io.github.chatadmin.client.api.RequestChecks;
import org.jspecify.annotations.Nullable;

/**
 * The times of the scheduled-push commands: UTC, written {@code YYYY-MM-DD HH:MM:SS}.
 *
 * @author chat-admin
 */
public final class PushTimes {

	private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
		.withZone(ZoneOffset.UTC);

	private static final Pattern PATTERN = Pattern.compile("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}");

	private PushTimes() {
	}

	/**
	 * Write an instant as the scheduled-push commands expect it.
	 * @param instant the instant
	 * @return the UTC time, {@code YYYY-MM-DD HH:MM:SS}
	 */
	public static String utc(Instant instant) {
		return FORMAT.format(instant);
	}

	/**
	 * Read a time the scheduled-push commands answered.
	 * @param text the UTC time, {@code YYYY-MM-DD HH:MM:SS}
	 * @return the instant
	 */
	public static Instant parse(String text) {
		return FORMAT.parse(text, Instant::from);
	}

	static void check(@Nullable String value, String field) {
		RequestChecks.notEmpty(value, field);
		if (!PATTERN.matcher(value).matches()) {
			throw new IllegalArgumentException(
					"'" + field + "' must be a UTC time written YYYY-MM-DD HH:MM:SS, but was '" + value + "'");
		}
	}

}
