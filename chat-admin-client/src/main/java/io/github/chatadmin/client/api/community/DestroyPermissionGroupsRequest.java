package io.github.chatadmin.client.api.community;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The request of {@code group_open_http_svc/destroy_permission_group}: up to 20
 * permission groups.
 *
 * @param groupId the community ({@code GroupId})
 * @param permissionGroupIdList the permission groups ({@code PermissionGroupIdList})
 * @author chat-admin
 */
public record DestroyPermissionGroupsRequest(@JsonProperty("GroupId") String groupId,
		@JsonProperty("PermissionGroupIdList") List<String> permissionGroupIdList) {

}
