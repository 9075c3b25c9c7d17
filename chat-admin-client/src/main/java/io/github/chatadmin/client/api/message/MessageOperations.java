package io.github.chatadmin.client.api.message;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * One-to-one and streaming messages: send, import, history, recall, read state, unread
 * counts, edits, extensions and read receipts. Every method returns a cold publisher; bad
 * input is refused with an {@link IllegalArgumentException} naming the field before
 * anything is sent.
 *
 * @author chat-admin
 * @since 0.1.0
 * @see <a href="https://trtc.io/document/34621">The vendor's REST API list</a>
 */
public interface MessageOperations {

	/**
	 * Send a message to one user ({@code openim/sendmsg}, 200 messages/s). A send whose
	 * outcome is unknown is not sent again: the exception carries its {@code MsgRandom}
	 * for reconciling.
	 * @param request the request, from {@link SendMessageRequest#builder(String)}
	 * @return the message's time and key
	 * @see <a href="https://trtc.io/document/34919">sendmsg</a>
	 */
	Mono<SendMessageResponse> send(SendMessageRequest request);

	/**
	 * Send a text message to one user.
	 * @param from the sender, or {@code null} for the app admin
	 * @param to the receiver
	 * @param text the text
	 * @return the message's time and key
	 * @see <a href="https://trtc.io/document/34919">sendmsg</a>
	 */
	Mono<SendMessageResponse> sendText(@Nullable String from, String to, String text);

	/**
	 * Send one message to many users ({@code openim/batchsendmsg}), split into calls of
	 * 500 receivers that share the request's {@code MsgRandom}. The answer lists the
	 * receivers that failed, including those of a call that failed as a whole (with its
	 * {@code ErrorCode}, or -1 without an answer); its {@code MsgKey} is the first
	 * call's.
	 * @param request the request
	 * @return the key and the failed receivers
	 * @see <a href="https://trtc.io/document/34920">batchsendmsg</a>
	 */
	Mono<BatchSendMessageResponse> sendToMany(BatchSendMessageRequest request);

	/**
	 * Import one historical message ({@code openim/importmsg}), without callbacks. Safe
	 * to send again with the same request.
	 * @param request the request, from
	 * {@link ImportMessageRequest#builder(String, String, long)}
	 * @return completes when imported
	 * @see <a href="https://trtc.io/document/35014">importmsg</a>
	 */
	Mono<Void> importMessage(ImportMessageRequest request);

	/**
	 * Return every message between two users in a time range, reading the pages of
	 * {@code openim/admin_getroammsg} as the subscriber asks for more: the newest page
	 * first and then back in time, each page oldest first, as the vendor pages them. Sort
	 * by ({@code MsgTimeStamp}, {@code MsgSeq}) for a single order.
	 * @param operator the user whose history is read
	 * @param peer the other user
	 * @param from the start of the range
	 * @param to the end of the range
	 * @return the messages
	 * @see <a href="https://trtc.io/document/34922">admin_getroammsg</a>
	 */
	Flux<ReceivedMessage> history(String operator, String peer, Instant from, Instant to);

	/**
	 * Read one page of the history between two users.
	 * @param request the request; {@link HistoryRequest#next(HistoryResponse)} gives the
	 * next page's
	 * @return the page
	 * @see <a href="https://trtc.io/document/34922">admin_getroammsg</a>
	 */
	Mono<HistoryResponse> historyPage(HistoryRequest request);

	/**
	 * Recall a one-to-one message ({@code openim/admin_msgwithdraw}).
	 * @param from the sender
	 * @param to the receiver
	 * @param msgKey the message's key
	 * @return completes when recalled
	 * @see <a href="https://trtc.io/document/38980">admin_msgwithdraw</a>
	 */
	Mono<Void> recall(String from, String to, String msgKey);

	/**
	 * Mark a one-to-one conversation read for a user ({@code openim/admin_set_msg_read}).
	 * @param request the request
	 * @return completes when marked
	 * @see <a href="https://trtc.io/document/38996">admin_set_msg_read</a>
	 */
	Mono<Void> markRead(MarkReadRequest request);

	/**
	 * Return a user's total of unread one-to-one messages
	 * ({@code openim/get_c2c_unread_msg_num}).
	 * @param userId the user
	 * @return the total
	 * @see <a href="https://trtc.io/document/41046">get_c2c_unread_msg_num</a>
	 */
	Mono<Long> unreadCount(String userId);

	/**
	 * Return a user's unread counts per peer, split into calls of 10 peers.
	 * @param userId the user
	 * @param peers the peers
	 * @return the counts, and the peers that could not be counted
	 * @see <a href="https://trtc.io/document/41046">get_c2c_unread_msg_num</a>
	 */
	Mono<UnreadCountResponse> unreadCounts(String userId, List<String> peers);

	/**
	 * Replace the body or custom data of a one-to-one message
	 * ({@code openim/modify_c2c_msg}).
	 * @param request the request
	 * @return completes when modified
	 * @see <a href="https://trtc.io/document/47722">modify_c2c_msg</a>
	 */
	Mono<Void> modify(ModifyMessageRequest request);

	/**
	 * Delete messages from one user's side of a one-to-one history
	 * ({@code openim/delete_c2c_msg_ramble}), split into calls of 30 keys.
	 * @param operator the user whose history is changed
	 * @param peer the other user
	 * @param msgKeys the keys of the messages
	 * @return completes when deleted
	 * @see <a href=
	 * "https://cloud.tencent.com/document/product/269/101439">delete_c2c_msg_ramble
	 * (Chinese)</a>
	 */
	Mono<Void> deleteFromHistory(String operator, String peer, List<String> msgKeys);

	/**
	 * Send read receipts for one-to-one messages on behalf of their receiver
	 * ({@code openim/c2c_msg_read_receipt}).
	 * @param request the request
	 * @return completes when sent
	 * @see <a href="https://trtc.io/document/77776">c2c_msg_read_receipt</a>
	 */
	Mono<Void> sendReadReceipts(ReadReceiptRequest request);

	/**
	 * Read the extensions of a one-to-one message
	 * ({@code openim_msg_ext_http_svc/get_key_values}).
	 * @param request the request
	 * @return the pairs
	 * @see <a href="https://trtc.io/document/51194">get_key_values</a>
	 */
	Mono<ExtensionsResponse> extensions(GetExtensionsRequest request);

	/**
	 * Set, delete or clear up to 20 extension pairs of a one-to-one message
	 * ({@code openim_msg_ext_http_svc/set_key_values}); the message must have been sent
	 * with extensions supported.
	 * @param request the request
	 * @return a result per pair
	 * @see <a href="https://trtc.io/document/51195">set_key_values</a>
	 */
	Mono<SetExtensionsResponse> setExtensions(SetExtensionsRequest request);

	/**
	 * Start or continue a streaming one-to-one message
	 * ({@code stream_msg/send_c2c_stream_msg}).
	 * @param request the request
	 * @return the message's key, to continue it
	 */
	Mono<StreamMessageResponse> sendStream(StreamMessageRequest request);

	/**
	 * Start or continue a streaming group message
	 * ({@code stream_msg/send_group_stream_msg}).
	 * @param request the request
	 * @return the message's key, to continue it
	 */
	Mono<StreamMessageResponse> sendGroupStream(GroupStreamMessageRequest request);

}
