package io.github.chatadmin.client.api.community;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The request of {@code group_open_http_svc/get_permission_group}: one page of up to 20
 * permission groups, or named ones.
 *
 * @param groupId the community ({@code GroupId})
 * @param limit the page size, at most 20 ({@code Limit})
 * @param next where the page starts: {@code ""}, then the {@code Next} of the previous
 * answer ({@code Next})
 * @param permissionGroupIdList the permission groups; every one when absent
 * ({@code PermissionGroupIdList})
 * @author chat-admin
 */
public record GetPermissionGroupsRequest(@JsonProperty("GroupId") String groupId,
		@JsonProperty("Limit") @Nullable Integer limit, @JsonProperty("Next") @Nullable String next,
		@JsonProperty("PermissionGroupIdList") @Nullable List<String> permissionGroupIdList) {

	/**
	 * The vendor's maximum of {@code Limit}.
	 */
	public static final int MAX_PAGE_SIZE = 20;

	/**
	 * Return the request of the first page.
	 * @param groupId the community
	 * @param limit the page size, at most 20
	 * @return the request
	 */
	public static GetPermissionGroupsRequest first(String groupId, int limit) {
		return new GetPermissionGroupsRequest(groupId, limit, "", null);
	}

	/**
	 * Return the request for named permission groups.
	 * @param groupId the community
	 * @param permissionGroupIds the permission groups
	 * @return the request
	 */
	public static GetPermissionGroupsRequest of(String groupId, List<String> permissionGroupIds) {
		return new GetPermissionGroupsRequest(groupId, null, null, permissionGroupIds);
	}

	/**
	 * Return the request of the page that follows a page.
	 * @param page the page just read with this request
	 * @return the request of the next page, or {@code null} after the last ({@code Next}
	 * empty or absent)
	 * @throws IllegalStateException if the cursor did not move
	 */
	public @Nullable GetPermissionGroupsRequest next(PermissionGroupsResponse page) {
		String following = page.next();
		if (this.next == null || following == null || following.isEmpty()) {
			return null;
		}
		if (following.equals(this.next)) {
			throw new IllegalStateException("The permission group cursor of community " + this.groupId
					+ " did not move: 'Next' " + following + " was returned for 'Next' " + this.next);
		}
		return new GetPermissionGroupsRequest(this.groupId, this.limit, following, this.permissionGroupIdList);
	}

}
