package io.github.chatadmin.client.api.group;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The request of {@code group_open_http_svc/unban_group_member}: up to 20 members.
 *
 * @param groupId the group ({@code GroupId})
 * @param membersAccount the members ({@code Members_Account})
 * @author chat-admin
 */
public record UnbanRequest(@JsonProperty("GroupId") String groupId,
		@JsonProperty("Members_Account") List<String> membersAccount) {

	UnbanRequest withMembers(List<String> members) {
		return new UnbanRequest(this.groupId, members);
	}

}
