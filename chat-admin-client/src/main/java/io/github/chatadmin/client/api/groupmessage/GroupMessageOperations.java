package io.github.chatadmin.client.api.groupmessage;

import java.util.List;

import io.github.chatadmin.client.api.message.ExtensionsResponse;
import io.github.chatadmin.client.api.message.ReceivedMessage;
import io.github.chatadmin.client.api.message.SetExtensionsResponse;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Group messages: send, system notifications, recall, import, history, clearing, edits,
 * read receipts, message extensions, and broadcasts to every audio-video group. Every
 * method returns a cold publisher; bad input is refused with an
 * {@link IllegalArgumentException} naming the field before anything is sent.
 * <p>
 * Writes are not sent again when their outcome is unknown: the group pages describe the
 * {@code Random} de-duplication inconsistently, so the exception carries the request's
 * {@code Random} for reconciling instead.
 *
 * @author chat-admin
 * @since 0.1.0
 * @see <a href="https://trtc.io/document/34621">The vendor's REST API list</a>
 */
public interface GroupMessageOperations {

	/**
	 * Send a message to a group ({@code group_open_http_svc/send_group_msg}, 200 calls/s;
	 * clients may send 40 messages/s per group). With {@code To_Account} only up to 50
	 * members receive it. The call can succeed while the service drops the message: see
	 * {@link SendGroupMessageResponse#isDropped()}. Errors peculiar to it: 10010 no such
	 * group, 10017 sender muted, 10023 frequency limit, 80002 body over 12 KB.
	 * @param request the request, from {@link SendGroupMessageRequest#builder(String)}
	 * @return the message's time and sequence number
	 * @see <a href="https://trtc.io/document/34959">send_group_msg</a>
	 */
	Mono<SendGroupMessageResponse> send(SendGroupMessageRequest request);

	/**
	 * Send a text message to a group.
	 * @param groupId the group
	 * @param from the sender, or {@code null} for the app admin
	 * @param text the text
	 * @return the message's time and sequence number
	 */
	Mono<SendGroupMessageResponse> sendText(String groupId, @Nullable String from, String text);

	/**
	 * Send a system notification to a group's members
	 * ({@code group_open_http_svc/send_group_system_notification}), split into calls of
	 * 500 members with {@code concurrency} calls in flight. When a call fails, the others
	 * still run and the result fails with the first error: the members of the calls that
	 * succeeded were notified.
	 * @param request the request, from {@link SystemNotificationRequest#toAll} or
	 * {@link SystemNotificationRequest#toMembers}
	 * @return completes when sent
	 * @see <a href="https://trtc.io/document/34958">send_group_system_notification</a>
	 */
	Mono<Void> sendSystemNotification(SystemNotificationRequest request);

	/**
	 * Recall messages of a group ({@code group_open_http_svc/group_msg_recall}), split
	 * into calls of 10 with {@code concurrency} calls in flight and merged in order. A
	 * recall cannot be undone; audio-video groups do not support it.
	 * @param request the request
	 * @return a result per message; those of a call that failed as a whole carry its
	 * {@code ErrorCode} (or -1 without an answer)
	 * @see <a href="https://trtc.io/document/34965">group_msg_recall</a>
	 */
	Mono<GroupRecallResponse> recall(GroupRecallRequest request);

	/**
	 * Recall messages of a group by sequence number.
	 * @param groupId the group
	 * @param msgSeqs the messages' sequence numbers
	 * @return a result per message
	 */
	Mono<GroupRecallResponse> recall(String groupId, List<Long> msgSeqs);

	/**
	 * Import historical messages into a group
	 * ({@code group_open_http_svc/import_group_msg}), without callbacks; every member's
	 * unread count becomes 0. The vendor takes 7 messages per call, in ascending order of
	 * time and later than the group's latest message, so a longer list is imported in
	 * calls of 7 one after the other; when a call fails, the later ones are not sent
	 * (they would leave a gap that can no longer be filled) and their messages carry the
	 * failed call's code. Not sent again after an unknown outcome.
	 * @param request the request
	 * @return a result per message, in order
	 * @see <a href="https://trtc.io/document/34968">import_group_msg</a>
	 */
	Mono<ImportGroupMessagesResponse> importMessages(ImportGroupMessagesRequest request);

	/**
	 * Silently recall the messages a member sent among the group's latest 1,000
	 * ({@code group_open_http_svc/delete_group_msg_by_sender}): the service marks them
	 * recalled and clients are not told. No effect, and no error, in audio-video groups.
	 * @param request the request
	 * @return completes when done
	 * @see <a href="https://trtc.io/document/34970">delete_group_msg_by_sender</a>
	 */
	Mono<Void> deleteBySender(DeleteBySenderRequest request);

	/**
	 * Silently recall the messages a member sent among the group's latest 1,000.
	 * @param groupId the group
	 * @param sender the member's UserID
	 * @return completes when done
	 */
	Mono<Void> deleteBySender(String groupId, String sender);

	/**
	 * Return a group's whole history, newest first, reading pages of 20 messages of
	 * {@code group_open_http_svc/group_msg_get_simple} as the subscriber asks for more.
	 * @param groupId the group
	 * @return the messages
	 * @see #history(GroupHistoryRequest)
	 */
	Flux<ReceivedMessage> history(String groupId);

	/**
	 * Return a group's history from a first page on, newest first, walking back by
	 * {@code ReqMsgSeq} (the smallest sequence number of a page minus one) and reading
	 * the next page only when the subscriber asks for more. The walk ends as
	 * {@link GroupHistoryRequest#next(GroupHistoryResponse)} says, and fails with an
	 * {@link IllegalStateException} if the cursor does not move. Deleted, expired and
	 * recalled messages come back as place holders
	 * ({@link ReceivedMessage#isPlaceholder()}). Audio-video groups keep no history.
	 * @param first the request of the first page
	 * @return the messages
	 * @see <a href="https://trtc.io/document/34971">group_msg_get_simple</a>
	 */
	Flux<ReceivedMessage> history(GroupHistoryRequest first);

	/**
	 * Read one page of a group's history.
	 * @param request the request; {@link GroupHistoryRequest#next(GroupHistoryResponse)}
	 * gives the next page's
	 * @return the page
	 */
	Mono<GroupHistoryResponse> historyPage(GroupHistoryRequest request);

	/**
	 * Clear a group's history for clients ({@code group_open_http_svc/clear_group_msg}):
	 * the messages are marked deleted, the app admin can still read them. Not for
	 * communities.
	 * @param request the request, from {@link ClearGroupHistoryRequest#all(String)} or
	 * {@link ClearGroupHistoryRequest#upTo(String, long)}
	 * @return completes when cleared
	 * @see <a href="https://trtc.io/document/65970">clear_group_msg</a>
	 */
	Mono<Void> clearHistory(ClearGroupHistoryRequest request);

	/**
	 * Send one message to every audio-video group of the app
	 * ({@code group_open_http_svc/send_broadcast_msg}): paid editions with the console's
	 * broadcast switch on (else 10007); at most one call per second (10023), which the
	 * client's limiter keeps to.
	 * @param request the request, from {@link BroadcastMessageRequest#of}
	 * @return the message's sequence number
	 * @see <a href="https://trtc.io/document/49440">send_broadcast_msg</a>
	 */
	Mono<BroadcastMessageResponse> broadcast(BroadcastMessageRequest request);

	/**
	 * Replace the body or custom data of a group message, for good
	 * ({@code openim/modify_group_msg}). Its errors are of the {@code openim} family
	 * (2xxxx, 9xxxx), not the group one.
	 * @param request the request
	 * @return completes when modified
	 * @see <a href="https://trtc.io/document/47948">modify_group_msg</a>
	 */
	Mono<Void> modify(ModifyGroupMessageRequest request);

	/**
	 * Send read receipts for group messages on behalf of a member
	 * ({@code group_open_http_svc/group_msg_receipt}), split into calls of 50. No vendor
	 * page documents this command: its fields and limit come from a third-party SDK.
	 * @param groupId the group
	 * @param userId the member who read the messages
	 * @param msgSeqs the messages' sequence numbers
	 * @return completes when sent
	 */
	Mono<Void> sendReadReceipts(String groupId, String userId, List<Long> msgSeqs);

	/**
	 * Count the members who have and have not read group messages
	 * ({@code group_open_http_svc/get_group_msg_receipt}); paid editions with the
	 * console's group read receipts on, not for audio-video groups or communities.
	 * @param groupId the group
	 * @param msgSeqs the messages' sequence numbers
	 * @return the counts per message
	 * @see <a href="https://trtc.io/document/49439">get_group_msg_receipt</a>
	 */
	Mono<ReceiptCountResponse> receiptCounts(String groupId, List<Long> msgSeqs);

	/**
	 * Return the members who have read a group message, reading pages of 200 of
	 * {@code group_open_http_svc/get_group_msg_receipt_detail} by its {@code Cursor} as
	 * the subscriber asks for more.
	 * @param groupId the group
	 * @param msgSeq the message's sequence number
	 * @return the members' UserIDs
	 * @see <a href="https://trtc.io/document/49438">get_group_msg_receipt_detail</a>
	 */
	Flux<String> readers(String groupId, long msgSeq);

	/**
	 * Return the members who have not read a group message, reading pages of 200 by the
	 * {@code Cursor} as the subscriber asks for more.
	 * @param groupId the group
	 * @param msgSeq the message's sequence number
	 * @return the members' UserIDs
	 */
	Flux<String> nonReaders(String groupId, long msgSeq);

	/**
	 * Read one page of the members who have (or have not) read a group message.
	 * @param request the request, from {@link ReceiptDetailRequest#first}; its
	 * {@link ReceiptDetailRequest#next(ReceiptDetailResponse)} gives the next page's
	 * @return the page
	 */
	Mono<ReceiptDetailResponse> receiptDetailPage(ReceiptDetailRequest request);

	/**
	 * Read the extensions of a group message
	 * ({@code openim_msg_ext_http_svc/group_get_key_values}): at most 200 pairs per call;
	 * when {@code CompleteFlag} is 0, read on from the last pair's {@code Seq} with
	 * {@code StartSeq}. Error 23004: no such message.
	 * @param request the request
	 * @return the pairs
	 * @see <a href="https://trtc.io/document/52169">group_get_key_values</a>
	 */
	Mono<ExtensionsResponse> extensions(GroupGetExtensionsRequest request);

	/**
	 * Set, delete or clear up to 20 extension pairs of a group message
	 * ({@code openim_msg_ext_http_svc/group_set_key_values}); the message must have been
	 * sent with extensions supported (else 23002). Per-pair error 23001: the pair's
	 * version changed, read it again; 23003: more than 200 writes a minute on the
	 * message.
	 * @param request the request
	 * @return a result per pair
	 */
	Mono<SetExtensionsResponse> setExtensions(GroupSetExtensionsRequest request);

}
