package io.github.chatadmin.client.api.account;

import java.util.ArrayList;
import java.util.List;

import io.github.chatadmin.client.ChatAdminException;
import io.github.chatadmin.client.ChatAdminOperations;
import io.github.chatadmin.client.api.BatchCalls;
import reactor.core.publisher.Mono;

/**
 * Default {@link AccountOperations}, on top of {@link ChatAdminOperations#execute}.
 *
 * @author chat-admin
 */
public class DefaultAccountOperations implements AccountOperations {

	private final ChatAdminOperations operations;

	private final int concurrency;

	/**
	 * Create the operations.
	 * @param operations the template the calls go through
	 * @param concurrency how many calls a split list keeps in flight
	 */
	public DefaultAccountOperations(ChatAdminOperations operations, int concurrency) {
		this.operations = operations;
		this.concurrency = concurrency;
	}

	@Override
	public Mono<Void> importAccount(String userId) {
		return Mono.defer(() -> {
			BatchCalls.checkUserId(userId, "userId");
			return this.operations.execute(AccountCommands.ACCOUNT_IMPORT, AccountImportRequest.of(userId)).then();
		});
	}

	@Override
	public Mono<Void> importAccount(AccountImportRequest request) {
		return Mono.defer(() -> {
			BatchCalls.checkUserId(request.userId(), "request.userId");
			return this.operations.execute(AccountCommands.ACCOUNT_IMPORT, request).then();
		});
	}

	@Override
	public Mono<MultiAccountImportResponse> importAccounts(List<String> userIds) {
		return Mono.defer(() -> {
			BatchCalls.checkUserIds(userIds, "userIds");
			return BatchCalls
				.perChunk(userIds, AccountCommands.MULTIACCOUNT_IMPORT.batchLimit(), this.concurrency,
						(chunk) -> this.operations.execute(AccountCommands.MULTIACCOUNT_IMPORT,
								new MultiAccountImportRequest(chunk)),
						(chunk, ex) -> new MultiAccountImportResponse(chunk))
				.map((responses) -> {
					List<String> failed = new ArrayList<>();
					responses.forEach((response) -> failed.addAll(response.failAccounts()));
					return new MultiAccountImportResponse(failed);
				});
		});
	}

	@Override
	public Mono<MultiAccountImportResponse> importAccountsWithProfiles(
			List<MultiAccountImportRequest.ImportedAccount> accounts) {
		return Mono.defer(() -> {
			List<MultiAccountImportRequest> calls = BatchCalls.checkedCalls(accounts,
					AccountCommands.MULTIACCOUNT_IMPORT, MultiAccountImportRequest::withProfiles);
			return BatchCalls
				.perCall(calls, this.concurrency,
						(call) -> this.operations.execute(AccountCommands.MULTIACCOUNT_IMPORT, call),
						(call, ex) -> new MultiAccountImportResponse(call.userIds()))
				.map((responses) -> {
					List<String> failed = new ArrayList<>();
					responses.forEach((response) -> failed.addAll(response.failAccounts()));
					return new MultiAccountImportResponse(failed);
				});
		});
	}

	@Override
	public Mono<AccountCheckResponse> check(List<String> userIds) {
		return Mono.defer(() -> {
			BatchCalls.checkUserIds(userIds, "userIds");
			return BatchCalls.merged(userIds, AccountCommands.ACCOUNT_CHECK.batchLimit(), this.concurrency,
					(chunk) -> this.operations.execute(AccountCommands.ACCOUNT_CHECK,
							new AccountCheckRequest(items(chunk))),
					(chunk, ex) -> new AccountCheckResponse(chunk.stream()
						.map((id) -> new AccountCheckResponse.Item(id, BatchCalls.resultCodeOf(ex), info(ex), null))
						.toList()),
					(responses) -> new AccountCheckResponse(
							responses.stream().flatMap((response) -> response.resultItem().stream()).toList()));
		});
	}

	@Override
	public Mono<AccountDeleteResponse> delete(List<String> userIds) {
		return Mono.defer(() -> {
			BatchCalls.checkUserIds(userIds, "userIds");
			return BatchCalls.merged(userIds, AccountCommands.ACCOUNT_DELETE.batchLimit(), this.concurrency,
					(chunk) -> this.operations.execute(AccountCommands.ACCOUNT_DELETE,
							new AccountDeleteRequest(items(chunk))),
					(chunk, ex) -> new AccountDeleteResponse(chunk.stream()
						.map((id) -> new AccountDeleteResponse.Item(id, BatchCalls.resultCodeOf(ex), info(ex)))
						.toList()),
					(responses) -> new AccountDeleteResponse(
							responses.stream().flatMap((response) -> response.resultItem().stream()).toList()));
		});
	}

	@Override
	public Mono<Void> kick(String userId) {
		return Mono.defer(() -> {
			BatchCalls.checkUserId(userId, "userId");
			return this.operations.execute(AccountCommands.KICK, new KickRequest(userId)).then();
		});
	}

	@Override
	public Mono<OnlineStatusResponse> queryOnlineStatus(List<String> userIds, boolean detail) {
		return Mono.defer(() -> {
			BatchCalls.checkUserIds(userIds, "userIds");
			Integer needDetail = detail ? 1 : null;
			return BatchCalls.merged(userIds, AccountCommands.QUERY_ONLINE_STATUS.batchLimit(), this.concurrency,
					(chunk) -> this.operations.execute(AccountCommands.QUERY_ONLINE_STATUS, new OnlineStatusRequest(
							needDetail, chunk)),
					(chunk, ex) -> new OnlineStatusResponse(List.of(),
							chunk.stream()
								.map((id) -> new OnlineStatusResponse.Error(id, BatchCalls.resultCodeOf(ex)))
								.toList()),
					(responses) -> new OnlineStatusResponse(
							responses.stream().flatMap((response) -> response.queryResult().stream()).toList(),
							responses.stream().flatMap((response) -> response.errorList().stream()).toList()));
		});
	}

	private static List<UserIdItem> items(List<String> userIds) {
		return userIds.stream().map(UserIdItem::new).toList();
	}

	private static String info(ChatAdminException ex) {
		return "call failed: " + ex.getMessage();
	}

}
