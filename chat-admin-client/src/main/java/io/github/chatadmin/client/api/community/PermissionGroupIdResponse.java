package io.github.chatadmin.client.api.community;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The answer of {@code create_permission_group} (its page does not show it: the ID is
 * read from {@code PermissionGroupId} when present, every field stays in
 * {@link #extra()}).
 *
 * @param permissionGroupId the permission group's ID ({@code PermissionGroupId})
 * @param extra fields this model does not name
 * @author chat-admin
 */
public record PermissionGroupIdResponse(@JsonProperty("PermissionGroupId") @Nullable String permissionGroupId,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

}
