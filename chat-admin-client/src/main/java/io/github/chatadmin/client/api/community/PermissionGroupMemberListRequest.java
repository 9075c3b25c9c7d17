package io.github.chatadmin.client.api.community;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The request of {@code group_open_http_svc/get_permission_group_member_list}: one page
 * of a permission group's members.
 *
 * @param groupId the community ({@code GroupId})
 * @param permissionGroupId the permission group ({@code PermissionGroupId})
 * @param limit the page size ({@code Limit})
 * @param next where the page starts: {@code ""}, then the {@code Next} of the previous
 * answer ({@code Next})
 * @author chat-admin
 */
public record PermissionGroupMemberListRequest(@JsonProperty("GroupId") String groupId,
		@JsonProperty("PermissionGroupId") String permissionGroupId, @JsonProperty("Limit") @Nullable Integer limit,
		@JsonProperty("Next") @Nullable String next) {

	/**
	 * Return the request of the first page.
	 * @param groupId the community
	 * @param permissionGroupId the permission group
	 * @param limit the page size
	 * @return the request
	 */
	public static PermissionGroupMemberListRequest first(String groupId, String permissionGroupId, int limit) {
		return new PermissionGroupMemberListRequest(groupId, permissionGroupId, limit, "");
	}

	/**
	 * Return the request of the page that follows a page.
	 * @param page the page just read with this request
	 * @return the request of the next page, or {@code null} after the last ({@code Next}
	 * empty or absent)
	 * @throws IllegalStateException if the cursor did not move
	 */
	public @Nullable PermissionGroupMemberListRequest next(PermissionGroupMemberListResponse page) {
		String following = page.next();
		if (this.next == null || following == null || following.isEmpty()) {
			return null;
		}
		if (following.equals(this.next)) {
			throw new IllegalStateException("The member cursor of permission group " + this.permissionGroupId
					+ " did not move: 'Next' " + following + " was returned for 'Next' " + this.next);
		}
		return new PermissionGroupMemberListRequest(this.groupId, this.permissionGroupId, this.limit, following);
	}

}
