package io.github.chatadmin.client.api.group;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The request of {@code group_open_http_svc/get_specified_group_member_info}: the
 * profiles of up to 50 named members (not for audio-video groups).
 *
 * @param groupId the group ({@code GroupId})
 * @param memberListAccount the members ({@code Member_List_Account})
 * @param memberInfoFilter the member fields to return ({@code MemberInfoFilter})
 * @param appDefinedDataFilterGroupMember the custom fields to return
 * ({@code AppDefinedDataFilter_GroupMember})
 * @author chat-admin
 */
public record SpecifiedMembersRequest(@JsonProperty("GroupId") String groupId,
		@JsonProperty("Member_List_Account") List<String> memberListAccount,
		@JsonProperty("MemberInfoFilter") @Nullable List<String> memberInfoFilter,
		@JsonProperty("AppDefinedDataFilter_GroupMember") @Nullable List<String> appDefinedDataFilterGroupMember) {

	/**
	 * Return the request for the full profiles of members.
	 * @param groupId the group
	 * @param userIds the members, at most 50
	 * @return the request
	 */
	public static SpecifiedMembersRequest of(String groupId, List<String> userIds) {
		return new SpecifiedMembersRequest(groupId, userIds, null, null);
	}

	SpecifiedMembersRequest withMembers(List<String> members) {
		return new SpecifiedMembersRequest(this.groupId, members, this.memberInfoFilter,
				this.appDefinedDataFilterGroupMember);
	}

}
