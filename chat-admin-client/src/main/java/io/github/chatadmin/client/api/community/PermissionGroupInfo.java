package io.github.chatadmin.client.api.community;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A permission group in the answer of {@code get_permission_group} (the page does not
 * show its fields: those of the create request are read, every field stays in
 * {@link #extra()}).
 *
 * @param permissionGroupId the ID ({@code PermissionGroupId})
 * @param permissionGroupName the name ({@code PermissionGroupName})
 * @param permission the permission bits ({@code Permission})
 * @param customString custom data ({@code CustomString})
 * @param extra fields this model does not name
 * @author chat-admin
 */
public record PermissionGroupInfo(@JsonProperty("PermissionGroupId") @Nullable String permissionGroupId,
		@JsonProperty("PermissionGroupName") @Nullable String permissionGroupName,
		@JsonProperty("Permission") @Nullable Long permission,
		@JsonProperty("CustomString") @Nullable String customString,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

}
