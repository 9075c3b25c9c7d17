package io.github.chatadmin.client.api.group;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.github.chatadmin.client.ChatAdminOperations;
import io.github.chatadmin.client.ChatCommand;
import io.github.chatadmin.client.api.BatchCalls;
import io.github.chatadmin.client.api.Pages;
import org.jspecify.annotations.Nullable;
import reactor.core.Exceptions;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Default {@link GroupOperations}, on top of
 * {@link ChatAdminOperations#execute(io.github.chatadmin.client.ChatCommand, Object)}.
 *
 * @author chat-admin
 */
public class DefaultGroupOperations implements GroupOperations {

	/**
	 * The page size of {@link #members(String)}, the vendor's recommendation.
	 */
	static final int MEMBER_PAGE_SIZE = 100;

	/**
	 * The page size of {@link #joinedGroups(String)}.
	 */
	static final int JOINED_PAGE_SIZE = 1000;

	private final ChatAdminOperations operations;

	private final int concurrency;

	/**
	 * Create the operations.
	 * @param operations the template the calls go through
	 * @param concurrency how many calls a split list keeps in flight
	 */
	public DefaultGroupOperations(ChatAdminOperations operations, int concurrency) {
		this.operations = operations;
		this.concurrency = concurrency;
	}

	@Override
	public Mono<CreateGroupResponse> create(CreateGroupRequest request) {
		return this.operations.execute(GroupCommands.CREATE, request);
	}

	@Override
	public Mono<CreateGroupResponse> create(GroupType type, String name) {
		return Mono.defer(() -> create(CreateGroupRequest.builder(type, name).build()));
	}

	@Override
	public Mono<Void> destroy(String groupId) {
		return this.operations.execute(GroupCommands.DESTROY, GroupIdRequest.of(groupId)).then();
	}

	@Override
	public Mono<GroupInfoResponse> info(GroupInfoRequest request) {
		return Mono.defer(() -> {
			List<GroupInfoRequest> calls = split(request.groupIdList(), GroupCommands.INFO, request::withGroups);
			return BatchCalls
				.perChunk(calls, 1, this.concurrency,
						(chunk) -> this.operations.execute(GroupCommands.INFO, chunk.get(0)),
						(chunk, ex) -> new GroupInfoResponse(chunk.get(0)
							.groupIdList()
							.stream()
							.map((groupId) -> GroupInfo.failed(groupId, BatchCalls.resultCodeOf(ex)))
							.toList(), Map.of()))
				.map((responses) -> new GroupInfoResponse(
						responses.stream().flatMap((response) -> response.groups().stream()).toList(), Map.of()));
		});
	}

	@Override
	public Mono<GroupInfoResponse> info(List<String> groupIds) {
		return Mono.defer(() -> info(GroupInfoRequest.of(groupIds)));
	}

	@Override
	public Mono<Void> modify(ModifyGroupRequest request) {
		return this.operations.execute(GroupCommands.MODIFY, request).then();
	}

	@Override
	public Mono<CreateGroupResponse> importGroup(ImportGroupRequest request) {
		return this.operations.execute(GroupCommands.IMPORT, request);
	}

	@Override
	public Flux<GroupMember> members(String groupId) {
		return Flux.defer(() -> members(GroupMembersRequest.first(groupId, MEMBER_PAGE_SIZE)));
	}

	@Override
	public Flux<GroupMember> members(GroupMembersRequest first) {
		return Flux.defer(() -> {
			GroupCommands.MEMBERS.validate(first);
			if (first.limit() == null) {
				throw new IllegalArgumentException("'Limit' must be set to page through the members");
			}
			return Pages.walk(first, this::membersPage, GroupMembersResponse::members, GroupMembersRequest::next);
		});
	}

	@Override
	public Mono<GroupMembersResponse> membersPage(GroupMembersRequest request) {
		return this.operations.execute(GroupCommands.MEMBERS, request);
	}

	@Override
	public Flux<GroupMember> memberProfiles(SpecifiedMembersRequest request) {
		return Flux.defer(() -> {
			List<SpecifiedMembersRequest> calls = split(request.memberListAccount(), GroupCommands.SPECIFIED_MEMBERS,
					request::withMembers);
			return Flux.fromIterable(calls)
				.flatMapSequential((call) -> this.operations.execute(GroupCommands.SPECIFIED_MEMBERS, call),
						this.concurrency, 1)
				.concatMapIterable(GroupMembersResponse::members);
		});
	}

	@Override
	public Flux<GroupMember> memberProfiles(String groupId, List<String> userIds) {
		return Flux.defer(() -> memberProfiles(SpecifiedMembersRequest.of(groupId, userIds)));
	}

	@Override
	public Mono<MemberResultsResponse> addMembers(AddMembersRequest request) {
		return Mono
			.defer(() -> memberResults(split(request.memberList(), GroupCommands.ADD_MEMBERS, request::withMembers),
					GroupCommands.ADD_MEMBERS,
					(call) -> call.memberList().stream().map(MemberAccount::memberAccount).toList()));
	}

	@Override
	public Mono<MemberResultsResponse> addMembers(String groupId, List<String> userIds) {
		return Mono.defer(() -> {
			RequestCheck.list(userIds, "userIds");
			return addMembers(AddMembersRequest.of(groupId, userIds));
		});
	}

	@Override
	public Mono<Void> deleteMembers(DeleteMembersRequest request) {
		return Mono
			.defer(() -> all(split(request.memberToDelAccount(), GroupCommands.DELETE_MEMBERS, request::withMembers),
					GroupCommands.DELETE_MEMBERS));
	}

	@Override
	public Mono<Void> deleteMembers(String groupId, List<String> userIds) {
		return deleteMembers(DeleteMembersRequest.of(groupId, userIds));
	}

	@Override
	public Mono<Void> modifyMember(ModifyMemberRequest request) {
		return this.operations.execute(GroupCommands.MODIFY_MEMBER, request).then();
	}

	@Override
	public Flux<JoinedGroup> joinedGroups(String userId) {
		return Flux
			.defer(() -> joinedGroups(JoinedGroupsRequest.builder(userId).limit(JOINED_PAGE_SIZE).offset(0).build()));
	}

	@Override
	public Flux<JoinedGroup> joinedGroups(JoinedGroupsRequest first) {
		return Flux.defer(() -> {
			GroupCommands.JOINED_GROUPS.validate(first);
			if (first.limit() == null) {
				throw new IllegalArgumentException("'Limit' must be set to page through the groups");
			}
			return Pages.walk(first, this::joinedGroupsPage, JoinedGroupsResponse::groups, JoinedGroupsRequest::next);
		});
	}

	@Override
	public Mono<JoinedGroupsResponse> joinedGroupsPage(JoinedGroupsRequest request) {
		return this.operations.execute(GroupCommands.JOINED_GROUPS, request);
	}

	@Override
	public Flux<String> allGroupIds() {
		return allGroupIds(null);
	}

	@Override
	public Flux<String> allGroupIds(@Nullable GroupType groupType) {
		return Flux.defer(() -> {
			AppGroupsRequest first = AppGroupsRequest.first(AppGroupsRequest.MAX_PAGE_SIZE, groupType);
			GroupCommands.APP_GROUPS.validate(first);
			return Pages.walk(first, this::appGroupsPage, AppGroupsResponse::groupIds, AppGroupsRequest::next);
		});
	}

	@Override
	public Mono<AppGroupsResponse> appGroupsPage(AppGroupsRequest request) {
		return this.operations.execute(GroupCommands.APP_GROUPS, request);
	}

	@Override
	public Mono<RolesResponse> roles(String groupId, List<String> userIds) {
		return Mono.defer(() -> {
			RolesRequest request = new RolesRequest(groupId, userIds);
			List<RolesRequest> calls = split(userIds, GroupCommands.ROLES, request::withUsers);
			return Flux.fromIterable(calls)
				.flatMapSequential((call) -> this.operations.execute(GroupCommands.ROLES, call), this.concurrency, 1)
				.concatMapIterable(RolesResponse::roles)
				.collectList()
				.map((roles) -> new RolesResponse(roles, Map.of()));
		});
	}

	@Override
	public Mono<Void> mute(MuteRequest request) {
		return Mono.defer(() -> all(split(request.membersAccount(), GroupCommands.MUTE, request::withMembers),
				GroupCommands.MUTE));
	}

	@Override
	public Mono<Void> mute(String groupId, List<String> userIds, Duration duration) {
		return Mono.defer(() -> mute(MuteRequest.of(groupId, userIds, seconds(duration, "duration"))));
	}

	@Override
	public Mono<Void> unmute(String groupId, List<String> userIds) {
		return mute(MuteRequest.of(groupId, userIds, 0));
	}

	@Override
	public Mono<MutedMembersResponse> mutedMembers(MutedMembersRequest request) {
		return this.operations.execute(GroupCommands.MUTED_MEMBERS, request);
	}

	@Override
	public Mono<MutedMembersResponse> mutedMembers(String groupId) {
		return mutedMembers(new MutedMembersRequest(groupId, null));
	}

	@Override
	public Mono<Void> changeOwner(String groupId, String newOwner) {
		return this.operations.execute(GroupCommands.CHANGE_OWNER, new ChangeOwnerRequest(groupId, newOwner)).then();
	}

	@Override
	public Mono<MemberResultsResponse> importMembers(ImportMembersRequest request) {
		return Mono
			.defer(() -> memberResults(split(request.memberList(), GroupCommands.IMPORT_MEMBERS, request::withMembers),
					GroupCommands.IMPORT_MEMBERS,
					(call) -> call.memberList().stream().map(ImportedMember::memberAccount).toList()));
	}

	@Override
	public Mono<Void> setUnreadCount(String groupId, String userId, long unread) {
		return this.operations.execute(GroupCommands.SET_UNREAD, new SetUnreadRequest(groupId, userId, unread)).then();
	}

	@Override
	public Mono<Long> onlineCount(String groupId) {
		return this.operations.execute(GroupCommands.ONLINE_COUNT, GroupIdRequest.of(groupId))
			.map(OnlineCountResponse::onlineMemberNum);
	}

	@Override
	public Flux<BannedMember> bannedMembers(String groupId) {
		return Flux.defer(() -> {
			BannedMembersRequest first = BannedMembersRequest.first(groupId, BannedMembersRequest.MAX_PAGE_SIZE);
			GroupCommands.BANNED_MEMBERS.validate(first);
			return Pages.walk(first, this::bannedMembersPage, BannedMembersResponse::members,
					BannedMembersRequest::next);
		});
	}

	@Override
	public Mono<BannedMembersResponse> bannedMembersPage(BannedMembersRequest request) {
		return this.operations.execute(GroupCommands.BANNED_MEMBERS, request);
	}

	@Override
	public Mono<Void> ban(BanRequest request) {
		return Mono.defer(
				() -> all(split(request.membersAccount(), GroupCommands.BAN, request::withMembers), GroupCommands.BAN));
	}

	@Override
	public Mono<Void> ban(String groupId, List<String> userIds, Duration duration, @Nullable String description) {
		return Mono.defer(() -> ban(new BanRequest(groupId, userIds, seconds(duration, "duration"), description)));
	}

	@Override
	public Mono<Void> unban(String groupId, List<String> userIds) {
		return Mono.defer(() -> {
			UnbanRequest request = new UnbanRequest(groupId, userIds);
			return all(split(userIds, GroupCommands.UNBAN, request::withMembers), GroupCommands.UNBAN);
		});
	}

	@Override
	public Mono<CountersResponse> counters(String groupId, @Nullable List<String> keys) {
		return this.operations.execute(GroupCommands.COUNTERS, new CounterKeysRequest(groupId, keys));
	}

	@Override
	public Mono<CountersResponse> updateCounters(UpdateCountersRequest request) {
		return this.operations.execute(GroupCommands.UPDATE_COUNTERS, request);
	}

	@Override
	public Mono<Void> deleteCounters(String groupId, List<String> keys) {
		return Mono.defer(() -> {
			if (keys == null || keys.isEmpty()) {
				throw new IllegalArgumentException(
						"'GroupCounterKeys' must not be empty: without keys the vendor deletes every counter; use deleteAllCounters");
			}
			return this.operations.execute(GroupCommands.DELETE_COUNTERS, new CounterKeysRequest(groupId, keys));
		}).then();
	}

	@Override
	public Mono<Void> deleteAllCounters(String groupId) {
		return this.operations.execute(GroupCommands.DELETE_COUNTERS, new CounterKeysRequest(groupId, null)).then();
	}

	@Override
	public Mono<AttributesResponse> attributes(String groupId) {
		return this.operations.execute(GroupCommands.ATTRIBUTES, GroupIdRequest.of(groupId));
	}

	@Override
	public Mono<Void> modifyAttributes(String groupId, Map<String, String> attributes) {
		return Mono.defer(() -> this.operations
			.execute(GroupCommands.MODIFY_ATTRIBUTES, new AttributesRequest(groupId, toAttributes(attributes)))
			.then());
	}

	@Override
	public Mono<Void> setAttributes(String groupId, Map<String, String> attributes) {
		return Mono.defer(() -> this.operations
			.execute(GroupCommands.SET_ATTRIBUTES, new AttributesRequest(groupId, toAttributes(attributes)))
			.then());
	}

	@Override
	public Mono<Void> clearAttributes(String groupId) {
		return this.operations.execute(GroupCommands.CLEAR_ATTRIBUTES, GroupIdRequest.of(groupId)).then();
	}

	@Override
	public Mono<Void> deleteAttributes(String groupId, List<String> keys) {
		return Mono.defer(() -> {
			RequestCheck.list(keys, "keys");
			return this.operations
				.execute(GroupCommands.DELETE_ATTRIBUTES,
						new AttributesRequest(groupId, keys.stream().map(GroupAttribute::key).toList()))
				.then();
		});
	}

	@Override
	public Flux<OnlineMember> onlineMembers(String groupId) {
		return onlineMembers(OnlineMembersRequest.first(groupId));
	}

	@Override
	public Flux<OnlineMember> onlineMembers(OnlineMembersRequest first) {
		return Flux.defer(() -> {
			GroupCommands.ONLINE_MEMBERS.validate(first);
			return Pages.walk(first, this::onlineMembersPage, OnlineMembersResponse::members,
					OnlineMembersRequest::next);
		});
	}

	@Override
	public Mono<OnlineMembersResponse> onlineMembersPage(OnlineMembersRequest request) {
		return this.operations.execute(GroupCommands.ONLINE_MEMBERS, request);
	}

	@Override
	public Mono<MarkMembersResponse> markMembers(MarkMembersRequest request) {
		return this.operations.execute(GroupCommands.MARK_MEMBERS, request);
	}

	@Override
	public Mono<Void> modifyAdmins(LiveAdminsRequest request) {
		return this.operations.execute(GroupCommands.MODIFY_ADMINS, request).then();
	}

	@Override
	public Mono<LiveAdminsResponse> admins(String groupId) {
		return this.operations.execute(GroupCommands.ADMINS, GroupIdRequest.of(groupId));
	}

	@Override
	public Mono<List<String>> checkMembers(String groupId, List<String> userIds) {
		return this.operations.execute(GroupCommands.CHECK_MEMBERS, new CheckMembersRequest(groupId, userIds))
			.map(CheckMembersResponse::members);
	}

	static <T, Q> List<Q> split(@Nullable List<T> items, ChatCommand<Q, ?> command,
			Function<@Nullable List<T>, Q> withItems) {
		return BatchCalls.checkedCalls(items, command, withItems);
	}

	private <Q> Mono<Void> all(List<Q> calls, ChatCommand<Q, ?> command) {
		if (calls.size() == 1) {
			return this.operations.execute(command, calls.get(0)).then();
		}
		return Flux.fromIterable(calls)
			.flatMapDelayError((call) -> this.operations.execute(command, call), this.concurrency, 1)
			.then()
			.onErrorMap(DefaultGroupOperations::firstOf);
	}

	private <Q> Mono<MemberResultsResponse> memberResults(List<Q> calls, ChatCommand<Q, MemberResultsResponse> command,
			Function<Q, List<String>> members) {
		return BatchCalls
			.perChunk(calls, 1, this.concurrency, (chunk) -> this.operations.execute(command, chunk.get(0)),
					(chunk, ex) -> new MemberResultsResponse(members.apply(chunk.get(0))
						.stream()
						.map((member) -> MemberResult.failed(member, BatchCalls.resultCodeOf(ex)))
						.toList(), Map.of()))
			.map((responses) -> new MemberResultsResponse(
					responses.stream().flatMap((response) -> response.results().stream()).toList(), Map.of()));
	}

	private static List<GroupAttribute> toAttributes(Map<String, String> attributes) {
		if (attributes == null) {
			throw new IllegalArgumentException("'attributes' must not be null");
		}
		return attributes.entrySet()
			.stream()
			.map((entry) -> GroupAttribute.of(entry.getKey(), entry.getValue()))
			.toList();
	}

	static long seconds(Duration duration, String name) {
		if (duration == null || duration.isNegative()) {
			throw new IllegalArgumentException("'" + name + "' must not be null or negative");
		}
		return duration.getSeconds();
	}

	static Throwable firstOf(Throwable ex) {
		Throwable[] suppressed = ex.getSuppressed();
		return (Exceptions.isMultiple(ex) && suppressed.length > 0) ? suppressed[0] : ex;
	}

	private static final class RequestCheck {

		static void list(@Nullable List<?> values, String name) {
			if (values == null) {
				throw new IllegalArgumentException("'" + name + "' must not be null");
			}
		}

	}

}
