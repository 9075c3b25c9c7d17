package io.github.chatadmin.client.api.group;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The answer of {@code check_members}: the users who are in the group.
 *
 * @param memberAccount the users in the group ({@code Member_Account})
 * @param extra fields this model does not name
 * @author chat-admin
 */
public record CheckMembersResponse(@JsonProperty("Member_Account") @Nullable List<String> memberAccount,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

	/**
	 * Return the users in the group, never {@code null}.
	 * @return the users in the group
	 */
	public List<String> members() {
		return (this.memberAccount != null) ? this.memberAccount : List.of();
	}

}
