package io.github.chatadmin.client.api.group;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * A member to import ({@code MemberList} of {@code import_group_member}).
 *
 * @param memberAccount the member's UserID ({@code Member_Account})
 * @param role {@code Admin}, or {@code null} for an ordinary member ({@code Role})
 * @param joinTime when the member joined, Unix seconds, after the group's creation and
 * before now ({@code JoinTime})
 * @param unreadMsgNum the member's unread messages, capped at the group's message count
 * ({@code UnreadMsgNum})
 * @author chat-admin
 */
public record ImportedMember(@JsonProperty("Member_Account") String memberAccount,
		@JsonProperty("Role") @Nullable MemberRole role, @JsonProperty("JoinTime") @Nullable Long joinTime,
		@JsonProperty("UnreadMsgNum") @Nullable Long unreadMsgNum) {

	/**
	 * Return an ordinary member to import.
	 * @param userId the member's UserID
	 * @return the member
	 */
	public static ImportedMember of(String userId) {
		return new ImportedMember(userId, null, null, null);
	}

}
