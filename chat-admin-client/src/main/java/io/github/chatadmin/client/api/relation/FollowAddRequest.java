package io.github.chatadmin.client.api.relation;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The request of {@code follow/follow_add}: up to 20 users to follow.
 *
 * @param fromAccount the follower ({@code From_Account})
 * @param followItem the users to follow, at most 20 per call ({@code FollowItem})
 * @author chat-admin
 * @see <a href="https://trtc.io/document/70345">follow_add</a>
 */
public record FollowAddRequest(@JsonProperty("From_Account") String fromAccount,
		@JsonProperty("FollowItem") List<Target> followItem) {

	/**
	 * Return the request of following users.
	 * @param fromAccount the follower
	 * @param userIds the users to follow
	 * @return the request
	 */
	public static FollowAddRequest of(String fromAccount, List<String> userIds) {
		return new FollowAddRequest(fromAccount, userIds.stream().map(Target::new).toList());
	}

	/**
	 * One user to follow.
	 *
	 * @param toAccount the user ({@code To_Account})
	 */
	public record Target(@JsonProperty("To_Account") String toAccount) {

	}

}
