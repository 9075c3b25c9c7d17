package io.github.chatadmin.sample;

import java.net.URI;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * Helpers shared by the controllers.
 *
 * @author chat-admin
 */
final class Requests {

	private Requests() {
	}

	static URI location(String template, Object... variables) {
		return UriComponentsBuilder.fromUriString(template).encode().buildAndExpand(variables).toUri();
	}

}
