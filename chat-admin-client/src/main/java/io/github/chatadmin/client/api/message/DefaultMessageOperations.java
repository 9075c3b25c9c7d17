package io.github.chatadmin.client.api.message;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.github.chatadmin.client.ChatAdminOperations;
import io.github.chatadmin.client.api.BatchCalls;
import io.github.chatadmin.client.api.Pages;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Default {@link MessageOperations}, on top of
 * {@link ChatAdminOperations#execute(io.github.chatadmin.client.ChatCommand, Object)}.
 *
 * @author chat-admin
 * @since 0.1.0
 */
public class DefaultMessageOperations implements MessageOperations {

	/**
	 * How many messages a history page asks for.
	 */
	static final int HISTORY_PAGE_SIZE = 100;

	private final ChatAdminOperations operations;

	private final int concurrency;

	/**
	 * Create the operations.
	 * @param operations the template the calls go through
	 * @param concurrency how many calls a split list keeps in flight
	 */
	public DefaultMessageOperations(ChatAdminOperations operations, int concurrency) {
		this.operations = operations;
		this.concurrency = concurrency;
	}

	@Override
	public Mono<SendMessageResponse> send(SendMessageRequest request) {
		return this.operations.execute(MessageCommands.SEND, request);
	}

	@Override
	public Mono<SendMessageResponse> sendText(@Nullable String from, String to, String text) {
		return Mono.defer(() -> send(SendMessageRequest.builder(to).from(from).text(text).build()));
	}

	@Override
	public Mono<BatchSendMessageResponse> sendToMany(BatchSendMessageRequest request) {
		return Mono.defer(() -> {
			BatchCalls.checkUserIds(request.toAccount(), "toAccount");
			return BatchCalls.merged(request.toAccount(), MessageCommands.BATCH_SEND.batchLimit(), this.concurrency,
					(chunk) -> this.operations.execute(MessageCommands.BATCH_SEND, request.withReceivers(chunk)),
					(chunk, ex) -> new BatchSendMessageResponse(null,
							chunk.stream()
								.map((id) -> new BatchSendMessageResponse.Failure(id, BatchCalls.resultCodeOf(ex)))
								.toList(),
							Map.of()),
					(responses) -> {
						String msgKey = null;
						List<BatchSendMessageResponse.Failure> failures = new ArrayList<>();
						for (BatchSendMessageResponse response : responses) {
							msgKey = (msgKey != null) ? msgKey : response.msgKey();
							failures.addAll(response.failures());
						}
						return new BatchSendMessageResponse(msgKey, failures, Map.of());
					});
		});
	}

	@Override
	public Mono<Void> importMessage(ImportMessageRequest request) {
		return this.operations.execute(MessageCommands.IMPORT, request).then();
	}

	@Override
	public Flux<ReceivedMessage> history(String operator, String peer, Instant from, Instant to) {
		return Flux.defer(() -> {
			HistoryRequest first = new HistoryRequest(operator, peer, HISTORY_PAGE_SIZE, from.getEpochSecond(),
					to.getEpochSecond(), null);
			return Pages.walk(first, this::historyPage, HistoryResponse::messages,
					(request, page) -> (page.isComplete() || page.messages().isEmpty()) ? null : request.next(page));
		});
	}

	@Override
	public Mono<HistoryResponse> historyPage(HistoryRequest request) {
		return this.operations.execute(MessageCommands.HISTORY, request);
	}

	@Override
	public Mono<Void> recall(String from, String to, String msgKey) {
		return this.operations.execute(MessageCommands.RECALL, new RecallMessageRequest(from, to, msgKey)).then();
	}

	@Override
	public Mono<Void> markRead(MarkReadRequest request) {
		return this.operations.execute(MessageCommands.MARK_READ, request).then();
	}

	@Override
	public Mono<Long> unreadCount(String userId) {
		return this.operations.execute(MessageCommands.UNREAD_COUNT, new UnreadCountRequest(userId, null))
			.map((response) -> (response.allC2cUnreadMsgNum() != null) ? response.allC2cUnreadMsgNum() : 0L);
	}

	@Override
	public Mono<UnreadCountResponse> unreadCounts(String userId, List<String> peers) {
		return Mono.defer(() -> {
			BatchCalls.checkUserIds(peers, "peers");
			return BatchCalls.merged(peers, MessageCommands.UNREAD_COUNT.batchLimit(), this.concurrency,
					(chunk) -> this.operations.execute(MessageCommands.UNREAD_COUNT,
							new UnreadCountRequest(userId, chunk)),
					(chunk, ex) -> new UnreadCountResponse(null, List.of(),
							chunk.stream()
								.map((id) -> new UnreadCountResponse.PeerError(id, BatchCalls.resultCodeOf(ex)))
								.toList(),
							Map.of()),
					(responses) -> new UnreadCountResponse(null,
							responses.stream().flatMap((response) -> response.counts().stream()).toList(),
							responses.stream().flatMap((response) -> response.errors().stream()).toList(), Map.of()));
		});
	}

	@Override
	public Mono<Void> modify(ModifyMessageRequest request) {
		return this.operations.execute(MessageCommands.MODIFY, request).then();
	}

	@Override
	public Mono<Void> deleteFromHistory(String operator, String peer, List<String> msgKeys) {
		return Mono.defer(() -> {
			if (msgKeys == null) {
				throw new IllegalArgumentException("'msgKeys' must not be null");
			}
			return Flux.fromIterable(BatchCalls.partition(msgKeys, MessageCommands.DELETE_HISTORY.batchLimit()))
				.concatMap((chunk) -> this.operations.execute(MessageCommands.DELETE_HISTORY,
						new DeleteHistoryRequest(operator, peer, chunk)))
				.then();
		});
	}

	@Override
	public Mono<Void> sendReadReceipts(ReadReceiptRequest request) {
		return this.operations.execute(MessageCommands.READ_RECEIPT, request).then();
	}

	@Override
	public Mono<ExtensionsResponse> extensions(GetExtensionsRequest request) {
		return this.operations.execute(MessageCommands.GET_EXTENSIONS, request);
	}

	@Override
	public Mono<SetExtensionsResponse> setExtensions(SetExtensionsRequest request) {
		return this.operations.execute(MessageCommands.SET_EXTENSIONS, request);
	}

	@Override
	public Mono<StreamMessageResponse> sendStream(StreamMessageRequest request) {
		return this.operations.execute(MessageCommands.STREAM, request);
	}

	@Override
	public Mono<StreamMessageResponse> sendGroupStream(GroupStreamMessageRequest request) {
		return this.operations.execute(MessageCommands.GROUP_STREAM, request);
	}

}
