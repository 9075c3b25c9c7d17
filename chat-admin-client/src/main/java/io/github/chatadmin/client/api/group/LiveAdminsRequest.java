package io.github.chatadmin.client.api.group;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The request of {@code group_open_avchatroom_http_svc/modify_admin}: add or remove
 * admins of an audio-video group (at most 5 per group).
 *
 * @param groupId the group ({@code GroupId})
 * @param commandType {@code 1} adds, {@code 2} removes ({@code CommandType})
 * @param adminAccount the admins ({@code Admin_Account})
 * @author chat-admin
 */
public record LiveAdminsRequest(@JsonProperty("GroupId") String groupId, @JsonProperty("CommandType") int commandType,
		@JsonProperty("Admin_Account") List<String> adminAccount) {

	/**
	 * Return the request to add admins.
	 * @param groupId the group
	 * @param userIds the users
	 * @return the request
	 */
	public static LiveAdminsRequest add(String groupId, List<String> userIds) {
		return new LiveAdminsRequest(groupId, 1, userIds);
	}

	/**
	 * Return the request to remove admins.
	 * @param groupId the group
	 * @param userIds the users
	 * @return the request
	 */
	public static LiveAdminsRequest remove(String groupId, List<String> userIds) {
		return new LiveAdminsRequest(groupId, 2, userIds);
	}

}
