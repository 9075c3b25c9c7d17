package io.github.chatadmin.client.api.group;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The request of {@code group_open_http_svc/add_group_member}: up to 300 members per call
 * (not for audio-video groups).
 *
 * @param groupId the group ({@code GroupId})
 * @param silence {@code 1} to add them without notifying the group ({@code Silence})
 * @param memberList the members ({@code MemberList})
 * @author chat-admin
 */
public record AddMembersRequest(@JsonProperty("GroupId") String groupId,
		@JsonProperty("Silence") @Nullable Integer silence,
		@JsonProperty("MemberList") List<MemberAccount> memberList) {

	/**
	 * Return the request to add users to a group.
	 * @param groupId the group
	 * @param userIds the users
	 * @return the request
	 */
	public static AddMembersRequest of(String groupId, List<String> userIds) {
		return new AddMembersRequest(groupId, null, MemberAccount.of(userIds));
	}

	/**
	 * Return this request adding the members without notifying the group.
	 * @return the request
	 */
	public AddMembersRequest silently() {
		return new AddMembersRequest(this.groupId, 1, this.memberList);
	}

	AddMembersRequest withMembers(List<MemberAccount> members) {
		return new AddMembersRequest(this.groupId, this.silence, members);
	}

}
