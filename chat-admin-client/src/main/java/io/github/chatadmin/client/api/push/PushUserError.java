package io.github.chatadmin.client.api.push;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The failure of one user in a call that succeeded for others.
 *
 * @param toAccount the user ({@code To_Account})
 * @param errorCode the vendor's code, for example 70107 no such account or 90035 the
 * attribute belongs to the other account type; the {@code ErrorCode} of a split call that
 * failed as a whole, or -1 when it had no answer ({@code ErrorCode})
 * @param errorInfo the vendor's description ({@code ErrorInfo})
 * @author chat-admin
 */
public record PushUserError(@JsonProperty("To_Account") String toAccount, @JsonProperty("ErrorCode") int errorCode,
		@JsonProperty("ErrorInfo") @Nullable String errorInfo) {

}
