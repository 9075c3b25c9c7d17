package io.github.chatadmin.client.api.conversation;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * A conversation of a user, as the conversation group and mark commands name it
 * ({@code ContactItem}): the peer's UserID for a one-to-one conversation, the group's ID
 * for a group conversation.
 *
 * @param type the conversation type ({@code Type})
 * @param toAccount the peer of a one-to-one conversation ({@code To_Account})
 * @param toGroupId the group of a group conversation ({@code ToGroupId})
 * @author chat-admin
 * @see <a href="https://trtc.io/document/53437">create_contact_group</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ConversationRef(@JsonProperty("Type") ConversationType type,
		@JsonProperty("To_Account") @Nullable String toAccount, @JsonProperty("ToGroupId") @Nullable String toGroupId) {

	/**
	 * Return the one-to-one conversation with a user.
	 * @param userId the peer
	 * @return the conversation
	 */
	public static ConversationRef user(String userId) {
		return new ConversationRef(ConversationType.C2C, userId, null);
	}

	/**
	 * Return the conversation of a group.
	 * @param groupId the group
	 * @return the conversation
	 */
	public static ConversationRef group(String groupId) {
		return new ConversationRef(ConversationType.GROUP, null, groupId);
	}

}
