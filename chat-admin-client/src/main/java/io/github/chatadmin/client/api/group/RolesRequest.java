package io.github.chatadmin.client.api.group;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The request of {@code group_open_http_svc/get_role_in_group}: the roles of up to 500
 * users (not for audio-video groups).
 *
 * @param groupId the group ({@code GroupId})
 * @param userAccount the users ({@code User_Account})
 * @author chat-admin
 */
public record RolesRequest(@JsonProperty("GroupId") String groupId,
		@JsonProperty("User_Account") List<String> userAccount) {

	RolesRequest withUsers(List<String> users) {
		return new RolesRequest(this.groupId, users);
	}

}
