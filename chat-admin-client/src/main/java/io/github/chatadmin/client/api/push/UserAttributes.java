package io.github.chatadmin.client.api.push;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The attribute values of one user.
 *
 * @param toAccount the user, a UserID or (Push service) a RegistrationID
 * ({@code To_Account})
 * @param attrs values of at most 50 bytes by attribute name ({@code Attrs})
 * @author chat-admin
 */
public record UserAttributes(@JsonProperty("To_Account") String toAccount,
		@JsonProperty("Attrs") @Nullable Map<String, String> attrs) {

	/**
	 * Return the values, never {@code null}.
	 * @return values by attribute name
	 */
	public Map<String, String> values() {
		return (this.attrs != null) ? this.attrs : Map.of();
	}

}
