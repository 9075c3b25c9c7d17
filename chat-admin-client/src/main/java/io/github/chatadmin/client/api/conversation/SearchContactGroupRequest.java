package io.github.chatadmin.client.api.conversation;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The request of {@code recentcontact/search_contact_group}: the groups and marks of up
 * to 300 conversations.
 *
 * @param fromAccount the user ({@code From_Account})
 * @param contactItem the conversations, at most 300 per call ({@code ContactItem})
 * @author chat-admin
 * @see <a href="https://trtc.io/document/53442">search_contact_group</a>
 */
public record SearchContactGroupRequest(@JsonProperty("From_Account") String fromAccount,
		@JsonProperty("ContactItem") List<ConversationRef> contactItem) {

	/**
	 * The vendor's limit of conversations per call.
	 */
	public static final int MAX_CONVERSATIONS = 300;

}
