package io.github.chatadmin.client.api.community;

import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

import io.github.chatadmin.client.ChatAdminException;
import io.github.chatadmin.client.ChatAdminOperations;
import io.github.chatadmin.client.ChatCommand;
import io.github.chatadmin.client.api.BatchCalls;
import io.github.chatadmin.client.api.Pages;
import io.github.chatadmin.client.api.group.MemberAccount;
import io.github.chatadmin.client.api.group.MemberResult;
import io.github.chatadmin.client.api.group.MemberResultsResponse;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Default {@link CommunityOperations}, on top of
 * {@link ChatAdminOperations#execute(io.github.chatadmin.client.ChatCommand, Object)}.
 *
 * @author chat-admin
 */
public class DefaultCommunityOperations implements CommunityOperations {

	/**
	 * The page size of {@link #permissionGroupMembers(String, String)}, as in the
	 * vendor's example.
	 */
	static final int MEMBER_PAGE_SIZE = 50;

	private final ChatAdminOperations operations;

	private final int concurrency;

	/**
	 * Create the operations.
	 * @param operations the template the calls go through
	 * @param concurrency how many calls a split list keeps in flight
	 */
	public DefaultCommunityOperations(ChatAdminOperations operations, int concurrency) {
		this.operations = operations;
		this.concurrency = concurrency;
	}

	@Override
	public Mono<TopicIdResponse> createTopic(CreateTopicRequest request) {
		return this.operations.execute(CommunityCommands.CREATE_TOPIC, request);
	}

	@Override
	public Mono<TopicIdResponse> createTopic(String groupId, String topicName) {
		return Mono.defer(() -> createTopic(CreateTopicRequest.builder(groupId, topicName).build()));
	}

	@Override
	public Mono<TopicsResponse> topics(GetTopicsRequest request) {
		return this.operations.execute(CommunityCommands.GET_TOPICS, request);
	}

	@Override
	public Mono<TopicsResponse> topics(String groupId, String fromAccount) {
		return topics(GetTopicsRequest.all(groupId, fromAccount));
	}

	@Override
	public Mono<Void> modifyTopic(ModifyTopicRequest request) {
		return this.operations.execute(CommunityCommands.MODIFY_TOPIC, request).then();
	}

	@Override
	public Mono<DestroyTopicsResponse> destroyTopics(String groupId, List<String> topicIds) {
		return this.operations.execute(CommunityCommands.DESTROY_TOPICS, new DestroyTopicsRequest(groupId, topicIds));
	}

	@Override
	public Mono<TopicIdResponse> importTopic(ImportTopicRequest request) {
		return this.operations.execute(CommunityCommands.IMPORT_TOPIC, request);
	}

	@Override
	public Mono<PermissionGroupIdResponse> createPermissionGroup(CreatePermissionGroupRequest request) {
		return this.operations.execute(CommunityCommands.CREATE_PERMISSION_GROUP, request);
	}

	@Override
	public Mono<PermissionGroupResultsResponse> destroyPermissionGroups(String groupId,
			List<String> permissionGroupIds) {
		return Mono.defer(() -> {
			List<DestroyPermissionGroupsRequest> calls = BatchCalls.checkedCalls(permissionGroupIds,
					CommunityCommands.DESTROY_PERMISSION_GROUPS,
					(chunk) -> new DestroyPermissionGroupsRequest(groupId, chunk));
			return perCall(calls, CommunityCommands.DESTROY_PERMISSION_GROUPS,
					(call, ex) -> new PermissionGroupResultsResponse(call.permissionGroupIdList()
						.stream()
						.map((id) -> new PermissionGroupResult(BatchCalls.resultCodeOf(ex), ex.getMessage(), id))
						.toList(), Map.of()),
					PermissionGroupResultsResponse::results,
					(results) -> new PermissionGroupResultsResponse(results, Map.of()));
		});
	}

	@Override
	public Mono<Void> modifyPermissionGroup(ModifyPermissionGroupRequest request) {
		return this.operations.execute(CommunityCommands.MODIFY_PERMISSION_GROUP, request).then();
	}

	@Override
	public Flux<PermissionGroupInfo> permissionGroups(String groupId) {
		return Flux.defer(() -> {
			GetPermissionGroupsRequest first = GetPermissionGroupsRequest.first(groupId,
					GetPermissionGroupsRequest.MAX_PAGE_SIZE);
			CommunityCommands.GET_PERMISSION_GROUPS.validate(first);
			return Pages.walk(first, this::permissionGroupsPage, PermissionGroupsResponse::permissionGroups,
					GetPermissionGroupsRequest::next);
		});
	}

	@Override
	public Mono<PermissionGroupsResponse> permissionGroupsPage(GetPermissionGroupsRequest request) {
		return this.operations.execute(CommunityCommands.GET_PERMISSION_GROUPS, request);
	}

	@Override
	public Mono<TopicPermissionsResponse> addTopicPermissions(TopicPermissionsRequest request) {
		return Mono.defer(() -> {
			List<TopicPermissionsRequest> calls = BatchCalls.checkedCalls(request.topicPermissionList(),
					CommunityCommands.ADD_TOPIC_PERMISSIONS,
					(chunk) -> new TopicPermissionsRequest(request.groupId(), request.permissionGroupId(), chunk));
			return perCall(calls, CommunityCommands.ADD_TOPIC_PERMISSIONS,
					(call, ex) -> new TopicPermissionsResponse(call.topicPermissionList()
						.stream()
						.map((topic) -> new TopicPermissionResult(BatchCalls.resultCodeOf(ex), ex.getMessage(),
								topic.topicId(), null))
						.toList(), Map.of()),
					TopicPermissionsResponse::results, (results) -> new TopicPermissionsResponse(results, Map.of()));
		});
	}

	@Override
	public Mono<TopicPermissionsResponse> setTopicPermissions(TopicPermissionsRequest request) {
		return this.operations.execute(CommunityCommands.SET_TOPIC_PERMISSIONS, request);
	}

	@Override
	public Mono<TopicPermissionsResponse> deleteTopicPermissions(String groupId, String permissionGroupId,
			List<String> topicIds) {
		return this.operations.execute(CommunityCommands.DELETE_TOPIC_PERMISSIONS,
				new DeleteTopicPermissionsRequest(groupId, permissionGroupId, topicIds));
	}

	@Override
	public Mono<TopicPermissionsResponse> topicPermissions(String groupId, String permissionGroupId,
			@Nullable List<String> topicIds) {
		return this.operations.execute(CommunityCommands.GET_TOPIC_PERMISSIONS,
				new GetTopicPermissionsRequest(groupId, permissionGroupId, topicIds));
	}

	@Override
	public Mono<MemberResultsResponse> addPermissionGroupMembers(String groupId, String permissionGroupId,
			List<String> userIds) {
		return members(groupId, permissionGroupId, userIds, CommunityCommands.ADD_PERMISSION_GROUP_MEMBERS);
	}

	@Override
	public Mono<MemberResultsResponse> deletePermissionGroupMembers(String groupId, String permissionGroupId,
			List<String> userIds) {
		return members(groupId, permissionGroupId, userIds, CommunityCommands.DELETE_PERMISSION_GROUP_MEMBERS);
	}

	private Mono<MemberResultsResponse> members(String groupId, String permissionGroupId, List<String> userIds,
			ChatCommand<PermissionGroupMembersRequest, MemberResultsResponse> command) {
		return Mono.defer(() -> {
			if (userIds == null) {
				throw new IllegalArgumentException("'userIds' must not be null");
			}
			PermissionGroupMembersRequest request = PermissionGroupMembersRequest.of(groupId, permissionGroupId,
					userIds);
			List<PermissionGroupMembersRequest> calls = BatchCalls.checkedCalls(request.memberList(), command,
					request::withMembers);
			return perCall(calls, command,
					(call, ex) -> new MemberResultsResponse(call.memberList()
						.stream()
						.map(MemberAccount::memberAccount)
						.map((member) -> MemberResult.failed(member, BatchCalls.resultCodeOf(ex)))
						.toList(), Map.of()),
					MemberResultsResponse::results, (results) -> new MemberResultsResponse(results, Map.of()));
		});
	}

	@Override
	public Flux<PermissionGroupMember> permissionGroupMembers(String groupId, String permissionGroupId) {
		return Flux.defer(() -> {
			PermissionGroupMemberListRequest first = PermissionGroupMemberListRequest.first(groupId, permissionGroupId,
					MEMBER_PAGE_SIZE);
			CommunityCommands.PERMISSION_GROUP_MEMBERS.validate(first);
			return Pages.walk(first, this::permissionGroupMembersPage, PermissionGroupMemberListResponse::members,
					PermissionGroupMemberListRequest::next);
		});
	}

	@Override
	public Mono<PermissionGroupMemberListResponse> permissionGroupMembersPage(
			PermissionGroupMemberListRequest request) {
		return this.operations.execute(CommunityCommands.PERMISSION_GROUP_MEMBERS, request);
	}

	private <Q, R, T> Mono<R> perCall(List<Q> calls, ChatCommand<Q, R> command,
			BiFunction<Q, ChatAdminException, R> onFailure, Function<R, List<T>> items, Function<List<T>, R> merge) {
		return BatchCalls
			.perChunk(calls, 1, this.concurrency, (chunk) -> this.operations.execute(command, chunk.get(0)),
					(chunk, ex) -> onFailure.apply(chunk.get(0), ex))
			.map((responses) -> merge
				.apply(responses.stream().flatMap((response) -> items.apply(response).stream()).toList()));
	}

}
