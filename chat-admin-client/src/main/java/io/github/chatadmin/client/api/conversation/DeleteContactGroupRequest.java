package io.github.chatadmin.client.api.conversation;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The request of {@code recentcontact/del_contact_group}: the vendor deletes one group
 * per call.
 *
 * @param fromAccount the user ({@code From_Account})
 * @param groupName the name of the group to delete, exactly one ({@code GroupName})
 * @author chat-admin
 * @see <a href="https://trtc.io/document/53441">del_contact_group</a>
 */
public record DeleteContactGroupRequest(@JsonProperty("From_Account") String fromAccount,
		@JsonProperty("GroupName") List<String> groupName) {

	/**
	 * Return the request that deletes one group.
	 * @param fromAccount the user
	 * @param groupName the group's name
	 * @return the request
	 */
	public static DeleteContactGroupRequest of(String fromAccount, String groupName) {
		return new DeleteContactGroupRequest(fromAccount, List.of(groupName));
	}

}
