package io.github.chatadmin.client.api.conversation;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The request of {@code recentcontact/delete}. The vendor spells the group field
 * {@code ToGroupid} here (lower-case {@code id}), unlike the conversation group commands.
 *
 * @param fromAccount the user whose conversation is deleted ({@code From_Account})
 * @param type the conversation type ({@code Type})
 * @param toAccount the peer of a one-to-one conversation ({@code To_Account})
 * @param toGroupId the group of a group conversation ({@code ToGroupid})
 * @param clearRamble {@code 1} to also clear the roaming messages, {@code 0} not
 * ({@code ClearRamble})
 * @author chat-admin
 * @see <a href="https://trtc.io/document/43088">delete</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DeleteConversationRequest(@JsonProperty("From_Account") String fromAccount,
		@JsonProperty("Type") ConversationType type, @JsonProperty("To_Account") @Nullable String toAccount,
		@JsonProperty("ToGroupid") @Nullable String toGroupId,
		@JsonProperty("ClearRamble") @Nullable Integer clearRamble) {

	/**
	 * Return the request that deletes a conversation.
	 * @param fromAccount the user
	 * @param conversation the conversation
	 * @param clearMessages whether to clear its roaming messages too
	 * @return the request
	 */
	public static DeleteConversationRequest of(String fromAccount, ConversationRef conversation,
			boolean clearMessages) {
		return new DeleteConversationRequest(fromAccount, conversation.type(), conversation.toAccount(),
				conversation.toGroupId(), clearMessages ? 1 : 0);
	}

}
