package io.github.chatadmin.client.api.group;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The request of the commands that only name a group: {@code destroy_group},
 * {@code get_group_attr}, {@code clear_group_attr}, {@code get_online_member_num} and
 * {@code get_admin_list}.
 *
 * @param groupId the group ({@code GroupId})
 * @author chat-admin
 */
public record GroupIdRequest(@JsonProperty("GroupId") String groupId) {

	/**
	 * Return the request for a group.
	 * @param groupId the group
	 * @return the request
	 */
	public static GroupIdRequest of(String groupId) {
		return new GroupIdRequest(groupId);
	}

}
