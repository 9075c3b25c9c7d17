package io.github.chatadmin.client.api.relation;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The request of {@code sns/friend_delete}: up to 1,000 friends.
 *
 * @param fromAccount the user ({@code From_Account})
 * @param toAccount the friends, at most 1,000 per call ({@code To_Account})
 * @param deleteType one-way or two-way; the page states no default ({@code DeleteType})
 * @author chat-admin
 * @see <a href="https://trtc.io/document/34905">friend_delete</a>
 */
public record DeleteFriendsRequest(@JsonProperty("From_Account") String fromAccount,
		@JsonProperty("To_Account") List<String> toAccount,
		@JsonProperty("DeleteType") @Nullable DeleteType deleteType) {

	/**
	 * The vendor's limit of friends per call.
	 */
	public static final int MAX_USERS = 1000;

}
