package io.github.chatadmin.client.api.group;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A group counter: a key and a signed 64-bit value.
 *
 * @param key the key, at most 128 bytes ({@code Key})
 * @param value the value ({@code Value})
 * @author chat-admin
 */
public record GroupCounter(@JsonProperty("Key") String key, @JsonProperty("Value") long value) {

	/**
	 * Return a counter.
	 * @param key the key
	 * @param value the value
	 * @return the counter
	 */
	public static GroupCounter of(String key, long value) {
		return new GroupCounter(key, value);
	}

}
