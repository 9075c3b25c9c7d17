package io.github.chatadmin.client.api.group;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The request of {@code group_open_http_svc/delete_group_member}: up to 100 members per
 * call; users who are not members are ignored. Audio-video groups refuse it with 10004.
 *
 * @param groupId the group ({@code GroupId})
 * @param silence {@code 1} to remove them without notifying the group ({@code Silence})
 * @param reason the reason given to the removed members ({@code Reason})
 * @param memberToDelAccount the members ({@code MemberToDel_Account})
 * @author chat-admin
 */
public record DeleteMembersRequest(@JsonProperty("GroupId") String groupId,
		@JsonProperty("Silence") @Nullable Integer silence, @JsonProperty("Reason") @Nullable String reason,
		@JsonProperty("MemberToDel_Account") List<String> memberToDelAccount) {

	/**
	 * Return the request to remove members.
	 * @param groupId the group
	 * @param userIds the members
	 * @return the request
	 */
	public static DeleteMembersRequest of(String groupId, List<String> userIds) {
		return new DeleteMembersRequest(groupId, null, null, userIds);
	}

	/**
	 * Return this request removing the members without notifying the group.
	 * @return the request
	 */
	public DeleteMembersRequest silently() {
		return new DeleteMembersRequest(this.groupId, 1, this.reason, this.memberToDelAccount);
	}

	/**
	 * Return this request with a reason.
	 * @param reason the reason
	 * @return the request
	 */
	public DeleteMembersRequest withReason(String reason) {
		return new DeleteMembersRequest(this.groupId, this.silence, reason, this.memberToDelAccount);
	}

	DeleteMembersRequest withMembers(List<String> members) {
		return new DeleteMembersRequest(this.groupId, this.silence, this.reason, members);
	}

}
