package io.github.chatadmin.client.api;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

import io.github.chatadmin.client.ChatAdminException;
import io.github.chatadmin.client.ChatAdminResponseException;
import io.github.chatadmin.client.ChatCommand;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Support for the typed operations: input checks and the splitting of long lists at a
 * command's limit.
 *
 * @author chat-admin
 * @since 0.1.0
 */
public final class BatchCalls {

	/**
	 * Maximum length of a UserID in UTF-8 bytes.
	 */
	public static final int MAX_USER_ID_BYTES = RequestChecks.MAX_USER_ID_BYTES;

	/**
	 * Result code given to the items of a chunk whose call failed without an error
	 * envelope (a transport failure).
	 */
	public static final int NO_ENVELOPE_CODE = -1;

	private BatchCalls() {
	}

	/**
	 * Return the result code that stands for a failed call on each of its items: the
	 * {@code ErrorCode} the service answered, or {@value #NO_ENVELOPE_CODE}.
	 * @param ex the failure
	 * @return the code
	 */
	public static int resultCodeOf(ChatAdminException ex) {
		return (ex instanceof ChatAdminResponseException response) ? response.getErrorCode() : NO_ENVELOPE_CODE;
	}

	/**
	 * Check a UserID: not empty, at most {@value #MAX_USER_ID_BYTES} bytes in UTF-8.
	 * @param userId the UserID
	 * @param name how to name the value in the error message
	 * @throws IllegalArgumentException if the UserID is invalid
	 * @see RequestChecks#userId(String, String)
	 */
	public static void checkUserId(String userId, String name) {
		RequestChecks.userId(userId, name);
	}

	/**
	 * Check every UserID of a list.
	 * @param userIds the UserIDs
	 * @param name how to name the list in the error message
	 * @throws IllegalArgumentException if the list is null or a UserID is invalid
	 * @see RequestChecks#userIds(List, String)
	 */
	public static void checkUserIds(List<String> userIds, String name) {
		RequestChecks.userIds(userIds, name);
	}

	/**
	 * Split a list into consecutive chunks of at most {@code limit} items.
	 * @param <T> the item type
	 * @param items the items
	 * @param limit the chunk size
	 * @return the chunks, in order
	 */
	public static <T> List<List<T>> partition(List<T> items, int limit) {
		if (limit <= 0) {
			throw new IllegalArgumentException("'limit' must be positive");
		}
		List<List<T>> chunks = new ArrayList<>((items.size() + limit - 1) / limit);
		for (int start = 0; start < items.size(); start += limit) {
			chunks.add(List.copyOf(items.subList(start, Math.min(items.size(), start + limit))));
		}
		return chunks;
	}

	/**
	 * Split a request's list at its command's {@link ChatCommand#batchLimit() limit} and
	 * check every call with the command's checks before any is sent.
	 * @param <T> the item type
	 * @param <Q> the request type
	 * @param items the list, may be {@code null} (then the command's check decides)
	 * @param command the command
	 * @param withItems the request with a chunk of the list
	 * @return the checked requests, one per call, in order
	 * @throws IllegalArgumentException if a call breaks the command's checks
	 */
	public static <T, Q> List<Q> checkedCalls(@Nullable List<T> items, ChatCommand<Q, ?> command,
			Function<@Nullable List<T>, Q> withItems) {
		List<Q> calls = new ArrayList<>();
		if (items == null || command.batchLimit() == 0 || items.size() <= command.batchLimit()) {
			calls.add(withItems.apply(items));
		}
		else {
			partition(items, command.batchLimit()).forEach((chunk) -> calls.add(withItems.apply(chunk)));
		}
		calls.forEach(command::validate);
		return calls;
	}

	/**
	 * Call a command once per chunk of a list, at most {@code concurrency} calls in
	 * flight, and return the responses in the order of the chunks.
	 * <p>
	 * A list that fits in one call fails as that call fails. When a longer list is split,
	 * a chunk whose call fails does not discard the chunks that succeeded: its items are
	 * reported through {@code onChunkFailure}, as per-item failures in a response value.
	 * Only when every chunk fails does the result fail, with the first chunk's error.
	 * @param <T> the item type
	 * @param <R> the response type
	 * @param items the items
	 * @param limit the command's limit per call
	 * @param concurrency the number of calls in flight at most
	 * @param call the call for one chunk
	 * @param onChunkFailure the response that stands for a failed chunk
	 * @return the responses, one per chunk, in order
	 */
	public static <T, R> Mono<List<R>> perChunk(List<T> items, int limit, int concurrency,
			Function<List<T>, Mono<R>> call, BiFunction<List<T>, ChatAdminException, R> onChunkFailure) {
		if (items.size() <= limit) {
			// one call, or none: no Flux to split and merge
			return items.isEmpty() ? Mono.just(List.of())
					: Mono.defer(() -> call.apply(items)).map(List::of).defaultIfEmpty(List.of());
		}
		List<List<T>> chunks = partition(items, limit);
		return Flux.fromIterable(chunks)
			.flatMapSequential(
					(chunk) -> call.apply(chunk)
						.map(ChunkResult::<T, R>success)
						.onErrorResume(ChatAdminException.class, (ex) -> Mono.just(ChunkResult.failure(chunk, ex))),
					concurrency, 1)
			.collectList()
			.flatMap((results) -> {
				@Nullable ChatAdminException firstError = null;
				List<R> responses = new ArrayList<>(results.size());
				boolean anySuccess = false;
				for (ChunkResult<T, R> result : results) {
					if (result.error() == null) {
						anySuccess = true;
						responses.add(result.response());
					}
					else {
						firstError = (firstError != null) ? firstError : result.error();
						responses.add(onChunkFailure.apply(result.chunk(), result.error()));
					}
				}
				return (!anySuccess && firstError != null) ? Mono.error(firstError) : Mono.just(responses);
			});
	}

	/**
	 * Call a command once per chunk of a list, as {@link #perChunk} does, and merge the
	 * responses into one. A list that fits in one call gets that call's response itself,
	 * with every field the model does not know; a longer list gets the merge of the
	 * chunks' responses.
	 * @param <T> the item type
	 * @param <R> the response type
	 * @param items the items
	 * @param limit the command's limit per call
	 * @param concurrency the number of calls in flight at most
	 * @param call the call for one chunk
	 * @param onChunkFailure the response that stands for a failed chunk
	 * @param merge the response of the whole list from the chunks' responses, in order
	 * @return the response
	 */
	public static <T, R> Mono<R> merged(List<T> items, int limit, int concurrency, Function<List<T>, Mono<R>> call,
			BiFunction<List<T>, ChatAdminException, R> onChunkFailure, Function<List<R>, R> merge) {
		if (!items.isEmpty() && items.size() <= limit) {
			return call.apply(items);
		}
		return perChunk(items, limit, concurrency, call, onChunkFailure).map(merge);
	}

	/**
	 * Send the requests of {@link #checkedCalls(List, ChatCommand, Function)}, at most
	 * {@code concurrency} calls in flight, and return the responses in the order of the
	 * requests. A failed call is handled as {@link #perChunk} handles a failed chunk: a
	 * single request fails as its call fails; of several, a failed one is reported
	 * through {@code onCallFailure}, and only when every call fails does the result fail,
	 * with the first call's error.
	 * @param <Q> the request type
	 * @param <R> the response type
	 * @param calls the checked requests, in order
	 * @param concurrency the number of calls in flight at most
	 * @param call the call of one request
	 * @param onCallFailure the response that stands for a failed call (it may throw the
	 * error instead, to fail the result)
	 * @return the responses, one per request, in order
	 */
	public static <Q, R> Mono<List<R>> perCall(List<Q> calls, int concurrency, Function<Q, Mono<R>> call,
			BiFunction<Q, ChatAdminException, R> onCallFailure) {
		return perChunk(calls, 1, concurrency, (chunk) -> call.apply(chunk.get(0)),
				(chunk, ex) -> onCallFailure.apply(chunk.get(0), ex));
	}

	private record ChunkResult<T, R>(List<T> chunk, @Nullable R response, @Nullable ChatAdminException error) {

		static <T, R> ChunkResult<T, R> success(R response) {
			return new ChunkResult<>(List.of(), response, null);
		}

		static <T, R> ChunkResult<T, R> failure(List<T> chunk, ChatAdminException error) {
			return new ChunkResult<>(chunk, null, error);
		}

	}

}
