package io.github.chatadmin.client.api.push;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Attributes to remove from one user.
 *
 * @param toAccount the user ({@code To_Account})
 * @param attrs the names of the attributes ({@code Attrs})
 * @author chat-admin
 */
public record UserAttributeNames(@JsonProperty("To_Account") String toAccount,
		@JsonProperty("Attrs") List<String> attrs) {

}
