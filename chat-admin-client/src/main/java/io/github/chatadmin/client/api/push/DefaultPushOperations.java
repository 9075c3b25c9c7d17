package io.github.chatadmin.client.api.push;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

import io.github.chatadmin.client.ChatAdminException;
import io.github.chatadmin.client.ChatAdminOperations;
import io.github.chatadmin.client.ChatCommand;
import io.github.chatadmin.client.api.BatchCalls;
import io.github.chatadmin.client.api.Pages;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Default {@link PushOperations}, on top of
 * {@link ChatAdminOperations#execute(ChatCommand, Object)}.
 *
 * @author chat-admin
 */
public class DefaultPushOperations implements PushOperations {

	private final ChatAdminOperations operations;

	private final int concurrency;

	/**
	 * Create the operations.
	 * @param operations the template the calls go through
	 * @param concurrency how many calls a split list keeps in flight
	 */
	public DefaultPushOperations(ChatAdminOperations operations, int concurrency) {
		this.operations = operations;
		this.concurrency = concurrency;
	}

	@Override
	public Mono<PushResponse> pushToAll(PushRequest request) {
		return this.operations.execute(PushCommands.PUSH, request);
	}

	@Override
	public Mono<PushResponse> pushToUsers(UserPushRequest request) {
		return this.operations.execute(PushCommands.PUSH_TO_USERS, request);
	}

	@Override
	public Mono<Void> revoke(RevokePushRequest request) {
		return this.operations.execute(PushCommands.REVOKE, request).then();
	}

	@Override
	public Mono<Void> revoke(String taskId) {
		return revoke(RevokePushRequest.of(taskId));
	}

	@Override
	public Mono<Void> setAttributeNames(AttributeNamesRequest request) {
		return this.operations.execute(PushCommands.SET_ATTRIBUTE_NAMES, request).then();
	}

	@Override
	public Mono<AttributeNamesResponse> attributeNames() {
		return this.operations.execute(PushCommands.GET_ATTRIBUTE_NAMES, null);
	}

	@Override
	public Mono<UserAttributesResponse> attributes(List<String> users) {
		return getAttributes(PushCommands.GET_ATTRIBUTES, users);
	}

	@Override
	public Mono<PushUsersResponse> setAttributes(List<UserAttributes> users) {
		return write(PushCommands.SET_ATTRIBUTES, users, UserAttributesRequest::new, UserAttributes::toAccount);
	}

	@Override
	public Mono<PushUsersResponse> removeAttributes(List<UserAttributeNames> users) {
		return write(PushCommands.REMOVE_ATTRIBUTES, users, RemoveAttributesRequest::new,
				UserAttributeNames::toAccount);
	}

	@Override
	public Mono<UserTagsResponse> tags(List<String> users) {
		return getTags(PushCommands.GET_TAGS, users);
	}

	@Override
	public Mono<PushUsersResponse> addTags(List<UserTags> users) {
		return write(PushCommands.ADD_TAGS, users, UserTagsRequest::new, UserTags::toAccount);
	}

	@Override
	public Mono<PushUsersResponse> removeTags(List<UserTags> users) {
		return write(PushCommands.REMOVE_TAGS, users, UserTagsRequest::new, UserTags::toAccount);
	}

	@Override
	public Mono<PushUsersResponse> clearTags(List<String> users) {
		return write(PushCommands.CLEAR_TAGS, users, PushUsersRequest::new, Function.identity());
	}

	@Override
	public Mono<ScheduledTaskIdResponse> schedule(AddScheduledPushRequest request) {
		return this.operations.execute(PushCommands.ADD_SCHEDULED, request);
	}

	@Override
	public Mono<ScheduledTaskResponse> scheduledTask(long sdkAppId, long taskId) {
		return this.operations.execute(PushCommands.GET_SCHEDULED, new ScheduledTaskRequest(sdkAppId, taskId));
	}

	@Override
	public Flux<ScheduledTask> scheduledTasks(ListScheduledTasksRequest first) {
		return Flux.defer(() -> {
			PushCommands.LIST_SCHEDULED.validate(first);
			return Pages.walk(first, this::scheduledTasksPage, ScheduledTaskPage::taskList,
					ListScheduledTasksRequest::next);
		});
	}

	@Override
	public Mono<ScheduledTaskPage> scheduledTasksPage(ListScheduledTasksRequest request) {
		return this.operations.execute(PushCommands.LIST_SCHEDULED, request);
	}

	@Override
	public Mono<ScheduledTaskIdResponse> modifyScheduled(ModifyScheduledPushRequest request) {
		return this.operations.execute(PushCommands.MODIFY_SCHEDULED, request);
	}

	@Override
	public Mono<ScheduledTaskIdResponse> deleteScheduled(DeleteScheduledPushRequest request) {
		return this.operations.execute(PushCommands.DELETE_SCHEDULED, request);
	}

	@Override
	public Mono<PushResponse> legacyPushToAll(LegacyPushRequest request) {
		return this.operations.execute(PushCommands.LEGACY_PUSH, request);
	}

	@Override
	public Mono<Void> legacySetAttributeNames(AttributeNamesRequest request) {
		return this.operations.execute(PushCommands.LEGACY_SET_ATTRIBUTE_NAMES, request).then();
	}

	@Override
	public Mono<AttributeNamesResponse> legacyAttributeNames() {
		return this.operations.execute(PushCommands.LEGACY_GET_ATTRIBUTE_NAMES, null);
	}

	@Override
	public Mono<UserAttributesResponse> legacyAttributes(List<String> users) {
		return getAttributes(PushCommands.LEGACY_GET_ATTRIBUTES, users);
	}

	@Override
	public Mono<PushUsersResponse> legacySetAttributes(List<UserAttributes> users) {
		return write(PushCommands.LEGACY_SET_ATTRIBUTES, users, UserAttributesRequest::new, UserAttributes::toAccount);
	}

	@Override
	public Mono<PushUsersResponse> legacyRemoveAttributes(List<UserAttributeNames> users) {
		return write(PushCommands.LEGACY_REMOVE_ATTRIBUTES, users, RemoveAttributesRequest::new,
				UserAttributeNames::toAccount);
	}

	@Override
	public Mono<UserTagsResponse> legacyTags(List<String> users) {
		return getTags(PushCommands.LEGACY_GET_TAGS, users);
	}

	@Override
	public Mono<PushUsersResponse> legacyAddTags(List<UserTags> users) {
		return write(PushCommands.LEGACY_ADD_TAGS, users, UserTagsRequest::new, UserTags::toAccount);
	}

	@Override
	public Mono<PushUsersResponse> legacyRemoveTags(List<UserTags> users) {
		return write(PushCommands.LEGACY_REMOVE_TAGS, users, UserTagsRequest::new, UserTags::toAccount);
	}

	@Override
	public Mono<PushUsersResponse> legacyClearTags(List<String> users) {
		return write(PushCommands.LEGACY_CLEAR_TAGS, users, PushUsersRequest::new, Function.identity());
	}

	private Mono<UserAttributesResponse> getAttributes(ChatCommand<PushUsersRequest, UserAttributesResponse> command,
			List<String> users) {
		return split(command, users, PushUsersRequest::new,
				(chunk, ex) -> new UserAttributesResponse(List.of(), failures(chunk, Function.identity(), ex),
						Map.of()),
				(responses) -> new UserAttributesResponse(
						responses.stream().flatMap((response) -> response.users().stream()).toList(),
						responses.stream().flatMap((response) -> response.failures().stream()).toList(), Map.of()));
	}

	private Mono<UserTagsResponse> getTags(ChatCommand<PushUsersRequest, UserTagsResponse> command,
			List<String> users) {
		return split(command, users, PushUsersRequest::new,
				(chunk, ex) -> new UserTagsResponse(List.of(), failures(chunk, Function.identity(), ex), Map.of()),
				(responses) -> new UserTagsResponse(
						responses.stream().flatMap((response) -> response.users().stream()).toList(),
						responses.stream().flatMap((response) -> response.failures().stream()).toList(), Map.of()));
	}

	private <T, Q> Mono<PushUsersResponse> write(ChatCommand<Q, PushUsersResponse> command, List<T> items,
			Function<List<T>, Q> request, Function<T, String> account) {
		return split(command, items, request,
				(chunk, ex) -> new PushUsersResponse(failures(chunk, account, ex), Map.of()),
				(responses) -> new PushUsersResponse(
						responses.stream().flatMap((response) -> response.failures().stream()).toList(), Map.of()));
	}

	private <T, Q, R> Mono<R> split(ChatCommand<Q, R> command, List<T> items, Function<List<T>, Q> request,
			BiFunction<List<T>, ChatAdminException, R> onChunkFailure, Function<List<R>, R> merge) {
		return Mono.defer(() -> {
			if (items == null) {
				throw new IllegalArgumentException("The list of users must not be null");
			}
			List<Q> calls = new ArrayList<>();
			if (items.isEmpty()) {
				calls.add(request.apply(List.of()));
			}
			else {
				BatchCalls.partition(items, command.batchLimit()).forEach((chunk) -> calls.add(request.apply(chunk)));
			}
			calls.forEach(command::validate);
			return BatchCalls.merged(items, command.batchLimit(), this.concurrency,
					(chunk) -> this.operations.execute(command, request.apply(chunk)), onChunkFailure, merge);
		});
	}

	private static <T> List<PushUserError> failures(List<T> chunk, Function<T, String> account, ChatAdminException ex) {
		int code = BatchCalls.resultCodeOf(ex);
		return chunk.stream().map((item) -> new PushUserError(account.apply(item), code, null)).toList();
	}

}
