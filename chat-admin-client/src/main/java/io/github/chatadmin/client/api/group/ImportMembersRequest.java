package io.github.chatadmin.client.api.group;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The request of {@code group_open_http_svc/import_group_member}: up to 300 members per
 * call, without callbacks or notifications.
 *
 * @param groupId the group ({@code GroupId})
 * @param memberList the members ({@code MemberList})
 * @author chat-admin
 */
public record ImportMembersRequest(@JsonProperty("GroupId") String groupId,
		@JsonProperty("MemberList") List<ImportedMember> memberList) {

	/**
	 * Return the request to import members.
	 * @param groupId the group
	 * @param members the members
	 * @return the request
	 */
	public static ImportMembersRequest of(String groupId, List<ImportedMember> members) {
		return new ImportMembersRequest(groupId, members);
	}

	ImportMembersRequest withMembers(List<ImportedMember> members) {
		return new ImportMembersRequest(this.groupId, members);
	}

}
