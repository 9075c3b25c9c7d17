package io.github.chatadmin.client.api.relation;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The request of {@code sns/friend_import}: one-way friends imported into a user's list.
 *
 * @param fromAccount the user ({@code From_Account})
 * @param addFriendItem the friends ({@code AddFriendItem})
 * @author chat-admin
 * @see <a href="https://trtc.io/document/34903">friend_import</a>
 */
public record ImportFriendsRequest(@JsonProperty("From_Account") String fromAccount,
		@JsonProperty("AddFriendItem") List<ImportedFriend> addFriendItem) {

}
