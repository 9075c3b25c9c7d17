package io.github.chatadmin.client.api.conversation;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The request of {@code recentcontact/create_contact_group}: one conversation group per
 * call, with its first conversations.
 *
 * @param fromAccount the user ({@code From_Account})
 * @param groupContactItem the group to create, exactly one ({@code GroupContactItem})
 * @author chat-admin
 * @see <a href="https://trtc.io/document/53437">create_contact_group</a>
 */
public record CreateContactGroupRequest(@JsonProperty("From_Account") String fromAccount,
		@JsonProperty("GroupContactItem") List<NewGroup> groupContactItem) {

	/**
	 * The most conversations a new group may start with, as the vendor's page says.
	 */
	public static final int MAX_CONVERSATIONS = 100;

	/**
	 * The longest group name, in UTF-8 bytes, as the vendor's newer page says (the older
	 * one says 32).
	 */
	public static final int MAX_NAME_BYTES = 64;

	/**
	 * Return the request that creates one group.
	 * @param fromAccount the user
	 * @param groupName the group's name
	 * @param conversations the group's first conversations
	 * @return the request
	 */
	public static CreateContactGroupRequest of(String fromAccount, String groupName,
			List<ConversationRef> conversations) {
		return new CreateContactGroupRequest(fromAccount, List.of(new NewGroup(groupName, conversations)));
	}

	/**
	 * A group to create.
	 *
	 * @param groupName the group's name ({@code GroupName})
	 * @param contactItem its first conversations ({@code ContactItem})
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record NewGroup(@JsonProperty("GroupName") String groupName,
			@JsonProperty("ContactItem") @Nullable List<ConversationRef> contactItem) {

	}

}
