package io.github.chatadmin.client.api.account;

import java.util.List;
import java.util.function.Function;

import io.github.chatadmin.client.ChatCommand;
import io.github.chatadmin.client.ChatResponse;
import io.github.chatadmin.client.api.RequestChecks;

/**
 * The account commands of the REST API, each declared once with its limits, quota and
 * input checks.
 *
 * @author chat-admin
 */
public final class AccountCommands {

	/**
	 * Import one account.
	 */
	public static final ChatCommand<AccountImportRequest, ChatResponse> ACCOUNT_IMPORT = ChatCommand
		.write("im_open_login_svc", "account_import", AccountImportRequest.class, ChatResponse.class)
		.withCheck((request) -> RequestChecks.userId(request.userId(), "UserID"));

	/**
	 * Import up to 100 accounts, by UserID ({@code Accounts}) or with nickname and avatar
	 * ({@code AccountList}).
	 */
	public static final ChatCommand<MultiAccountImportRequest, MultiAccountImportResponse> MULTIACCOUNT_IMPORT = ChatCommand
		.write("im_open_login_svc", "multiaccount_import", MultiAccountImportRequest.class,
				MultiAccountImportResponse.class)
		.withCheck(AccountCommands::checkOneForm)
		.withList("Accounts' or 'AccountList", 100, MultiAccountImportRequest::userIds)
		.withQuota(100)
		.withCheck(AccountCommands::checkMultiImport);

	/**
	 * Check whether up to 100 accounts are imported.
	 */
	public static final ChatCommand<AccountCheckRequest, AccountCheckResponse> ACCOUNT_CHECK = ChatCommand
		.read("im_open_login_svc", "account_check", AccountCheckRequest.class, AccountCheckResponse.class)
		.withList("CheckItem", 100, AccountCheckRequest::checkItem)
		.withQuota(100)
		.withCheck((request) -> checkItems(request.checkItem(), UserIdItem::userId, "CheckItem"));

	/**
	 * Delete up to 100 accounts.
	 */
	public static final ChatCommand<AccountDeleteRequest, AccountDeleteResponse> ACCOUNT_DELETE = ChatCommand
		.write("im_open_login_svc", "account_delete", AccountDeleteRequest.class, AccountDeleteResponse.class)
		.withList("DeleteItem", 100, AccountDeleteRequest::deleteItem)
		.withQuota(100)
		.withCheck((request) -> checkItems(request.deleteItem(), UserIdItem::userId, "DeleteItem"));

	/**
	 * Invalidate the login state of one account.
	 */
	public static final ChatCommand<KickRequest, ChatResponse> KICK = ChatCommand
		.write("im_open_login_svc", "kick", KickRequest.class, ChatResponse.class)
		.withCheck((request) -> RequestChecks.userId(request.userId(), "UserID"));

	/**
	 * Query the online status of up to 500 accounts.
	 */
	public static final ChatCommand<OnlineStatusRequest, OnlineStatusResponse> QUERY_ONLINE_STATUS = ChatCommand
		.read("openim", "query_online_status", OnlineStatusRequest.class, OnlineStatusResponse.class)
		.withList("To_Account", 500, OnlineStatusRequest::toAccount)
		.withCheck((request) -> RequestChecks.userIds(request.toAccount(), "To_Account"));

	private AccountCommands() {
	}

	private static void checkOneForm(MultiAccountImportRequest request) {
		if (request.accounts() != null && request.accountList() != null) {
			throw new IllegalArgumentException(
					"Only one of 'Accounts' and 'AccountList' of im_open_login_svc/multiaccount_import may be set");
		}
	}

	private static void checkMultiImport(MultiAccountImportRequest request) {
		List<MultiAccountImportRequest.ImportedAccount> accountList = request.accountList();
		if (accountList == null) {
			RequestChecks.userIds(request.accounts(), "Accounts");
		}
		else {
			checkItems(accountList, MultiAccountImportRequest.ImportedAccount::userId, "AccountList");
		}
	}

	private static <T> void checkItems(List<T> items, Function<T, String> userId, String field) {
		for (int i = 0; i < items.size(); i++) {
			T item = items.get(i);
			RequestChecks.notNull(item, field + "[" + i + "]");
			RequestChecks.userId(userId.apply(item), field + "[" + i + "].UserID");
		}
	}

}
