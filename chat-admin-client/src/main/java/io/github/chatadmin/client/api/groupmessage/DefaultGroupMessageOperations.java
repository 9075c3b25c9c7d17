package io.github.chatadmin.client.api.groupmessage;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.github.chatadmin.client.ChatAdminException;
import io.github.chatadmin.client.ChatAdminOperations;
import io.github.chatadmin.client.api.BatchCalls;
import io.github.chatadmin.client.api.Pages;
import io.github.chatadmin.client.api.message.ExtensionsResponse;
import io.github.chatadmin.client.api.message.ReceivedMessage;
import io.github.chatadmin.client.api.message.SetExtensionsResponse;
import org.jspecify.annotations.Nullable;
import reactor.core.Exceptions;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Default {@link GroupMessageOperations}, on top of
 * {@link ChatAdminOperations#execute(io.github.chatadmin.client.ChatCommand, Object)}.
 *
 * @author chat-admin
 * @since 0.1.0
 */
public class DefaultGroupMessageOperations implements GroupMessageOperations {

	private final ChatAdminOperations operations;

	private final int concurrency;

	/**
	 * Create the operations.
	 * @param operations the template the calls go through
	 * @param concurrency how many calls a split list keeps in flight
	 */
	public DefaultGroupMessageOperations(ChatAdminOperations operations, int concurrency) {
		this.operations = operations;
		this.concurrency = concurrency;
	}

	@Override
	public Mono<SendGroupMessageResponse> send(SendGroupMessageRequest request) {
		return this.operations.execute(GroupMessageCommands.SEND, request);
	}

	@Override
	public Mono<SendGroupMessageResponse> sendText(String groupId, @Nullable String from, String text) {
		return Mono.defer(() -> send(SendGroupMessageRequest.builder(groupId).from(from).text(text).build()));
	}

	@Override
	public Mono<Void> sendSystemNotification(SystemNotificationRequest request) {
		return Mono.defer(() -> {
			List<String> members = request.toMembersAccount();
			if (members == null || members.size() <= GroupMessageCommands.SYSTEM_NOTIFICATION.batchLimit()) {
				return this.operations.execute(GroupMessageCommands.SYSTEM_NOTIFICATION, request).then();
			}
			List<SystemNotificationRequest> calls = BatchCalls
				.partition(members, GroupMessageCommands.SYSTEM_NOTIFICATION.batchLimit())
				.stream()
				.map(request::withMembers)
				.toList();
			calls.forEach(GroupMessageCommands.SYSTEM_NOTIFICATION::validate);
			return Flux.fromIterable(calls)
				.flatMapDelayError((call) -> this.operations.execute(GroupMessageCommands.SYSTEM_NOTIFICATION, call),
						this.concurrency, 1)
				.then()
				.onErrorMap((ex) -> firstOf(ex));
		});
	}

	@Override
	public Mono<GroupRecallResponse> recall(GroupRecallRequest request) {
		return Mono.defer(() -> {
			if (request.msgSeqList() == null) {
				throw new IllegalArgumentException("'MsgSeqList' must not be null");
			}
			int limit = GroupMessageCommands.RECALL.batchLimit();
			BatchCalls.partition(request.msgSeqList(), limit)
				.forEach((chunk) -> GroupMessageCommands.RECALL.validate(request.withMessages(chunk)));
			return BatchCalls.merged(request.msgSeqList(), limit, this.concurrency,
					(chunk) -> this.operations.execute(GroupMessageCommands.RECALL, request.withMessages(chunk)),
					(chunk, ex) -> new GroupRecallResponse(chunk.stream()
						.map((seq) -> new GroupRecallResponse.Result(seq.msgSeq(), BatchCalls.resultCodeOf(ex)))
						.toList(), Map.of()),
					(responses) -> new GroupRecallResponse(
							responses.stream().flatMap((response) -> response.results().stream()).toList(), Map.of()));
		});
	}

	@Override
	public Mono<GroupRecallResponse> recall(String groupId, List<Long> msgSeqs) {
		return Mono.defer(() -> {
			if (msgSeqs == null) {
				throw new IllegalArgumentException("'msgSeqs' must not be null");
			}
			return recall(GroupRecallRequest.of(groupId, msgSeqs));
		});
	}

	@Override
	public Mono<ImportGroupMessagesResponse> importMessages(ImportGroupMessagesRequest request) {
		return Mono.defer(() -> {
			List<ImportedGroupMessage> messages = request.msgList();
			int limit = GroupMessageCommands.IMPORT.batchLimit();
			if (messages == null || messages.size() <= limit) {
				return this.operations.execute(GroupMessageCommands.IMPORT, request);
			}
			GroupMessageCommands.checkImported(messages);
			List<ImportGroupMessagesRequest> calls = BatchCalls.partition(messages, limit)
				.stream()
				.map(request::withMessages)
				.toList();
			calls.forEach(GroupMessageCommands.IMPORT::validate);
			return importInOrder(calls, 0, new ArrayList<>())
				.map((results) -> new ImportGroupMessagesResponse(List.copyOf(results), Map.of()));
		});
	}

	private Mono<List<ImportGroupMessagesResponse.Result>> importInOrder(List<ImportGroupMessagesRequest> calls,
			int index, List<ImportGroupMessagesResponse.Result> results) {
		if (index == calls.size()) {
			return Mono.just(results);
		}
		return this.operations.execute(GroupMessageCommands.IMPORT, calls.get(index))
			.map(ImportOutcome::success)
			.onErrorResume(ChatAdminException.class, (ex) -> Mono.just(ImportOutcome.failure(ex)))
			.flatMap((outcome) -> {
				ChatAdminException error = outcome.error();
				if (error == null) {
					results.addAll(outcome.results());
					return importInOrder(calls, index + 1, results);
				}
				if (index == 0) {
					return Mono.error(error);
				}
				int code = BatchCalls.resultCodeOf(error);
				for (ImportGroupMessagesRequest call : calls.subList(index, calls.size())) {
					for (int i = 0; i < call.msgList().size(); i++) {
						results.add(new ImportGroupMessagesResponse.Result(null, null, code));
					}
				}
				return Mono.just(results);
			});
	}

	@Override
	public Mono<Void> deleteBySender(DeleteBySenderRequest request) {
		return this.operations.execute(GroupMessageCommands.DELETE_BY_SENDER, request).then();
	}

	@Override
	public Mono<Void> deleteBySender(String groupId, String sender) {
		return deleteBySender(DeleteBySenderRequest.of(groupId, sender));
	}

	@Override
	public Flux<ReceivedMessage> history(String groupId) {
		return history(GroupHistoryRequest.latest(groupId, GroupHistoryRequest.MAX_PAGE_SIZE));
	}

	@Override
	public Flux<ReceivedMessage> history(GroupHistoryRequest first) {
		return Flux.defer(() -> {
			GroupMessageCommands.HISTORY.validate(first);
			return Pages.walk(first, this::historyPage, GroupHistoryResponse::messages, GroupHistoryRequest::next);
		});
	}

	@Override
	public Mono<GroupHistoryResponse> historyPage(GroupHistoryRequest request) {
		return this.operations.execute(GroupMessageCommands.HISTORY, request);
	}

	@Override
	public Mono<Void> clearHistory(ClearGroupHistoryRequest request) {
		return this.operations.execute(GroupMessageCommands.CLEAR_HISTORY, request).then();
	}

	@Override
	public Mono<BroadcastMessageResponse> broadcast(BroadcastMessageRequest request) {
		return this.operations.execute(GroupMessageCommands.BROADCAST, request);
	}

	@Override
	public Mono<Void> modify(ModifyGroupMessageRequest request) {
		return this.operations.execute(GroupMessageCommands.MODIFY, request).then();
	}

	@Override
	public Mono<Void> sendReadReceipts(String groupId, String userId, List<Long> msgSeqs) {
		return Mono.defer(() -> {
			if (msgSeqs == null) {
				throw new IllegalArgumentException("'msgSeqs' must not be null");
			}
			GroupReadReceiptRequest request = GroupReadReceiptRequest.of(groupId, userId, msgSeqs);
			List<GroupReadReceiptRequest> calls = BatchCalls
				.partition(request.msgSeqList(), GroupMessageCommands.READ_RECEIPT.batchLimit())
				.stream()
				.map(request::withMessages)
				.toList();
			if (calls.isEmpty()) {
				calls = List.of(request);
			}
			calls.forEach(GroupMessageCommands.READ_RECEIPT::validate);
			return Flux.fromIterable(calls)
				.flatMapDelayError((call) -> this.operations.execute(GroupMessageCommands.READ_RECEIPT, call),
						this.concurrency, 1)
				.then()
				.onErrorMap((ex) -> firstOf(ex));
		});
	}

	@Override
	public Mono<ReceiptCountResponse> receiptCounts(String groupId, List<Long> msgSeqs) {
		return Mono.defer(() -> {
			if (msgSeqs == null) {
				throw new IllegalArgumentException("'msgSeqs' must not be null");
			}
			return this.operations.execute(GroupMessageCommands.RECEIPT_COUNTS,
					ReceiptCountRequest.of(groupId, msgSeqs));
		});
	}

	@Override
	public Flux<String> readers(String groupId, long msgSeq) {
		return receiptMembers(
				ReceiptDetailRequest.first(groupId, msgSeq, ReceiptFilter.READ, ReceiptDetailRequest.MAX_PAGE_SIZE),
				ReceiptDetailResponse::readers);
	}

	@Override
	public Flux<String> nonReaders(String groupId, long msgSeq) {
		return receiptMembers(
				ReceiptDetailRequest.first(groupId, msgSeq, ReceiptFilter.UNREAD, ReceiptDetailRequest.MAX_PAGE_SIZE),
				ReceiptDetailResponse::nonReaders);
	}

	private Flux<String> receiptMembers(ReceiptDetailRequest first,
			Function<ReceiptDetailResponse, List<String>> members) {
		return Flux.defer(() -> {
			GroupMessageCommands.RECEIPT_DETAIL.validate(first);
			return Pages.walk(first, this::receiptDetailPage, members, ReceiptDetailRequest::next);
		});
	}

	@Override
	public Mono<ReceiptDetailResponse> receiptDetailPage(ReceiptDetailRequest request) {
		return this.operations.execute(GroupMessageCommands.RECEIPT_DETAIL, request);
	}

	@Override
	public Mono<ExtensionsResponse> extensions(GroupGetExtensionsRequest request) {
		return this.operations.execute(GroupMessageCommands.GET_EXTENSIONS, request);
	}

	@Override
	public Mono<SetExtensionsResponse> setExtensions(GroupSetExtensionsRequest request) {
		return this.operations.execute(GroupMessageCommands.SET_EXTENSIONS, request);
	}

	private static Throwable firstOf(Throwable ex) {
		Throwable[] suppressed = ex.getSuppressed();
		return (Exceptions.isMultiple(ex) && suppressed.length > 0) ? suppressed[0] : ex;
	}

	private record ImportOutcome(List<ImportGroupMessagesResponse.Result> results, @Nullable ChatAdminException error) {

		static ImportOutcome success(ImportGroupMessagesResponse response) {
			return new ImportOutcome(response.results(), null);
		}

		static ImportOutcome failure(ChatAdminException error) {
			return new ImportOutcome(List.of(), error);
		}

	}

}
