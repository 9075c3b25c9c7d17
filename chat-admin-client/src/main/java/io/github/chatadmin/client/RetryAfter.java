package io.github.chatadmin.client;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import org.jspecify.annotations.Nullable;

/**
 * Reads an HTTP {@code Retry-After} header: a number of seconds or an HTTP date.
 *
 * @author chat-admin
 */
final class RetryAfter {

	private static final long MAX_SECONDS = Duration.ofDays(1).toSeconds();

	private RetryAfter() {
	}

	/**
	 * Return the wait a {@code Retry-After} value asks for.
	 * @param value the header's value
	 * @param now the current time, for an HTTP date
	 * @return the wait, never negative and at most a day, or {@code null} when there is
	 * no value or it cannot be read
	 */
	static @Nullable Duration parse(@Nullable String value, Instant now) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String text = value.trim();
		if (text.chars().allMatch(Character::isDigit)) {
			if (text.length() > 9) {
				return Duration.ofSeconds(MAX_SECONDS);
			}
			return Duration.ofSeconds(Math.min(MAX_SECONDS, Long.parseLong(text)));
		}
		try {
			Instant at = ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
			Duration wait = Duration.between(now, at);
			if (wait.isNegative()) {
				return Duration.ZERO;
			}
			return (wait.toSeconds() > MAX_SECONDS) ? Duration.ofSeconds(MAX_SECONDS) : wait;
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
