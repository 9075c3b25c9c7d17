package io.github.chatadmin.client.api.relation;

import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

import io.github.chatadmin.client.ChatAdminException;
import io.github.chatadmin.client.ChatAdminOperations;
import io.github.chatadmin.client.ChatCommand;
import io.github.chatadmin.client.api.BatchCalls;
import io.github.chatadmin.client.api.Pages;
import io.github.chatadmin.client.api.RequestChecks;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Default {@link RelationOperations}, on top of
 * {@link ChatAdminOperations#execute(ChatCommand, Object)}.
 *
 * @author chat-admin
 */
public class DefaultRelationOperations implements RelationOperations {

	private static final int FOLLOW_PAGE_SIZE = 100;

	private final ChatAdminOperations operations;

	private final int concurrency;

	/**
	 * Create the operations.
	 * @param operations the template the calls go through
	 * @param concurrency how many calls a split list keeps in flight
	 */
	public DefaultRelationOperations(ChatAdminOperations operations, int concurrency) {
		this.operations = operations;
		this.concurrency = concurrency;
	}

	@Override
	public Mono<RelationResultsResponse> add(AddFriendRequest request) {
		return this.operations.execute(RelationCommands.FRIEND_ADD, request);
	}

	@Override
	public Mono<RelationResultsResponse> importFriends(ImportFriendsRequest request) {
		return this.operations.execute(RelationCommands.FRIEND_IMPORT, request);
	}

	@Override
	public Mono<RelationResultsResponse> update(UpdateFriendsRequest request) {
		return this.operations.execute(RelationCommands.FRIEND_UPDATE, request);
	}

	@Override
	public Mono<RelationResultsResponse> delete(String fromAccount, List<String> toAccounts,
			@Nullable DeleteType deleteType) {
		return results(RelationCommands.FRIEND_DELETE, toAccounts,
				(chunk) -> new DeleteFriendsRequest(fromAccount, chunk, deleteType));
	}

	@Override
	public Mono<Void> deleteAll(String fromAccount, @Nullable DeleteType deleteType) {
		return this.operations
			.execute(RelationCommands.FRIEND_DELETE_ALL, new DeleteAllFriendsRequest(fromAccount, deleteType))
			.then();
	}

	@Override
	public Mono<CheckFriendsResponse> check(String fromAccount, List<String> toAccounts, CheckType checkType) {
		return split(RelationCommands.FRIEND_CHECK, toAccounts,
				(chunk) -> new CheckFriendsRequest(fromAccount, chunk, checkType),
				(chunk, ex) -> new CheckFriendsResponse(chunk.stream()
					.map((id) -> new CheckFriendsResponse.Check(id, null, BatchCalls.resultCodeOf(ex), info(ex)))
					.toList(), chunk, Map.of()))
			.map((responses) -> {
				List<CheckFriendsResponse.Check> checks = responses.stream()
					.flatMap((response) -> response.results().stream())
					.toList();
				return new CheckFriendsResponse(checks,
						failed(checks.stream()
							.filter((c) -> c.resultCode() != 0)
							.map(CheckFriendsResponse.Check::toAccount)
							.toList()),
						Map.of());
			});
	}

	@Override
	public Flux<GetFriendsResponse.Friend> friends(String fromAccount) {
		return Flux.defer(() -> {
			GetFriendsRequest first = GetFriendsRequest.first(fromAccount);
			RelationCommands.FRIEND_GET.validate(first);
			return Pages.walk(first, this::friendsPage, GetFriendsResponse::friends, GetFriendsRequest::next);
		});
	}

	@Override
	public Mono<GetFriendsResponse> friendsPage(GetFriendsRequest request) {
		return this.operations.execute(RelationCommands.FRIEND_GET, request);
	}

	@Override
	public Mono<GetFriendInfoResponse> get(String fromAccount, List<String> toAccounts, List<String> tags) {
		return split(RelationCommands.FRIEND_GET_LIST, toAccounts,
				(chunk) -> new GetFriendInfoRequest(fromAccount, chunk, tags),
				(chunk, ex) -> new GetFriendInfoResponse(chunk.stream()
					.map((id) -> new GetFriendInfoResponse.Info(id, null, BatchCalls.resultCodeOf(ex), info(ex)))
					.toList(), chunk, Map.of()))
			.map((responses) -> {
				List<GetFriendInfoResponse.Info> infos = responses.stream()
					.flatMap((response) -> response.results().stream())
					.toList();
				return new GetFriendInfoResponse(infos,
						failed(infos.stream()
							.filter((i) -> i.resultCode() != 0)
							.map(GetFriendInfoResponse.Info::toAccount)
							.toList()),
						Map.of());
			});
	}

	@Override
	public Mono<FriendListsResponse> addFriendLists(AddFriendListsRequest request) {
		return this.operations.execute(RelationCommands.FRIEND_LIST_ADD, request);
	}

	@Override
	public Mono<FriendListsResponse> deleteFriendLists(String fromAccount, List<String> names) {
		return Mono.defer(() -> this.operations.execute(RelationCommands.FRIEND_LIST_DELETE,
				new DeleteFriendListsRequest(fromAccount, names)));
	}

	@Override
	public Mono<GetFriendListsResponse> friendLists(GetFriendListsRequest request) {
		return this.operations.execute(RelationCommands.FRIEND_LIST_GET, request);
	}

	@Override
	public Mono<RelationResultsResponse> block(String fromAccount, List<String> toAccounts) {
		return results(RelationCommands.BLOCKLIST_ADD, toAccounts, (chunk) -> new UserListRequest(fromAccount, chunk));
	}

	@Override
	public Mono<RelationResultsResponse> unblock(String fromAccount, List<String> toAccounts) {
		return results(RelationCommands.BLOCKLIST_DELETE, toAccounts,
				(chunk) -> new UserListRequest(fromAccount, chunk));
	}

	@Override
	public Flux<GetBlocklistResponse.BlockedUser> blocklist(String fromAccount) {
		return Flux.defer(() -> blocklist(GetBlocklistRequest.first(fromAccount, GetBlocklistRequest.MAX_PAGE_SIZE)));
	}

	@Override
	public Flux<GetBlocklistResponse.BlockedUser> blocklist(GetBlocklistRequest first) {
		return Flux.defer(() -> {
			RelationCommands.BLOCKLIST_GET.validate(first);
			return Pages.walk(first, this::blocklistPage, GetBlocklistResponse::blocked, GetBlocklistRequest::next);
		});
	}

	@Override
	public Mono<GetBlocklistResponse> blocklistPage(GetBlocklistRequest request) {
		return this.operations.execute(RelationCommands.BLOCKLIST_GET, request);
	}

	@Override
	public Mono<CheckBlocklistResponse> checkBlocked(String fromAccount, List<String> toAccounts,
			BlockCheckType checkType) {
		return split(RelationCommands.BLOCKLIST_CHECK, toAccounts,
				(chunk) -> new CheckBlocklistRequest(fromAccount, chunk, checkType),
				(chunk, ex) -> new CheckBlocklistResponse(chunk.stream()
					.map((id) -> new CheckBlocklistResponse.Check(id, null, BatchCalls.resultCodeOf(ex), info(ex)))
					.toList(), chunk, Map.of()))
			.map((responses) -> {
				List<CheckBlocklistResponse.Check> checks = responses.stream()
					.flatMap((response) -> response.results().stream())
					.toList();
				return new CheckBlocklistResponse(checks,
						failed(checks.stream()
							.filter((c) -> c.resultCode() != 0)
							.map(CheckBlocklistResponse.Check::toAccount)
							.toList()),
						Map.of());
			});
	}

	@Override
	public Mono<RelationResultsResponse> follow(String fromAccount, List<String> toAccounts) {
		return results(RelationCommands.FOLLOW_ADD, toAccounts, (chunk) -> FollowAddRequest.of(fromAccount, chunk));
	}

	@Override
	public Mono<RelationResultsResponse> unfollow(String fromAccount, List<String> toAccounts) {
		return results(RelationCommands.FOLLOW_DELETE, toAccounts, (chunk) -> new UserListRequest(fromAccount, chunk));
	}

	@Override
	public Flux<GetFollowsResponse.FollowedUser> follows(String fromAccount, FollowListType type) {
		return Flux.defer(() -> follows(GetFollowsRequest.first(fromAccount, type, FOLLOW_PAGE_SIZE)));
	}

	@Override
	public Flux<GetFollowsResponse.FollowedUser> follows(GetFollowsRequest first) {
		return Flux.defer(() -> {
			RelationCommands.FOLLOW_GET.validate(first);
			return Pages.walk(first, this::followsPage, GetFollowsResponse::users, GetFollowsRequest::next);
		});
	}

	@Override
	public Mono<GetFollowsResponse> followsPage(GetFollowsRequest request) {
		return this.operations.execute(RelationCommands.FOLLOW_GET, request);
	}

	@Override
	public Mono<FollowCheckResponse> checkFollows(String fromAccount, List<String> toAccounts) {
		return split(RelationCommands.FOLLOW_CHECK, toAccounts, (chunk) -> new UserListRequest(fromAccount, chunk),
				(chunk, ex) -> new FollowCheckResponse(chunk.stream()
					.map((id) -> new FollowCheckResponse.Check(id, BatchCalls.resultCodeOf(ex), info(ex), null))
					.toList(), Map.of()))
			.map((responses) -> new FollowCheckResponse(
					responses.stream().flatMap((response) -> response.results().stream()).toList(), Map.of()));
	}

	@Override
	public Mono<FollowInfoResponse> followCounts(String fromAccount, List<String> toAccounts) {
		return split(RelationCommands.FOLLOW_GET_INFO, toAccounts, (chunk) -> new UserListRequest(fromAccount, chunk),
				(chunk, ex) -> new FollowInfoResponse(chunk.stream()
					.map((id) -> new FollowInfoResponse.Counts(id, BatchCalls.resultCodeOf(ex), info(ex), 0, 0, 0))
					.toList(), Map.of()))
			.map((responses) -> new FollowInfoResponse(
					responses.stream().flatMap((response) -> response.results().stream()).toList(), Map.of()));
	}

	private <Q> Mono<RelationResultsResponse> results(ChatCommand<Q, RelationResultsResponse> command,
			List<String> users, Function<List<String>, Q> request) {
		return split(command, users, request, (chunk, ex) -> new RelationResultsResponse(
				chunk.stream().map((id) -> new RelationResult(id, BatchCalls.resultCodeOf(ex), info(ex))).toList(),
				chunk, Map.of()))
			.map((responses) -> {
				List<RelationResult> results = responses.stream()
					.flatMap((response) -> response.results().stream())
					.toList();
				return new RelationResultsResponse(results,
						failed(results.stream().filter((r) -> !r.isSuccess()).map(RelationResult::toAccount).toList()),
						Map.of());
			});
	}

	private <Q, R> Mono<List<R>> split(ChatCommand<Q, R> command, List<String> users, Function<List<String>, Q> request,
			BiFunction<List<String>, ChatAdminException, R> onChunkFailure) {
		return Mono.defer(() -> {
			RequestChecks.userIds(users, "To_Account");
			List<List<String>> chunks = BatchCalls.partition(users, command.batchLimit());
			if (chunks.isEmpty()) {
				command.validate(request.apply(users));
			}
			chunks.forEach((chunk) -> command.validate(request.apply(chunk)));
			return BatchCalls.perChunk(users, command.batchLimit(), this.concurrency,
					(chunk) -> this.operations.execute(command, request.apply(chunk)), onChunkFailure);
		});
	}

	private static @Nullable List<String> failed(List<String> users) {
		return users.isEmpty() ? null : users;
	}

	private static String info(ChatAdminException ex) {
		return "call failed: " + ex.getMessage();
	}

}
