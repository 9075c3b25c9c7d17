package io.github.chatadmin.client.api.community;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.chatadmin.client.api.group.MemberAccount;

/**
 * The request of {@code add_permission_group_member} and
 * {@code delete_permission_group_member}: up to 100 members per call.
 *
 * @param groupId the community ({@code GroupId})
 * @param permissionGroupId the permission group ({@code PermissionGroupId})
 * @param memberList the members ({@code MemberList})
 * @author chat-admin
 */
public record PermissionGroupMembersRequest(@JsonProperty("GroupId") String groupId,
		@JsonProperty("PermissionGroupId") String permissionGroupId,
		@JsonProperty("MemberList") List<MemberAccount> memberList) {

	/**
	 * Return the request for members.
	 * @param groupId the community
	 * @param permissionGroupId the permission group
	 * @param userIds the members
	 * @return the request
	 */
	public static PermissionGroupMembersRequest of(String groupId, String permissionGroupId, List<String> userIds) {
		return new PermissionGroupMembersRequest(groupId, permissionGroupId, MemberAccount.of(userIds));
	}

	PermissionGroupMembersRequest withMembers(List<MemberAccount> members) {
		return new PermissionGroupMembersRequest(this.groupId, this.permissionGroupId, members);
	}

}
