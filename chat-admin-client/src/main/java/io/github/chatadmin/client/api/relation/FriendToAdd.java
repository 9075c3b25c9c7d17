package io.github.chatadmin.client.api.relation;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * One friend of a {@code friend_add} request ({@code AddFriendItem}).
 *
 * @param toAccount the user to add ({@code To_Account})
 * @param remark the remark, at most 96 bytes ({@code Remark})
 * @param groupName the one friend list to put the friend in ({@code GroupName})
 * @param addSource the source, {@code AddSource_Type_<keyword>}; required by the vendor's
 * Chinese page ({@code AddSource})
 * @param addWording the request's wording, at most 256 bytes ({@code AddWording})
 * @author chat-admin
 */
public record FriendToAdd(@JsonProperty("To_Account") String toAccount, @JsonProperty("Remark") @Nullable String remark,
		@JsonProperty("GroupName") @Nullable String groupName, @JsonProperty("AddSource") String addSource,
		@JsonProperty("AddWording") @Nullable String addWording) {

	/**
	 * Return a friend to add with no remark, list or wording.
	 * @param toAccount the user to add
	 * @param addSource the source, such as {@code AddSource_Type_Android}
	 * @return the item
	 */
	public static FriendToAdd of(String toAccount, String addSource) {
		return new FriendToAdd(toAccount, null, null, addSource, null);
	}

	/**
	 * Return this item with a remark.
	 * @param remark the remark
	 * @return the item
	 */
	public FriendToAdd withRemark(String remark) {
		return new FriendToAdd(this.toAccount, remark, this.groupName, this.addSource, this.addWording);
	}

	/**
	 * Return this item put into a friend list.
	 * @param groupName the list
	 * @return the item
	 */
	public FriendToAdd inList(String groupName) {
		return new FriendToAdd(this.toAccount, this.remark, groupName, this.addSource, this.addWording);
	}

	/**
	 * Return this item with the request's wording.
	 * @param addWording the wording
	 * @return the item
	 */
	public FriendToAdd withWording(String addWording) {
		return new FriendToAdd(this.toAccount, this.remark, this.groupName, this.addSource, addWording);
	}

}
