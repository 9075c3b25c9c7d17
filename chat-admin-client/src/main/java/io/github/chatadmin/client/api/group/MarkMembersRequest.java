package io.github.chatadmin.client.api.group;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The request of {@code group_open_avchatroom_http_svc/modify_user_info}: set or remove
 * marks of up to 500 online members of an audio-video group.
 *
 * @param groupId the group ({@code GroupId})
 * @param commandType {@code 1} sets the marks, {@code 2} removes them
 * ({@code CommandType})
 * @param memberList the members ({@code MemberList})
 * @author chat-admin
 */
public record MarkMembersRequest(@JsonProperty("GroupId") String groupId, @JsonProperty("CommandType") int commandType,
		@JsonProperty("MemberList") List<MarkedMember> memberList) {

	/**
	 * Return the request to set marks.
	 * @param groupId the group
	 * @param members the members and their marks
	 * @return the request
	 */
	public static MarkMembersRequest set(String groupId, List<MarkedMember> members) {
		return new MarkMembersRequest(groupId, 1, members);
	}

	/**
	 * Return the request to remove marks.
	 * @param groupId the group
	 * @param members the members and their marks
	 * @return the request
	 */
	public static MarkMembersRequest remove(String groupId, List<MarkedMember> members) {
		return new MarkMembersRequest(groupId, 2, members);
	}

}
