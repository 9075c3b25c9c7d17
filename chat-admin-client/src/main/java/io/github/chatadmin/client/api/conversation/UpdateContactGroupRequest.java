package io.github.chatadmin.client.api.conversation;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The request of {@code recentcontact/update_contact_group}: rename a conversation group,
 * or add conversations to it and remove conversations from it.
 *
 * @param fromAccount the user ({@code From_Account})
 * @param updateType {@code 1}, the only value the vendor documents: the update is per
 * group ({@code UpdateType})
 * @param updateGroup the update ({@code UpdateGroup})
 * @author chat-admin
 * @see <a href="https://trtc.io/document/53439">update_contact_group</a>
 */
public record UpdateContactGroupRequest(@JsonProperty("From_Account") String fromAccount,
		@JsonProperty("UpdateType") int updateType, @JsonProperty("UpdateGroup") GroupUpdate updateGroup) {

	/**
	 * {@code UpdateGroupType} of a rename.
	 */
	public static final int RENAME = 1;

	/**
	 * {@code UpdateGroupType} of adding and removing conversations.
	 */
	public static final int CHANGE_CONVERSATIONS = 2;

	/**
	 * {@code ContactOptType} of adding a conversation.
	 */
	public static final int ADD = 1;

	/**
	 * {@code ContactOptType} of removing a conversation.
	 */
	public static final int REMOVE = 2;

	/**
	 * Return the request that renames a group.
	 * @param fromAccount the user
	 * @param oldName the group's name
	 * @param newName its new name
	 * @return the request
	 */
	public static UpdateContactGroupRequest rename(String fromAccount, String oldName, String newName) {
		return new UpdateContactGroupRequest(fromAccount, 1, new GroupUpdate(RENAME, oldName, newName, null));
	}

	/**
	 * Return the request that adds conversations to a group and removes others.
	 * @param fromAccount the user
	 * @param groupName the group's name
	 * @param add the conversations to add
	 * @param remove the conversations to remove
	 * @return the request
	 */
	public static UpdateContactGroupRequest change(String fromAccount, String groupName, List<ConversationRef> add,
			List<ConversationRef> remove) {
		List<ContactUpdate> items = new ArrayList<>();
		add.forEach((conversation) -> items.add(new ContactUpdate(ADD, conversation)));
		remove.forEach((conversation) -> items.add(new ContactUpdate(REMOVE, conversation)));
		return new UpdateContactGroupRequest(fromAccount, 1,
				new GroupUpdate(CHANGE_CONVERSATIONS, groupName, null, List.copyOf(items)));
	}

	/**
	 * The update of one group.
	 *
	 * @param updateGroupType {@link #RENAME} or {@link #CHANGE_CONVERSATIONS}
	 * ({@code UpdateGroupType})
	 * @param oldGroupName the group's current name ({@code OldGroupName})
	 * @param newGroupName the new name, for a rename ({@code NewGroupName})
	 * @param contactUpdateItem the conversations to add or remove
	 * ({@code ContactUpdateItem})
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record GroupUpdate(@JsonProperty("UpdateGroupType") int updateGroupType,
			@JsonProperty("OldGroupName") String oldGroupName,
			@JsonProperty("NewGroupName") @Nullable String newGroupName,
			@JsonProperty("ContactUpdateItem") @Nullable List<ContactUpdate> contactUpdateItem) {

	}

	/**
	 * One conversation to add or remove.
	 *
	 * @param contactOptType {@link #ADD} or {@link #REMOVE} ({@code ContactOptType})
	 * @param contactItem the conversation ({@code ContactItem})
	 */
	public record ContactUpdate(@JsonProperty("ContactOptType") int contactOptType,
			@JsonProperty("ContactItem") ConversationRef contactItem) {

	}

}
