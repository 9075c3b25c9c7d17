package io.github.chatadmin.client.api.group;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * A custom group attribute: the vendor spells its fields in lower case ({@code key},
 * {@code value}).
 *
 * @param key the key, at most 32 bytes ({@code key})
 * @param value the value, at most 4,000 bytes; absent when deleting ({@code value})
 * @author chat-admin
 */
public record GroupAttribute(@JsonProperty("key") String key, @JsonProperty("value") @Nullable String value) {

	/**
	 * Return an attribute.
	 * @param key the key
	 * @param value the value
	 * @return the attribute
	 */
	public static GroupAttribute of(String key, String value) {
		return new GroupAttribute(key, value);
	}

	/**
	 * Return an attribute key, to delete.
	 * @param key the key
	 * @return the attribute without value
	 */
	public static GroupAttribute key(String key) {
		return new GroupAttribute(key, null);
	}

}
