package io.github.chatadmin.client.api.community;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The request of {@code group_open_http_svc/create_permission_group}.
 *
 * @param groupId the community ({@code GroupId})
 * @param permissionGroupId a custom ID, such as {@code @PMG#_admins}; generated when
 * absent ({@code PermissionGroupId})
 * @param permissionGroupName the name, at most 150 bytes ({@code PermissionGroupName})
 * @param permission the permission bits ({@code Permission})
 * @param customString custom data, at most 3,000 bytes ({@code CustomString})
 * @author chat-admin
 */
public record CreatePermissionGroupRequest(@JsonProperty("GroupId") String groupId,
		@JsonProperty("PermissionGroupId") @Nullable String permissionGroupId,
		@JsonProperty("PermissionGroupName") String permissionGroupName,
		@JsonProperty("Permission") @Nullable Long permission,
		@JsonProperty("CustomString") @Nullable String customString) {

	/**
	 * Return the request to create a permission group with a generated ID.
	 * @param groupId the community
	 * @param name the name
	 * @param permission the permission bits
	 * @return the request
	 */
	public static CreatePermissionGroupRequest of(String groupId, String name, long permission) {
		return new CreatePermissionGroupRequest(groupId, null, name, permission, null);
	}

}
