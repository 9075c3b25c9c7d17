package io.github.chatadmin.client.api.community;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The answer of {@code destroy_permission_group}: a result per permission group.
 *
 * @param permissionGroupResultList the results ({@code PermissionGroupResultList})
 * @param extra fields this model does not name
 * @author chat-admin
 */
public record PermissionGroupResultsResponse(
		@JsonProperty("PermissionGroupResultList") @Nullable List<PermissionGroupResult> permissionGroupResultList,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

	/**
	 * Return the results, never {@code null}.
	 * @return the results
	 */
	public List<PermissionGroupResult> results() {
		return (this.permissionGroupResultList != null) ? this.permissionGroupResultList : List.of();
	}

}
