package io.github.chatadmin.client.api.relation;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The request of {@code sns/group_add}: new friend lists, optionally with friends put
 * into them.
 *
 * @param fromAccount the user ({@code From_Account})
 * @param groupName the new lists, at most 32 ({@code GroupName})
 * @param toAccount friends to put into every new list, at most 1,000 ({@code To_Account})
 * @author chat-admin
 * @see <a href="https://trtc.io/document/34950">group_add</a>
 */
public record AddFriendListsRequest(@JsonProperty("From_Account") String fromAccount,
		@JsonProperty("GroupName") List<String> groupName,
		@JsonProperty("To_Account") @Nullable List<String> toAccount) {

	/**
	 * The vendor's limit of friends per call.
	 */
	public static final int MAX_FRIENDS = 1000;

}
