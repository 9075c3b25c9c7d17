package io.github.chatadmin.client.api.relation;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The request of {@code sns/friend_update}.
 *
 * @param fromAccount the user ({@code From_Account})
 * @param updateItem the friends and their fields ({@code UpdateItem})
 * @author chat-admin
 * @see <a href="https://trtc.io/document/34904">friend_update</a>
 */
public record UpdateFriendsRequest(@JsonProperty("From_Account") String fromAccount,
		@JsonProperty("UpdateItem") List<FriendUpdate> updateItem) {

}
