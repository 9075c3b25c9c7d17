package io.github.chatadmin.client.api.conversation;

import java.util.List;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Conversation operations: a user's recent conversations ({@code recentcontact/get_list},
 * {@code delete}), conversation groups and conversation marks.
 * <p>
 * Whole lists are {@link Flux}es that read a page only when the subscriber asks for more,
 * stop at the vendor's end marker ({@code CompleteFlag} 1) and fail on a cursor that does
 * not move. Conversation groups and standard marks need the vendor's Pro, Pro Plus or
 * Enterprise edition; a user has at most 20 groups, and groups and marks together cover
 * at most 1,000 conversations (beyond, error 51008). Bad input is refused with an
 * {@link IllegalArgumentException} naming the vendor's field before anything is sent.
 * Common errors: 50001 the user is not imported, 50002 invalid parameters.
 *
 * @author chat-admin
 */
public interface ConversationOperations {

	/**
	 * Return every conversation of a user, pinned ones first, then the others newest
	 * first, as {@code recentcontact/get_list} pages them (200 calls/s).
	 * @param fromAccount the user
	 * @return the conversations, read page by page as the subscriber asks for them
	 * @see <a href="https://trtc.io/document/43087">get_list</a>
	 */
	Flux<GetConversationsResponse.Conversation> list(String fromAccount);

	/**
	 * Read one page of a user's conversations ({@code recentcontact/get_list}).
	 * @param request the user and the page's cursors, see
	 * {@link GetConversationsRequest#first(String)} and
	 * {@link GetConversationsRequest#next(GetConversationsResponse)}
	 * @return the page
	 * @see <a href="https://trtc.io/document/43087">get_list</a>
	 */
	Mono<GetConversationsResponse> listPage(GetConversationsRequest request);

	/**
	 * Delete one conversation of a user ({@code recentcontact/delete}), optionally with
	 * its roaming messages.
	 * @param fromAccount the user
	 * @param conversation the conversation
	 * @param clearMessages whether to clear the conversation's roaming messages too
	 * @return completes once deleted
	 * @see <a href="https://trtc.io/document/43088">delete</a>
	 */
	Mono<Void> delete(String fromAccount, ConversationRef conversation, boolean clearMessages);

	/**
	 * Create a conversation group ({@code recentcontact/create_contact_group}, one group
	 * per call, up to 100 first conversations, a name of at most 64 bytes).
	 * @param fromAccount the user
	 * @param groupName the group's name
	 * @param conversations its first conversations, may be empty
	 * @return the group with the ID the vendor gave it, and a result per conversation
	 * @see <a href="https://trtc.io/document/53437">create_contact_group</a>
	 */
	Mono<CreateContactGroupResponse> createGroup(String fromAccount, String groupName,
			List<ConversationRef> conversations);

	/**
	 * Rename a conversation group ({@code recentcontact/update_contact_group}).
	 * @param fromAccount the user
	 * @param oldName the group's name
	 * @param newName its new name
	 * @return the result
	 * @see <a href="https://trtc.io/document/53439">update_contact_group</a>
	 */
	Mono<UpdateContactGroupResponse> renameGroup(String fromAccount, String oldName, String newName);

	/**
	 * Add conversations to a conversation group and remove others
	 * ({@code recentcontact/update_contact_group}).
	 * @param fromAccount the user
	 * @param groupName the group's name
	 * @param add the conversations to add
	 * @param remove the conversations to remove
	 * @return a result per conversation
	 * @see <a href="https://trtc.io/document/53439">update_contact_group</a>
	 */
	Mono<UpdateContactGroupResponse> changeGroup(String fromAccount, String groupName, List<ConversationRef> add,
			List<ConversationRef> remove);

	/**
	 * Update a conversation group as the request says
	 * ({@code recentcontact/update_contact_group}).
	 * @param request the request
	 * @return the result
	 * @see <a href="https://trtc.io/document/53439">update_contact_group</a>
	 */
	Mono<UpdateContactGroupResponse> updateGroup(UpdateContactGroupRequest request);

	/**
	 * Delete a conversation group ({@code recentcontact/del_contact_group}, one group per
	 * call).
	 * @param fromAccount the user
	 * @param groupName the group's name
	 * @return the deleted group
	 * @see <a href="https://trtc.io/document/53441">del_contact_group</a>
	 */
	Mono<DeleteContactGroupResponse> deleteGroup(String fromAccount, String groupName);

	/**
	 * Set standard and custom conversation marks ({@code recentcontact/mark_contact}).
	 * More than 100 marks are split into calls of 100, merged in input order. A single
	 * call that fails fails the result; of split calls, the conversations of a failed one
	 * carry its error code, and only when every call fails does the result fail.
	 * @param fromAccount the user
	 * @param marks the marks, any number
	 * @return a result per conversation
	 * @see <a href="https://trtc.io/document/53438">mark_contact</a>
	 */
	Mono<MarkContactResponse> mark(String fromAccount, List<MarkContactRequest.Mark> marks);

	/**
	 * Read the groups and marks of conversations
	 * ({@code recentcontact/search_contact_group}). More than 300 conversations are split
	 * into calls of 300, merged in input order, each group listed once; the answer has no
	 * per-conversation result, so a call that fails fails the result.
	 * @param fromAccount the user
	 * @param conversations the conversations, any number
	 * @return their groups and marks
	 * @see <a href="https://trtc.io/document/53442">search_contact_group</a>
	 */
	Mono<SearchContactGroupResponse> search(String fromAccount, List<ConversationRef> conversations);

	/**
	 * Return the groups and marks of every grouped or marked conversation of a user, as
	 * {@code recentcontact/get_contact_group} pages them.
	 * @param fromAccount the user
	 * @return the conversations' marks, read page by page as the subscriber asks for them
	 * @see <a href="https://trtc.io/document/53440">get_contact_group</a>
	 */
	Flux<ConversationMarks> marks(String fromAccount);

	/**
	 * Read one page of a user's conversation groups and marks
	 * ({@code recentcontact/get_contact_group}); each page also carries the user's
	 * groups.
	 * @param request the user and where the page starts
	 * @return the page
	 * @see <a href="https://trtc.io/document/53440">get_contact_group</a>
	 */
	Mono<GetContactGroupResponse> marksPage(GetContactGroupRequest request);

}
