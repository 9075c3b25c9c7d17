package io.github.chatadmin.client.api.message;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * One key-value pair of a message's extensions (one-to-one and group messages).
 *
 * @param key the key
 * @param value the value; {@code null} when deleting
 * @param seq the pair's version: when setting, the version the caller last saw ({@code 0}
 * for a new key), so that concurrent writers do not overwrite each other
 * @author chat-admin
 * @since 0.1.0
 */
public record MessageExtension(@JsonProperty("Key") String key, @JsonProperty("Value") @Nullable String value,
		@JsonProperty("Seq") long seq) {

	/**
	 * Create a pair for a new key.
	 * @param key the key
	 * @param value the value
	 * @return the pair
	 */
	public static MessageExtension of(String key, String value) {
		return new MessageExtension(key, value, 0);
	}

}
