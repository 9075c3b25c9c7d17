package io.github.chatadmin.sample;

import java.net.URI;

import org.jspecify.annotations.Nullable;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * Input checks shared by the controllers.
 *
 * @author chat-admin
 */
final class Requests {

	private Requests() {
	}

	static URI location(String template, Object... variables) {
		return UriComponentsBuilder.fromUriString(template).encode().buildAndExpand(variables).toUri();
	}

	static String required(@Nullable String value, String field) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException("'" + field + "' is required");
		}
		return value;
	}

}
