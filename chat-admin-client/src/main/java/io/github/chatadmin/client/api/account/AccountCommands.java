package io.github.chatadmin.client.api.account;

import io.github.chatadmin.client.ChatCommand;
import io.github.chatadmin.client.ChatResponse;

/**
 * The account commands of the REST API.
 *
 * @author chat-admin
 */
public final class AccountCommands {

	/**
	 * Import one account.
	 */
	public static final ChatCommand<AccountImportRequest, ChatResponse> ACCOUNT_IMPORT = ChatCommand
		.write("im_open_login_svc", "account_import", AccountImportRequest.class, ChatResponse.class);

	/**
	 * Import up to 100 accounts.
	 */
	public static final ChatCommand<MultiAccountImportRequest, MultiAccountImportResponse> MULTIACCOUNT_IMPORT = ChatCommand
		.write("im_open_login_svc", "multiaccount_import", MultiAccountImportRequest.class,
				MultiAccountImportResponse.class)
		.withBatchLimit(100);

	/**
	 * Check whether up to 100 accounts are imported.
	 */
	public static final ChatCommand<AccountCheckRequest, AccountCheckResponse> ACCOUNT_CHECK = ChatCommand
		.read("im_open_login_svc", "account_check", AccountCheckRequest.class, AccountCheckResponse.class)
		.withBatchLimit(100);

	/**
	 * Delete up to 100 accounts.
	 */
	public static final ChatCommand<AccountDeleteRequest, AccountDeleteResponse> ACCOUNT_DELETE = ChatCommand
		.write("im_open_login_svc", "account_delete", AccountDeleteRequest.class, AccountDeleteResponse.class)
		.withBatchLimit(100);

	/**
	 * Invalidate the login state of one account.
	 */
	public static final ChatCommand<KickRequest, ChatResponse> KICK = ChatCommand.write("im_open_login_svc", "kick",
			KickRequest.class, ChatResponse.class);

	/**
	 * Query the online status of up to 500 accounts.
	 */
	public static final ChatCommand<OnlineStatusRequest, OnlineStatusResponse> QUERY_ONLINE_STATUS = ChatCommand
		.read("openim", "query_online_status", OnlineStatusRequest.class, OnlineStatusResponse.class)
		.withBatchLimit(500);

	private AccountCommands() {
	}

}
