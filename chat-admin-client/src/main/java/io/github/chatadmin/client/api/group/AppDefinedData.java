package io.github.chatadmin.client.api.group;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A custom field of a group or member ({@code AppDefinedData},
 * {@code AppMemberDefinedData}): keys must be enabled in the console; an empty value
 * deletes the field in a modification.
 *
 * @param key the key, at most 16 bytes of letters, digits and underscores ({@code Key})
 * @param value the value, at most 512 bytes for a group, 64 for a member ({@code Value})
 * @author chat-admin
 */
public record AppDefinedData(@JsonProperty("Key") String key, @JsonProperty("Value") String value) {

	/**
	 * Return a custom field.
	 * @param key the key
	 * @param value the value
	 * @return the field
	 */
	public static AppDefinedData of(String key, String value) {
		return new AppDefinedData(key, value);
	}

}
