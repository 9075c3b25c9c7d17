package io.github.chatadmin.client.api.relation;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The request of {@code sns/friend_add}.
 *
 * @param fromAccount the requester ({@code From_Account})
 * @param addFriendItem the friends to add ({@code AddFriendItem})
 * @param addType one-way or two-way; the vendor's default is two-way ({@code AddType})
 * @param forceAddFlags {@code 1} to add whatever the targets' allow type
 * ({@code ForceAddFlags})
 * @author chat-admin
 * @see <a href="https://trtc.io/document/34902">friend_add</a>
 */
public record AddFriendRequest(@JsonProperty("From_Account") String fromAccount,
		@JsonProperty("AddFriendItem") List<FriendToAdd> addFriendItem,
		@JsonProperty("AddType") @Nullable AddType addType,
		@JsonProperty("ForceAddFlags") @Nullable Integer forceAddFlags) {

	/**
	 * Return a request with the vendor's defaults (two-way, not forced).
	 * @param fromAccount the requester
	 * @param friends the friends to add
	 * @return the request
	 */
	public static AddFriendRequest of(String fromAccount, List<FriendToAdd> friends) {
		return new AddFriendRequest(fromAccount, friends, null, null);
	}

	/**
	 * Return this request with an add type.
	 * @param addType one-way or two-way
	 * @return the request
	 */
	public AddFriendRequest withAddType(AddType addType) {
		return new AddFriendRequest(this.fromAccount, this.addFriendItem, addType, this.forceAddFlags);
	}

	/**
	 * Return this request forced: the friends are added whatever their allow type.
	 * @return the request
	 */
	public AddFriendRequest forced() {
		return new AddFriendRequest(this.fromAccount, this.addFriendItem, this.addType, 1);
	}

}
