package io.github.chatadmin.client.api.group;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The answer of {@code get_role_in_group}.
 *
 * @param userIdList the roles ({@code UserIdList})
 * @param extra fields this model does not name
 * @author chat-admin
 */
public record RolesResponse(@JsonProperty("UserIdList") @Nullable List<UserRole> userIdList,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

	/**
	 * Return the roles, never {@code null}.
	 * @return the roles
	 */
	public List<UserRole> roles() {
		return (this.userIdList != null) ? this.userIdList : List.of();
	}

}
