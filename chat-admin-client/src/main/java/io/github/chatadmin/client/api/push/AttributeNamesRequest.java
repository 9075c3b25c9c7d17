package io.github.chatadmin.client.api.push;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The request of {@code timpush/set_attr_name} and
 * {@code all_member_push/im_set_attr_name}: name the app's user attributes, at most 10,
 * keyed {@code "0"} to {@code "9"}.
 *
 * @param attrNames attribute names of at most 50 bytes by key ({@code AttrNames})
 * @param attrTypes the account type of each attribute, Push service only: {@code 0} IM
 * UserID (the default), {@code 1} Push RegistrationID; cannot be changed later
 * ({@code AttrTypes})
 * @author chat-admin
 */
public record AttributeNamesRequest(@JsonProperty("AttrNames") Map<String, String> attrNames,
		@JsonProperty("AttrTypes") @Nullable Map<String, Integer> attrTypes) {

	/**
	 * Return a request naming attributes.
	 * @param attrNames names by key
	 * @return the request
	 */
	public static AttributeNamesRequest of(Map<String, String> attrNames) {
		return new AttributeNamesRequest(Map.copyOf(attrNames), null);
	}

	/**
	 * Return this request with the account type of each attribute.
	 * @param attrTypes types by key
	 * @return the request
	 */
	public AttributeNamesRequest withTypes(Map<String, Integer> attrTypes) {
		return new AttributeNamesRequest(this.attrNames, Map.copyOf(attrTypes));
	}

}
