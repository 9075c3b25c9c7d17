package io.github.chatadmin.client.api.groupmessage;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * One @ mention of a group message ({@code GroupAtInfo}); the mentions correspond, in
 * order, to the @ marks in the message's text. Audio-video groups (AVChatRoom) do not
 * support @all.
 *
 * @param groupAtAllFlag {@code 1} to mention every member, {@code 0} to mention one
 * ({@code GroupAtAllFlag})
 * @param groupAtAccount the member mentioned, when {@code groupAtAllFlag} is {@code 0}
 * ({@code GroupAt_Account})
 * @author chat-admin
 * @since 0.1.0
 */
public record GroupAtInfo(@JsonProperty("GroupAtAllFlag") int groupAtAllFlag,
		@JsonProperty("GroupAt_Account") @Nullable String groupAtAccount) {

	/**
	 * Return a mention of every member (@all).
	 * @return the mention
	 */
	public static GroupAtInfo all() {
		return new GroupAtInfo(1, null);
	}

	/**
	 * Return a mention of one member.
	 * @param userId the member's UserID
	 * @return the mention
	 */
	public static GroupAtInfo member(String userId) {
		return new GroupAtInfo(0, userId);
	}

}
