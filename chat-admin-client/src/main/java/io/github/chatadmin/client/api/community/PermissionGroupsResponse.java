package io.github.chatadmin.client.api.community;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The answer of {@code get_permission_group}: one page of permission groups.
 *
 * @param permissionGroupInfoList the permission groups of the page
 * ({@code PermissionGroupInfoList})
 * @param next where the next page starts, {@code ""} after the last ({@code Next})
 * @param extra fields this model does not name
 * @author chat-admin
 */
public record PermissionGroupsResponse(
		@JsonProperty("PermissionGroupInfoList") @Nullable List<PermissionGroupInfo> permissionGroupInfoList,
		@JsonProperty("Next") @Nullable String next, @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

	/**
	 * Return the permission groups, never {@code null}.
	 * @return the permission groups
	 */
	public List<PermissionGroupInfo> permissionGroups() {
		return (this.permissionGroupInfoList != null) ? this.permissionGroupInfoList : List.of();
	}

}
