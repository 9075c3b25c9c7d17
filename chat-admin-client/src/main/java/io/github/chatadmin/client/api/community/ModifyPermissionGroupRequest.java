package io.github.chatadmin.client.api.community;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The request of {@code group_open_http_svc/modify_permission_group}: fields left
 * {@code null} stay unchanged.
 *
 * @param groupId the community ({@code GroupId})
 * @param permissionGroupId the permission group ({@code PermissionGroupId})
 * @param permissionGroupName the name, at most 150 bytes ({@code PermissionGroupName})
 * @param permission the permission bits ({@code Permission})
 * @param customString custom data, at most 3,000 bytes ({@code CustomString})
 * @author chat-admin
 */
public record ModifyPermissionGroupRequest(@JsonProperty("GroupId") String groupId,
		@JsonProperty("PermissionGroupId") String permissionGroupId,
		@JsonProperty("PermissionGroupName") @Nullable String permissionGroupName,
		@JsonProperty("Permission") @Nullable Long permission,
		@JsonProperty("CustomString") @Nullable String customString) {

}
