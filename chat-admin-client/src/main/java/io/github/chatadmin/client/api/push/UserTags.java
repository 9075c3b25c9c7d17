package io.github.chatadmin.client.api.push;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The tags of one user.
 *
 * @param toAccount the user ({@code To_Account})
 * @param tags tags of at most 50 bytes; at most 10 per user in one call, 100 per user
 * ({@code Tags})
 * @author chat-admin
 */
public record UserTags(@JsonProperty("To_Account") String toAccount,
		@JsonProperty("Tags") @Nullable List<String> tags) {

	/**
	 * Return the tags, never {@code null}.
	 * @return the tags
	 */
	public List<String> tagList() {
		return (this.tags != null) ? this.tags : List.of();
	}

}
