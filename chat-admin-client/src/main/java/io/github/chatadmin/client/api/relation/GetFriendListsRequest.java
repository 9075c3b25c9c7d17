package io.github.chatadmin.client.api.relation;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The request of {@code sns/group_get}: a user's friend lists.
 *
 * @param fromAccount the user ({@code From_Account})
 * @param needFriend {@code Need_Friend_Type_Yes} to return the members of each list
 * ({@code NeedFriend})
 * @param groupName the lists to read, every list when {@code null} ({@code GroupName})
 * @author chat-admin
 * @see <a href="https://trtc.io/document/40123">group_get</a>
 */
public record GetFriendListsRequest(@JsonProperty("From_Account") String fromAccount,
		@JsonProperty("NeedFriend") @Nullable String needFriend,
		@JsonProperty("GroupName") @Nullable List<String> groupName) {

	/**
	 * The vendor's value of {@code NeedFriend} that returns the members.
	 */
	public static final String NEED_FRIEND = "Need_Friend_Type_Yes";

	/**
	 * Return the request of every list, without members.
	 * @param fromAccount the user
	 * @return the request
	 */
	public static GetFriendListsRequest all(String fromAccount) {
		return new GetFriendListsRequest(fromAccount, null, null);
	}

	/**
	 * Return this request with the members of each list.
	 * @return the request
	 */
	public GetFriendListsRequest withFriends() {
		return new GetFriendListsRequest(this.fromAccount, NEED_FRIEND, this.groupName);
	}

	/**
	 * Return this request limited to some lists.
	 * @param names the lists
	 * @return the request
	 */
	public GetFriendListsRequest only(List<String> names) {
		return new GetFriendListsRequest(this.fromAccount, this.needFriend, List.copyOf(names));
	}

}
