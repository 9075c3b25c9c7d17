package io.github.chatadmin.client.api.officialaccount;

import java.util.List;
import java.util.Map;

import io.github.chatadmin.client.ChatAdminOperations;
import io.github.chatadmin.client.api.BatchCalls;
import io.github.chatadmin.client.api.Pages;
import io.github.chatadmin.client.api.message.ReceivedMessage;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Default {@link OfficialAccountOperations}, on top of
 * {@link ChatAdminOperations#execute(io.github.chatadmin.client.ChatCommand, Object)}.
 *
 * @author chat-admin
 */
public class DefaultOfficialAccountOperations implements OfficialAccountOperations {

	private final ChatAdminOperations operations;

	private final int concurrency;

	/**
	 * Create the operations.
	 * @param operations the template the calls go through
	 * @param concurrency how many calls a split list keeps in flight
	 */
	public DefaultOfficialAccountOperations(ChatAdminOperations operations, int concurrency) {
		this.operations = operations;
		this.concurrency = concurrency;
	}

	@Override
	public Mono<CreateOfficialAccountResponse> create(CreateOfficialAccountRequest request) {
		return this.operations.execute(OfficialAccountCommands.CREATE, request);
	}

	@Override
	public Mono<Void> destroy(String officialAccount) {
		return this.operations.execute(OfficialAccountCommands.DESTROY, new OfficialAccountRequest(officialAccount))
			.then();
	}

	@Override
	public Mono<Void> modify(ModifyOfficialAccountRequest request) {
		return this.operations.execute(OfficialAccountCommands.MODIFY, request).then();
	}

	@Override
	public Mono<SendOfficialAccountMessageResponse> send(SendOfficialAccountMessageRequest request) {
		return this.operations.execute(OfficialAccountCommands.SEND, request);
	}

	@Override
	public Mono<OfficialAccountInfoResponse> info(List<String> officialAccounts, @Nullable ResponseFilter filter) {
		return Mono.defer(() -> {
			if (officialAccounts == null) {
				throw new IllegalArgumentException("'OfficialAccountIdList' must not be null");
			}
			int limit = OfficialAccountCommands.GET_INFO.batchLimit();
			if (officialAccounts.isEmpty()) {
				OfficialAccountCommands.GET_INFO.validate(OfficialAccountInfoRequest.of(List.of(), filter));
			}
			BatchCalls.partition(officialAccounts, limit)
				.forEach((chunk) -> OfficialAccountCommands.GET_INFO
					.validate(OfficialAccountInfoRequest.of(chunk, filter)));
			return BatchCalls
				.merged(officialAccounts, limit, this.concurrency,
						(chunk) -> this.operations.execute(OfficialAccountCommands.GET_INFO,
								OfficialAccountInfoRequest.of(chunk, filter)),
						(chunk, ex) -> new OfficialAccountInfoResponse(List.of(), Map.of()),
						(responses) -> new OfficialAccountInfoResponse(
								responses.stream().flatMap((response) -> response.accounts().stream()).toList(),
								Map.of()));
		});
	}

	@Override
	public Flux<Subscriber> subscribers(String officialAccount) {
		return Flux.defer(() -> {
			SubscriberPageRequest first = SubscriberPageRequest.first(officialAccount,
					SubscriberPageRequest.MAX_PAGE_SIZE);
			OfficialAccountCommands.GET_SUBSCRIBERS.validate(first);
			return Pages.walk(first, this::subscribersPage, SubscriberPage::subscribers, SubscriberPageRequest::next);
		});
	}

	@Override
	public Mono<SubscriberPage> subscribersPage(SubscriberPageRequest request) {
		return this.operations.execute(OfficialAccountCommands.GET_SUBSCRIBERS, request);
	}

	@Override
	public Mono<OfficialAccountRecallResponse> recall(OfficialAccountRecallRequest request) {
		return Mono.defer(() -> {
			if (request.msgKeyList() == null) {
				throw new IllegalArgumentException("'MsgKeyList' must not be null");
			}
			int limit = OfficialAccountCommands.RECALL.batchLimit();
			if (request.msgKeyList().isEmpty()) {
				OfficialAccountCommands.RECALL.validate(request);
			}
			BatchCalls.partition(request.msgKeyList(), limit)
				.forEach((chunk) -> OfficialAccountCommands.RECALL.validate(request.withKeys(chunk)));
			return BatchCalls.merged(request.msgKeyList(), limit, this.concurrency,
					(chunk) -> this.operations.execute(OfficialAccountCommands.RECALL, request.withKeys(chunk)),
					(chunk, ex) -> new OfficialAccountRecallResponse(chunk.stream()
						.map((key) -> new OfficialAccountRecallResponse.Result(key, BatchCalls.resultCodeOf(ex)))
						.toList(), Map.of()),
					(responses) -> new OfficialAccountRecallResponse(
							responses.stream().flatMap((response) -> response.results().stream()).toList(), Map.of()));
		});
	}

	@Override
	public Flux<ReceivedMessage> history(OfficialAccountHistoryRequest first) {
		return Flux.defer(() -> {
			OfficialAccountCommands.HISTORY.validate(first);
			return Pages.walk(first, this::historyPage, OfficialAccountHistoryResponse::messages,
					OfficialAccountHistoryRequest::next);
		});
	}

	@Override
	public Mono<OfficialAccountHistoryResponse> historyPage(OfficialAccountHistoryRequest request) {
		return this.operations.execute(OfficialAccountCommands.HISTORY, request);
	}

	@Override
	public Mono<SubscriberResultsResponse> addSubscribers(String officialAccount, List<String> users) {
		return Mono.defer(() -> {
			if (users == null) {
				throw new IllegalArgumentException("'SubscriberList' must not be null");
			}
			int limit = OfficialAccountCommands.ADD_SUBSCRIBERS.batchLimit();
			if (users.isEmpty()) {
				OfficialAccountCommands.ADD_SUBSCRIBERS.validate(AddSubscribersRequest.of(officialAccount, users));
			}
			BatchCalls.partition(users, limit)
				.forEach((chunk) -> OfficialAccountCommands.ADD_SUBSCRIBERS
					.validate(AddSubscribersRequest.of(officialAccount, chunk)));
			return BatchCalls.merged(users, limit, this.concurrency,
					(chunk) -> this.operations.execute(OfficialAccountCommands.ADD_SUBSCRIBERS,
							AddSubscribersRequest.of(officialAccount, chunk)),
					(chunk, ex) -> new SubscriberResultsResponse(
							chunk.stream().map((user) -> new SubscriberResultsResponse.Result(user, 0)).toList(),
							Map.of()),
					(responses) -> new SubscriberResultsResponse(
							responses.stream().flatMap((response) -> response.results().stream()).toList(), Map.of()));
		});
	}

	@Override
	public Mono<SubscriberResultsResponse> deleteSubscribers(String officialAccount, List<String> users) {
		return Mono.defer(() -> this.operations.execute(OfficialAccountCommands.DELETE_SUBSCRIBERS,
				new DeleteSubscribersRequest(officialAccount, (users != null) ? List.copyOf(users) : null)));
	}

	@Override
	public Mono<Void> modifySubscriber(ModifySubscriberRequest request) {
		return this.operations.execute(OfficialAccountCommands.MODIFY_SUBSCRIBER, request).then();
	}

	@Override
	public Flux<OfficialAccountInfo> subscribedAccounts(SubscribedAccountsRequest first) {
		return Flux.defer(() -> {
			OfficialAccountCommands.GET_SUBSCRIBED.validate(first);
			return Pages.walk(first, this::subscribedAccountsPage, SubscribedAccountsPage::accounts,
					SubscribedAccountsRequest::next);
		});
	}

	@Override
	public Mono<SubscribedAccountsPage> subscribedAccountsPage(SubscribedAccountsRequest request) {
		return this.operations.execute(OfficialAccountCommands.GET_SUBSCRIBED, request);
	}

}
