package io.github.chatadmin.client.api.relation;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The request of {@code sns/friend_get_list}: friend and profile fields of given friends.
 *
 * @param fromAccount the user ({@code From_Account})
 * @param toAccount the friends; the vendor recommends at most 100 per call
 * ({@code To_Account})
 * @param tagList standard and custom profile and friend fields ({@code TagList})
 * @author chat-admin
 * @see <a href="https://trtc.io/document/34910">friend_get_list</a>
 */
public record GetFriendInfoRequest(@JsonProperty("From_Account") String fromAccount,
		@JsonProperty("To_Account") List<String> toAccount, @JsonProperty("TagList") List<String> tagList) {

	/**
	 * The vendor's recommended number of friends per call.
	 */
	public static final int MAX_USERS = 100;

}
