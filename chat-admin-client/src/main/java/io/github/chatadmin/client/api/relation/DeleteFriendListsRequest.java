package io.github.chatadmin.client.api.relation;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The request of {@code sns/group_delete}.
 *
 * @param fromAccount the user ({@code From_Account})
 * @param groupName the lists to delete ({@code GroupName})
 * @author chat-admin
 * @see <a href="https://trtc.io/document/34926">group_delete</a>
 */
public record DeleteFriendListsRequest(@JsonProperty("From_Account") String fromAccount,
		@JsonProperty("GroupName") List<String> groupName) {

}
