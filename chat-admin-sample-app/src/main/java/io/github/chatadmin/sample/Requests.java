package io.github.chatadmin.sample;

import org.jspecify.annotations.Nullable;

/**
 * Input checks shared by the controllers.
 *
 * @author chat-admin
 */
final class Requests {

	private Requests() {
	}

	static String required(@Nullable String value, String field) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException("'" + field + "' is required");
		}
		return value;
	}

}
