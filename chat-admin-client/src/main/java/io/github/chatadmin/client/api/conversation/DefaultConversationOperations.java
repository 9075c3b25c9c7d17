package io.github.chatadmin.client.api.conversation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.chatadmin.client.ChatAdminOperations;
import io.github.chatadmin.client.ChatCommand;
import io.github.chatadmin.client.api.BatchCalls;
import io.github.chatadmin.client.api.Pages;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/**
 * Default {@link ConversationOperations}, on top of
 * {@link ChatAdminOperations#execute(ChatCommand, Object)}.
 *
 * @author chat-admin
 */
public class DefaultConversationOperations implements ConversationOperations {

	private final ChatAdminOperations operations;

	private final int concurrency;

	/**
	 * Create the operations.
	 * @param operations the template the calls go through
	 * @param concurrency how many calls a split list keeps in flight
	 */
	public DefaultConversationOperations(ChatAdminOperations operations, int concurrency) {
		this.operations = operations;
		this.concurrency = concurrency;
	}

	@Override
	public Flux<GetConversationsResponse.Conversation> list(String fromAccount) {
		return Flux.defer(() -> {
			GetConversationsRequest first = GetConversationsRequest.first(fromAccount);
			ConversationCommands.GET_LIST.validate(first);
			return Pages.walk(first, this::listPage, GetConversationsResponse::conversations,
					GetConversationsRequest::next);
		});
	}

	@Override
	public Mono<GetConversationsResponse> listPage(GetConversationsRequest request) {
		return this.operations.execute(ConversationCommands.GET_LIST, request);
	}

	@Override
	public Mono<Void> delete(String fromAccount, ConversationRef conversation, boolean clearMessages) {
		return Mono.defer(() -> this.operations.execute(ConversationCommands.DELETE,
				DeleteConversationRequest.of(fromAccount, conversation, clearMessages)))
			.then();
	}

	@Override
	public Mono<CreateContactGroupResponse> createGroup(String fromAccount, String groupName,
			List<ConversationRef> conversations) {
		return Mono.defer(() -> this.operations.execute(ConversationCommands.CREATE_CONTACT_GROUP,
				CreateContactGroupRequest.of(fromAccount, groupName, conversations)));
	}

	@Override
	public Mono<UpdateContactGroupResponse> renameGroup(String fromAccount, String oldName, String newName) {
		return Mono.defer(() -> updateGroup(UpdateContactGroupRequest.rename(fromAccount, oldName, newName)));
	}

	@Override
	public Mono<UpdateContactGroupResponse> changeGroup(String fromAccount, String groupName, List<ConversationRef> add,
			List<ConversationRef> remove) {
		return Mono.defer(() -> updateGroup(UpdateContactGroupRequest.change(fromAccount, groupName, add, remove)));
	}

	@Override
	public Mono<UpdateContactGroupResponse> updateGroup(UpdateContactGroupRequest request) {
		return this.operations.execute(ConversationCommands.UPDATE_CONTACT_GROUP, request);
	}

	@Override
	public Mono<DeleteContactGroupResponse> deleteGroup(String fromAccount, String groupName) {
		return Mono.defer(() -> this.operations.execute(ConversationCommands.DEL_CONTACT_GROUP,
				DeleteContactGroupRequest.of(fromAccount, groupName)));
	}

	@Override
	public Mono<MarkContactResponse> mark(String fromAccount, List<MarkContactRequest.Mark> marks) {
		return Mono.defer(() -> {
			List<MarkContactRequest> calls = BatchCalls.checkedCalls(marks, ConversationCommands.MARK_CONTACT,
					(chunk) -> new MarkContactRequest(fromAccount, chunk));
			return BatchCalls
				.perCall(calls, this.concurrency,
						(call) -> this.operations.execute(ConversationCommands.MARK_CONTACT, call),
						(call, ex) -> new MarkContactResponse(call.markItem()
							.stream()
							.map((mark) -> new ConversationResult(null, mark.optType(), mark.contactItem(),
									BatchCalls.resultCodeOf(ex), ex.getMessage()))
							.toList(), Map.of()))
				.map((responses) -> {
					List<ConversationResult> results = new ArrayList<>();
					Map<String, JsonNode> extra = new LinkedHashMap<>();
					for (MarkContactResponse response : responses) {
						results.addAll(response.results());
						extra.putAll(response.extra());
					}
					return new MarkContactResponse(results, extra);
				});
		});
	}

	@Override
	public Mono<SearchContactGroupResponse> search(String fromAccount, List<ConversationRef> conversations) {
		return Mono.defer(() -> {
			List<SearchContactGroupRequest> calls = BatchCalls.checkedCalls(conversations,
					ConversationCommands.SEARCH_CONTACT_GROUP,
					(chunk) -> new SearchContactGroupRequest(fromAccount, chunk));
			return BatchCalls.perCall(calls, this.concurrency,
					(call) -> this.operations.execute(ConversationCommands.SEARCH_CONTACT_GROUP, call), (call, ex) -> {
						// the answer has no per-item result to carry the failure
						throw ex;
					})
				.map((responses) -> {
					List<ConversationMarks> found = new ArrayList<>();
					Map<Long, ContactGroup> groups = new LinkedHashMap<>();
					Map<String, JsonNode> extra = new LinkedHashMap<>();
					for (SearchContactGroupResponse response : responses) {
						found.addAll(response.conversations());
						response.groups().forEach((group) -> groups.putIfAbsent(group.groupId(), group));
						extra.putAll(response.extra());
					}
					return new SearchContactGroupResponse(found, new ArrayList<>(groups.values()), extra);
				});
		});
	}

	@Override
	public Flux<ConversationMarks> marks(String fromAccount) {
		return Flux.defer(() -> {
			GetContactGroupRequest first = GetContactGroupRequest.first(fromAccount);
			ConversationCommands.GET_CONTACT_GROUP.validate(first);
			return Pages.walk(first, this::marksPage, GetContactGroupResponse::conversations,
					GetContactGroupRequest::next);
		});
	}

	@Override
	public Mono<GetContactGroupResponse> marksPage(GetContactGroupRequest request) {
		return this.operations.execute(ConversationCommands.GET_CONTACT_GROUP, request);
	}

}
