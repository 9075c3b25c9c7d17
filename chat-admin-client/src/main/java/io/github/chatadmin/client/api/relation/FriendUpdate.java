package io.github.chatadmin.client.api.relation;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.chatadmin.client.api.TagValue;

/**
 * The fields to change of one friend ({@code UpdateItem}): only the remark, the friend
 * lists and custom fields may be changed.
 *
 * @param toAccount the friend ({@code To_Account})
 * @param snsItem the fields ({@code SnsItem})
 * @author chat-admin
 */
public record FriendUpdate(@JsonProperty("To_Account") String toAccount,
		@JsonProperty("SnsItem") List<TagValue> snsItem) {

	/**
	 * Return an update of the given fields.
	 * @param toAccount the friend
	 * @param items the fields, such as {@code TagValue.of(FriendTag.REMARK, "r")}
	 * @return the update
	 */
	public static FriendUpdate of(String toAccount, TagValue... items) {
		return new FriendUpdate(toAccount, List.of(items));
	}

	/**
	 * Return an update of the remark.
	 * @param toAccount the friend
	 * @param remark the remark
	 * @return the update
	 */
	public static FriendUpdate remark(String toAccount, String remark) {
		return of(toAccount, TagValue.of(FriendTag.REMARK, remark));
	}

	/**
	 * Return an update of the friend lists, which replaces them.
	 * @param toAccount the friend
	 * @param lists the names
	 * @return the update
	 */
	public static FriendUpdate lists(String toAccount, List<String> lists) {
		return of(toAccount, TagValue.of(FriendTag.GROUP, lists));
	}

}
