package io.github.chatadmin.client.api.officialaccount;

import java.util.List;

import io.github.chatadmin.client.api.message.ReceivedMessage;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Official accounts (an Enterprise feature): accounts, subscribers, broadcasts to
 * subscribers, history and recalls. Every method returns a cold publisher; bad input is
 * refused with an {@link IllegalArgumentException} naming the field before anything is
 * sent. Common errors: 130002 no permission, 130004 no such account, 130007 wrong ID,
 * 130008 ID taken, 131000 service not enabled.
 *
 * @author chat-admin
 * @see <a href="https://www.tencentcloud.com/document/product/1047/60813">Official
 * accounts</a>
 */
public interface OfficialAccountOperations {

	/**
	 * Create an official account ({@code create_official_account}, 200 calls/s).
	 * @param request the request, from {@link CreateOfficialAccountRequest#builder}
	 * @return the account's ID
	 * @see <a href=
	 * "https://www.tencentcloud.com/document/product/1047/60755">create_official_account</a>
	 */
	Mono<CreateOfficialAccountResponse> create(CreateOfficialAccountRequest request);

	/**
	 * Destroy an official account ({@code destroy_official_account}).
	 * @param officialAccount the account
	 * @return completes when destroyed
	 * @see <a href=
	 * "https://www.tencentcloud.com/document/product/1047/60756">destroy_official_account</a>
	 */
	Mono<Void> destroy(String officialAccount);

	/**
	 * Modify an official account's profile ({@code modify_official_account_base_info}).
	 * @param request the request
	 * @return completes when modified
	 * @see <a href=
	 * "https://www.tencentcloud.com/document/product/1047/60757">modify_official_account_base_info</a>
	 */
	Mono<Void> modify(ModifyOfficialAccountRequest request);

	/**
	 * Send a message to every subscriber ({@code send_official_account_msg}, 200 calls/s
	 * per app, one message a second and two broadcasts an hour per account; an identical
	 * body within five minutes is dropped).
	 * @param request the request, from {@link SendOfficialAccountMessageRequest#builder}
	 * @return the message's key
	 * @see <a href=
	 * "https://www.tencentcloud.com/document/product/1047/60810">send_official_account_msg</a>
	 */
	Mono<SendOfficialAccountMessageResponse> send(SendOfficialAccountMessageRequest request);

	/**
	 * Read official accounts' profiles ({@code get_official_account_info}), in calls of
	 * 50 merged in order.
	 * @param officialAccounts the accounts
	 * @param filter the fields to return, or {@code null} for all
	 * @return the profiles
	 * @see <a href=
	 * "https://www.tencentcloud.com/document/product/1047/60758">get_official_account_info</a>
	 */
	Mono<OfficialAccountInfoResponse> info(List<String> officialAccounts, @Nullable ResponseFilter filter);

	/**
	 * Read every subscriber of an account, page after page by the {@code Next} cursor as
	 * the subscriber asks for more, until {@code Next} is empty
	 * ({@code get_subscriber_info}).
	 * @param officialAccount the account
	 * @return the subscribers
	 * @see <a href=
	 * "https://www.tencentcloud.com/document/product/1047/60759">get_subscriber_info</a>
	 */
	Flux<Subscriber> subscribers(String officialAccount);

	/**
	 * Read one page of subscribers.
	 * @param request the request
	 * @return the page
	 */
	Mono<SubscriberPage> subscribersPage(SubscriberPageRequest request);

	/**
	 * Recall messages of an account ({@code official_account_msg_recall}), in calls of 10
	 * merged in order; a recall cannot be undone.
	 * @param request the request
	 * @return a result per message
	 * @see <a href=
	 * "https://www.tencentcloud.com/document/product/1047/60811">official_account_msg_recall</a>
	 */
	Mono<OfficialAccountRecallResponse> recall(OfficialAccountRecallRequest request);

	/**
	 * Read an account's history, newest first, page after page by {@code LastMsgKey}
	 * until {@code IsFinished} ({@code official_account_msg_get_simple}).
	 * @param first the first page's request
	 * @return the messages
	 * @see <a href=
	 * "https://www.tencentcloud.com/document/product/1047/60812">official_account_msg_get_simple</a>
	 */
	Flux<ReceivedMessage> history(OfficialAccountHistoryRequest first);

	/**
	 * Read one page of an account's history.
	 * @param request the request
	 * @return the page
	 */
	Mono<OfficialAccountHistoryResponse> historyPage(OfficialAccountHistoryRequest request);

	/**
	 * Subscribe users ({@code add_subscriber}), in calls of 100 merged in order.
	 * @param officialAccount the account
	 * @param users the users
	 * @return a result per user
	 * @see <a href=
	 * "https://www.tencentcloud.com/document/product/1047/60760">add_subscriber</a>
	 */
	Mono<SubscriberResultsResponse> addSubscribers(String officialAccount, List<String> users);

	/**
	 * Unsubscribe users ({@code delete_subscriber}).
	 * @param officialAccount the account
	 * @param users the users
	 * @return a result per user
	 * @see <a href=
	 * "https://www.tencentcloud.com/document/product/1047/60761">delete_subscriber</a>
	 */
	Mono<SubscriberResultsResponse> deleteSubscribers(String officialAccount, List<String> users);

	/**
	 * Change a subscriber's custom data ({@code modify_subscriber_info}; the page's body
	 * is not visible).
	 * @param request the request
	 * @return completes when changed
	 * @see <a href=
	 * "https://www.tencentcloud.com/document/product/1047/60762">modify_subscriber_info</a>
	 */
	Mono<Void> modifySubscriber(ModifySubscriberRequest request);

	/**
	 * Read every account a user subscribed to, page after page by offset
	 * ({@code get_subscribed_official_account_list}).
	 * @param first the first page's request
	 * @return the accounts
	 * @see <a href=
	 * "https://www.tencentcloud.com/document/product/1047/60763">get_subscribed_official_account_list</a>
	 */
	Flux<OfficialAccountInfo> subscribedAccounts(SubscribedAccountsRequest first);

	/**
	 * Read one page of the accounts a user subscribed to.
	 * @param request the request
	 * @return the page
	 */
	Mono<SubscribedAccountsPage> subscribedAccountsPage(SubscribedAccountsRequest request);

}
