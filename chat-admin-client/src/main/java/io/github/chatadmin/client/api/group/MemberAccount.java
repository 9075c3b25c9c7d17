package io.github.chatadmin.client.api.group;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A member named in a list ({@code MemberList} items of {@code add_group_member} and of
 * the permission-group commands).
 *
 * @param memberAccount the member's UserID ({@code Member_Account})
 * @author chat-admin
 */
public record MemberAccount(@JsonProperty("Member_Account") String memberAccount) {

	/**
	 * Return the members of UserIDs.
	 * @param userIds the UserIDs
	 * @return the members, in order
	 */
	public static List<MemberAccount> of(List<String> userIds) {
		return userIds.stream().map(MemberAccount::new).toList();
	}

}
