package io.github.chatadmin.client.api.account;

import java.util.List;

import reactor.core.publisher.Mono;

/**
 * Account operations: import, check, delete, kick and online status.
 * <p>
 * List methods accept any number of UserIDs and split them at the vendor's limit (100 per
 * call; 500 for online status), keeping a bounded number of calls in flight and merging
 * the per-item results in input order. Per-item failures are values in the result, not
 * errors. When a list is split and a whole call fails while others succeed, the items of
 * the failed call appear as failed items whose code is the call's {@code ErrorCode} (or
 * {@code -1} when no envelope came back). UserIDs that are empty or longer than 32 bytes
 * in UTF-8 are refused with an {@link IllegalArgumentException} before anything is sent.
 *
 * @author chat-admin
 */
public interface AccountOperations {

	/**
	 * Import one account ({@code account_import}).
	 * @param userId the UserID
	 * @return completes once imported
	 * @see <a href="https://trtc.io/document/34953">account_import</a>
	 */
	Mono<Void> importAccount(String userId);

	/**
	 * Import one account with its profile fields ({@code account_import}).
	 * @param request the account
	 * @return completes once imported
	 * @see <a href="https://trtc.io/document/34953">account_import</a>
	 */
	Mono<Void> importAccount(AccountImportRequest request);

	/**
	 * Import accounts ({@code multiaccount_import}, 100 per call).
	 * @param userIds the UserIDs, any number
	 * @return the UserIDs that were not imported
	 * @see <a href="https://trtc.io/document/34954">multiaccount_import</a>
	 */
	Mono<MultiAccountImportResponse> importAccounts(List<String> userIds);

	/**
	 * Import accounts with their nicknames and avatars ({@code multiaccount_import} in
	 * its newer form, {@code AccountList}, 100 per call); accounts already imported get
	 * the given nickname and avatar.
	 * @param accounts the accounts, any number
	 * @return the UserIDs that were not imported
	 * @see <a href="https://trtc.io/document/34954">multiaccount_import</a>
	 */
	Mono<MultiAccountImportResponse> importAccountsWithProfiles(
			List<MultiAccountImportRequest.ImportedAccount> accounts);

	/**
	 * Check whether accounts are imported ({@code account_check}, 100 per call).
	 * @param userIds the UserIDs, any number
	 * @return one result per UserID, in input order
	 * @see <a href="https://trtc.io/document/34956">account_check</a>
	 */
	Mono<AccountCheckResponse> check(List<String> userIds);

	/**
	 * Delete accounts and all their data ({@code account_delete}, 100 per call).
	 * @param userIds the UserIDs, any number
	 * @return one result per UserID, in input order
	 * @see <a href=
	 * "https://www.tencentcloud.com/document/product/1047/34955">account_delete</a>
	 */
	Mono<AccountDeleteResponse> delete(List<String> userIds);

	/**
	 * Invalidate an account's login state ({@code kick}).
	 * @param userId the UserID
	 * @return completes once done
	 * @see <a href="https://trtc.io/document/34957">kick</a>
	 */
	Mono<Void> kick(String userId);

	/**
	 * Query the online status of accounts ({@code query_online_status}, 500 per call).
	 * @param userIds the UserIDs, any number
	 * @param detail whether to include the status per platform
	 * @return the status of each account found and the accounts that could not be queried
	 * @see <a href=
	 * "https://www.tencentcloud.com/document/product/1047/35477">query_online_status</a>
	 */
	Mono<OnlineStatusResponse> queryOnlineStatus(List<String> userIds, boolean detail);

}
