package io.github.chatadmin.client.api.relation;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The request of {@code sns/friend_delete_all}.
 *
 * @param fromAccount the user ({@code From_Account})
 * @param deleteType one-way (the vendor's default) or two-way ({@code DeleteType})
 * @author chat-admin
 * @see <a href="https://trtc.io/document/34906">friend_delete_all</a>
 */
public record DeleteAllFriendsRequest(@JsonProperty("From_Account") String fromAccount,
		@JsonProperty("DeleteType") @Nullable DeleteType deleteType) {

}
