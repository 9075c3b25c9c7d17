package io.github.chatadmin.client.api.officialaccount;

import java.util.List;

import io.github.chatadmin.client.ChatCommand;
import io.github.chatadmin.client.ChatResponse;
import io.github.chatadmin.client.api.RequestChecks;
import org.jspecify.annotations.Nullable;

/**
 * The official-account commands of the REST API, each declared once with its limits and
 * checks (200 calls/s each). Sends are not idempotent: the vendor drops an identical body
 * within five minutes but does not say what it answers then.
 *
 * @author chat-admin
 */
public final class OfficialAccountCommands {

	/**
	 * The prefix of every official account's ID.
	 */
	public static final String PREFIX = "@TOA#_";

	private static final String SERVICE = "official_account_open_http_svc";

	/**
	 * Create an official account.
	 */
	public static final ChatCommand<CreateOfficialAccountRequest, CreateOfficialAccountResponse> CREATE = ChatCommand
		.write(SERVICE, "create_official_account", CreateOfficialAccountRequest.class,
				CreateOfficialAccountResponse.class)
		.withCheck((request) -> {
			if (request.officialAccountUserId() != null) {
				checkAccount(request.officialAccountUserId(), "OfficialAccountUserID");
			}
			RequestChecks.userId(request.ownerAccount(), "Owner_Account");
			RequestChecks.notEmpty(request.name(), "Name");
			checkProfile(request.name(), request.introduction(), request.faceUrl(), request.maxSubscriberNum(),
					request.organization(), request.customString());
		});

	/**
	 * Destroy an official account.
	 */
	public static final ChatCommand<OfficialAccountRequest, ChatResponse> DESTROY = ChatCommand
		.write(SERVICE, "destroy_official_account", OfficialAccountRequest.class, ChatResponse.class)
		.withCheck((request) -> checkAccount(request.officialAccount(), "Official_Account"));

	/**
	 * Modify an official account's profile.
	 */
	public static final ChatCommand<ModifyOfficialAccountRequest, ChatResponse> MODIFY = ChatCommand
		.write(SERVICE, "modify_official_account_base_info", ModifyOfficialAccountRequest.class, ChatResponse.class)
		.withCheck((request) -> {
			checkAccount(request.officialAccount(), "Official_Account");
			if (request.name() != null) {
				RequestChecks.notEmpty(request.name(), "Name");
			}
			checkProfile(request.name(), request.introduction(), request.faceUrl(), request.maxSubscriberNum(),
					request.organization(), request.customString());
		});

	/**
	 * Send a message to every subscriber.
	 */
	public static final ChatCommand<SendOfficialAccountMessageRequest, SendOfficialAccountMessageResponse> SEND = ChatCommand
		.write(SERVICE, "send_official_account_msg", SendOfficialAccountMessageRequest.class,
				SendOfficialAccountMessageResponse.class)
		.withCheck((request) -> {
			checkAccount(request.officialAccount(), "Official_Account");
			RequestChecks.unsigned32(request.random(), "Random");
			if (request.msgBody() == null || request.msgBody().isEmpty()) {
				throw new IllegalArgumentException("'MsgBody' must have at least one element");
			}
			for (int i = 0; i < request.msgBody().size(); i++) {
				RequestChecks.notNull(request.msgBody().get(i), "MsgBody[" + i + "]");
			}
		});

	/**
	 * Read the profiles of up to 50 official accounts.
	 */
	public static final ChatCommand<OfficialAccountInfoRequest, OfficialAccountInfoResponse> GET_INFO = ChatCommand
		.read(SERVICE, "get_official_account_info", OfficialAccountInfoRequest.class, OfficialAccountInfoResponse.class)
		.withList("OfficialAccountIdList", 50, OfficialAccountInfoRequest::officialAccountIdList)
		.withCheck((request) -> {
			List<OfficialAccountInfoRequest.AccountId> ids = request.officialAccountIdList();
			for (int i = 0; i < ids.size(); i++) {
				RequestChecks.notNull(ids.get(i), "OfficialAccountIdList[" + i + "]");
				checkAccount(ids.get(i).officialAccount(), "OfficialAccountIdList[" + i + "].Official_Account");
			}
		});

	/**
	 * Read one page of up to 200 subscribers.
	 */
	public static final ChatCommand<SubscriberPageRequest, SubscriberPage> GET_SUBSCRIBERS = ChatCommand
		.read(SERVICE, "get_subscriber_info", SubscriberPageRequest.class, SubscriberPage.class)
		.withBatchLimit(200)
		.withCheck((request) -> {
			checkAccount(request.officialAccount(), "Official_Account");
			if (request.limit() != null) {
				RequestChecks.range(request.limit(), "Limit", 1, SubscriberPageRequest.MAX_PAGE_SIZE);
			}
			RequestChecks.notNull(request.next(), "Next");
		});

	/**
	 * Recall up to 10 messages of an official account.
	 */
	public static final ChatCommand<OfficialAccountRecallRequest, OfficialAccountRecallResponse> RECALL = ChatCommand
		.write(SERVICE, "official_account_msg_recall", OfficialAccountRecallRequest.class,
				OfficialAccountRecallResponse.class)
		.withList("MsgKeyList", 10, OfficialAccountRecallRequest::msgKeyList)
		.withCheck((request) -> {
			checkAccount(request.officialAccount(), "Official_Account");
			for (int i = 0; i < request.msgKeyList().size(); i++) {
				RequestChecks.notEmpty(request.msgKeyList().get(i), "MsgKeyList[" + i + "]");
			}
			RequestChecks.maxBytes(request.reason(), "Reason", 100);
		});

	/**
	 * Read one page of an official account's history.
	 */
	public static final ChatCommand<OfficialAccountHistoryRequest, OfficialAccountHistoryResponse> HISTORY = ChatCommand
		.read(SERVICE, "official_account_msg_get_simple", OfficialAccountHistoryRequest.class,
				OfficialAccountHistoryResponse.class)
		.withCheck((request) -> {
			checkAccount(request.officialAccount(), "Official_Account");
			if (request.reqMsgNumber() != null) {
				RequestChecks.range(request.reqMsgNumber(), "ReqMsgNumber", 1, Long.MAX_VALUE);
			}
			if (request.withRecalledMsg() != null) {
				RequestChecks.range(request.withRecalledMsg(), "WithRecalledMsg", 0, 1);
			}
		});

	/**
	 * Subscribe up to 100 users.
	 */
	public static final ChatCommand<AddSubscribersRequest, SubscriberResultsResponse> ADD_SUBSCRIBERS = ChatCommand
		.write(SERVICE, "add_subscriber", AddSubscribersRequest.class, SubscriberResultsResponse.class)
		.withList("SubscriberList", 100, AddSubscribersRequest::subscriberList)
		.withCheck((request) -> {
			checkAccount(request.officialAccount(), "Official_Account");
			for (int i = 0; i < request.subscriberList().size(); i++) {
				RequestChecks.notNull(request.subscriberList().get(i), "SubscriberList[" + i + "]");
				RequestChecks.userId(request.subscriberList().get(i).subscriberAccount(),
						"SubscriberList[" + i + "].Subscriber_Account");
			}
		});

	/**
	 * Unsubscribe users (the vendor states no limit).
	 */
	public static final ChatCommand<DeleteSubscribersRequest, SubscriberResultsResponse> DELETE_SUBSCRIBERS = ChatCommand
		.write(SERVICE, "delete_subscriber", DeleteSubscribersRequest.class, SubscriberResultsResponse.class)
		.withCheck((request) -> {
			checkAccount(request.officialAccount(), "Official_Account");
			if (request.subscriberToDelAccount() == null || request.subscriberToDelAccount().isEmpty()) {
				throw new IllegalArgumentException("'SubscriberToDel_Account' must not be empty");
			}
			RequestChecks.userIds(request.subscriberToDelAccount(), "SubscriberToDel_Account");
		});

	/**
	 * Change a subscriber's custom data.
	 */
	public static final ChatCommand<ModifySubscriberRequest, ChatResponse> MODIFY_SUBSCRIBER = ChatCommand
		.write(SERVICE, "modify_subscriber_info", ModifySubscriberRequest.class, ChatResponse.class)
		.withCheck((request) -> {
			checkAccount(request.officialAccount(), "Official_Account");
			RequestChecks.userId(request.subscriberAccount(), "Subscriber_Account");
			RequestChecks.maxBytes(request.customString(), "CustomString", 3000);
		});

	/**
	 * Read one page of up to 200 accounts a user subscribed to.
	 */
	public static final ChatCommand<SubscribedAccountsRequest, SubscribedAccountsPage> GET_SUBSCRIBED = ChatCommand
		.read(SERVICE, "get_subscribed_official_account_list", SubscribedAccountsRequest.class,
				SubscribedAccountsPage.class)
		.withBatchLimit(200)
		.withCheck((request) -> {
			RequestChecks.userId(request.subscriberAccount(), "Subscriber_Account");
			if (request.limit() != null) {
				RequestChecks.range(request.limit(), "Limit", 1, 200);
			}
			if (request.offset() != null) {
				RequestChecks.range(request.offset(), "Offset", 0, Long.MAX_VALUE);
			}
		});

	private OfficialAccountCommands() {
	}

	private static void checkAccount(@Nullable String account, String field) {
		RequestChecks.notEmpty(account, field);
		if (!account.startsWith(PREFIX)) {
			throw new IllegalArgumentException(
					"'" + field + "' must start with " + PREFIX + ", but was '" + account + "'");
		}
	}

	private static void checkProfile(@Nullable String name, @Nullable String introduction, @Nullable String faceUrl,
			@Nullable Long maxSubscriberNum, @Nullable String organization, @Nullable String customString) {
		RequestChecks.maxBytes(name, "Name", 150);
		RequestChecks.maxBytes(introduction, "Introduction", 400);
		RequestChecks.maxBytes(faceUrl, "FaceUrl", 500);
		RequestChecks.maxBytes(organization, "Organization", 500);
		RequestChecks.maxBytes(customString, "CustomString", 3000);
		if (maxSubscriberNum != null) {
			RequestChecks.range(maxSubscriberNum, "MaxSubscriberNum", 1, Long.MAX_VALUE);
		}
	}

}
