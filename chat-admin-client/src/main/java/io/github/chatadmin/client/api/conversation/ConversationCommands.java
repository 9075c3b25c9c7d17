package io.github.chatadmin.client.api.conversation;

import java.util.List;

import io.github.chatadmin.client.ChatCommand;
import io.github.chatadmin.client.ChatResponse;
import io.github.chatadmin.client.api.RequestChecks;
import org.jspecify.annotations.Nullable;

/**
 * The conversation commands of the REST API (recent conversations, conversation groups
 * and marks), each declared once with its limits and input checks.
 *
 * @author chat-admin
 */
public final class ConversationCommands {

	private static final String SERVICE = "recentcontact";

	/**
	 * Read one page of a user's conversations.
	 */
	public static final ChatCommand<GetConversationsRequest, GetConversationsResponse> GET_LIST = ChatCommand
		.read(SERVICE, "get_list", GetConversationsRequest.class, GetConversationsResponse.class)
		.withCheck((request) -> {
			RequestChecks.userId(request.fromAccount(), "From_Account");
			RequestChecks.range(request.timeStamp(), "TimeStamp", 0, Long.MAX_VALUE);
			RequestChecks.range(request.startIndex(), "StartIndex", 0, Long.MAX_VALUE);
			RequestChecks.range(request.topTimeStamp(), "TopTimeStamp", 0, Long.MAX_VALUE);
			RequestChecks.range(request.topStartIndex(), "TopStartIndex", 0, Long.MAX_VALUE);
			RequestChecks.range(request.assistFlags(), "AssistFlags", 0, Long.MAX_VALUE);
		});

	/**
	 * Delete one conversation of a user, optionally with its roaming messages.
	 */
	public static final ChatCommand<DeleteConversationRequest, ChatResponse> DELETE = ChatCommand
		.write(SERVICE, "delete", DeleteConversationRequest.class, ChatResponse.class)
		.withCheck((request) -> {
			RequestChecks.userId(request.fromAccount(), "From_Account");
			checkConversation(request.type(), request.toAccount(), request.toGroupId(), "", "ToGroupid");
			if (request.clearRamble() != null) {
				RequestChecks.range(request.clearRamble(), "ClearRamble", 0, 1);
			}
		});

	/**
	 * Create one conversation group with its first conversations.
	 */
	public static final ChatCommand<CreateContactGroupRequest, CreateContactGroupResponse> CREATE_CONTACT_GROUP = ChatCommand
		.write(SERVICE, "create_contact_group", CreateContactGroupRequest.class, CreateContactGroupResponse.class)
		.withList("GroupContactItem", 1, CreateContactGroupRequest::groupContactItem)
		.withCheck((request) -> {
			RequestChecks.userId(request.fromAccount(), "From_Account");
			CreateContactGroupRequest.NewGroup group = request.groupContactItem().get(0);
			RequestChecks.notNull(group, "GroupContactItem[0]");
			checkGroupName(group.groupName(), "GroupContactItem[0].GroupName");
			List<ConversationRef> items = group.contactItem();
			if (items != null) {
				if (items.size() > CreateContactGroupRequest.MAX_CONVERSATIONS) {
					throw new IllegalArgumentException("'GroupContactItem[0].ContactItem' has " + items.size()
							+ " conversations, but the vendor takes at most "
							+ CreateContactGroupRequest.MAX_CONVERSATIONS);
				}
				checkConversations(items, "GroupContactItem[0].ContactItem");
			}
		});

	/**
	 * Rename a conversation group, or add conversations to it and remove others.
	 */
	public static final ChatCommand<UpdateContactGroupRequest, UpdateContactGroupResponse> UPDATE_CONTACT_GROUP = ChatCommand
		.write(SERVICE, "update_contact_group", UpdateContactGroupRequest.class, UpdateContactGroupResponse.class)
		.withCheck((request) -> {
			RequestChecks.userId(request.fromAccount(), "From_Account");
			RequestChecks.range(request.updateType(), "UpdateType", 1, 1);
			UpdateContactGroupRequest.GroupUpdate update = request.updateGroup();
			RequestChecks.notNull(update, "UpdateGroup");
			checkGroupName(update.oldGroupName(), "UpdateGroup.OldGroupName");
			if (update.updateGroupType() == UpdateContactGroupRequest.RENAME) {
				checkGroupName(update.newGroupName(), "UpdateGroup.NewGroupName");
			}
			else if (update.updateGroupType() == UpdateContactGroupRequest.CHANGE_CONVERSATIONS) {
				List<UpdateContactGroupRequest.ContactUpdate> items = update.contactUpdateItem();
				if (items == null || items.isEmpty()) {
					throw new IllegalArgumentException("'UpdateGroup.ContactUpdateItem' must not be empty");
				}
				for (int i = 0; i < items.size(); i++) {
					String field = "UpdateGroup.ContactUpdateItem[" + i + "]";
					UpdateContactGroupRequest.ContactUpdate item = items.get(i);
					RequestChecks.notNull(item, field);
					RequestChecks.range(item.contactOptType(), field + ".ContactOptType", 1, 2);
					checkConversation(item.contactItem(), field + ".ContactItem");
				}
			}
			else {
				throw new IllegalArgumentException("'UpdateGroup.UpdateGroupType' must be 1 (rename) or 2"
						+ " (add or remove conversations), but was " + update.updateGroupType());
			}
		});

	/**
	 * Delete one conversation group.
	 */
	public static final ChatCommand<DeleteContactGroupRequest, DeleteContactGroupResponse> DEL_CONTACT_GROUP = ChatCommand
		.write(SERVICE, "del_contact_group", DeleteContactGroupRequest.class, DeleteContactGroupResponse.class)
		.withList("GroupName", 1, DeleteContactGroupRequest::groupName)
		.withCheck((request) -> {
			RequestChecks.userId(request.fromAccount(), "From_Account");
			RequestChecks.notEmpty(request.groupName().get(0), "GroupName[0]");
		});

	/**
	 * Set the standard and custom marks of up to 100 conversations.
	 */
	public static final ChatCommand<MarkContactRequest, MarkContactResponse> MARK_CONTACT = ChatCommand
		.write(SERVICE, "mark_contact", MarkContactRequest.class, MarkContactResponse.class)
		.withList("MarkItem", MarkContactRequest.MAX_MARKS, MarkContactRequest::markItem)
		.withCheck((request) -> {
			RequestChecks.userId(request.fromAccount(), "From_Account");
			List<MarkContactRequest.Mark> items = request.markItem();
			for (int i = 0; i < items.size(); i++) {
				String field = "MarkItem[" + i + "]";
				MarkContactRequest.Mark item = items.get(i);
				RequestChecks.notNull(item, field);
				RequestChecks.range(item.optType(), field + ".OptType", 1, 3);
				checkConversation(item.contactItem(), field + ".ContactItem");
				RequestChecks.maxBytes(item.customMark(), field + ".CustomMark",
						MarkContactRequest.MAX_CUSTOM_MARK_BYTES);
			}
		});

	/**
	 * Read the groups and marks of up to 300 conversations.
	 */
	public static final ChatCommand<SearchContactGroupRequest, SearchContactGroupResponse> SEARCH_CONTACT_GROUP = ChatCommand
		.read(SERVICE, "search_contact_group", SearchContactGroupRequest.class, SearchContactGroupResponse.class)
		.withList("ContactItem", SearchContactGroupRequest.MAX_CONVERSATIONS, SearchContactGroupRequest::contactItem)
		.withCheck((request) -> {
			RequestChecks.userId(request.fromAccount(), "From_Account");
			checkConversations(request.contactItem(), "ContactItem");
		});

	/**
	 * Read one page of a user's conversation groups and marks.
	 */
	public static final ChatCommand<GetContactGroupRequest, GetContactGroupResponse> GET_CONTACT_GROUP = ChatCommand
		.read(SERVICE, "get_contact_group", GetContactGroupRequest.class, GetContactGroupResponse.class)
		.withCheck((request) -> {
			RequestChecks.userId(request.fromAccount(), "From_Account");
			RequestChecks.range(request.startIndex(), "StartIndex", 0, Long.MAX_VALUE);
		});

	private ConversationCommands() {
	}

	private static void checkGroupName(@Nullable String name, String field) {
		RequestChecks.notEmpty(name, field);
		RequestChecks.maxBytes(name, field, CreateContactGroupRequest.MAX_NAME_BYTES);
	}

	private static void checkConversations(List<ConversationRef> items, String field) {
		for (int i = 0; i < items.size(); i++) {
			checkConversation(items.get(i), field + "[" + i + "]");
		}
	}

	private static void checkConversation(@Nullable ConversationRef item, String field) {
		RequestChecks.notNull(item, field);
		checkConversation(item.type(), item.toAccount(), item.toGroupId(), field + ".", "ToGroupId");
	}

	private static void checkConversation(@Nullable ConversationType type, @Nullable String toAccount,
			@Nullable String toGroupId, String prefix, String groupField) {
		RequestChecks.notNull(type, prefix + "Type");
		if (ConversationType.C2C.equals(type)) {
			RequestChecks.userId(toAccount, prefix + "To_Account");
		}
		else if (ConversationType.GROUP.equals(type)) {
			RequestChecks.groupId(toGroupId, prefix + groupField);
		}
		else {
			throw new IllegalArgumentException("'" + prefix + "Type' must be 1 (one-to-one) or 2 (group)");
		}
	}

}
