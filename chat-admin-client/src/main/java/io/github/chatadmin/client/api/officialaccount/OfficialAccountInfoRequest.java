package io.github.chatadmin.client.api.officialaccount;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The request of {@code official_account_open_http_svc/get_official_account_info}: up to
 * 50 accounts.
 *
 * @param officialAccountIdList the accounts ({@code OfficialAccountIdList})
 * @param responseFilter the fields to return, or {@code null} for all
 * ({@code ResponseFilter})
 * @author chat-admin
 */
public record OfficialAccountInfoRequest(@JsonProperty("OfficialAccountIdList") List<AccountId> officialAccountIdList,
		@JsonProperty("ResponseFilter") @Nullable ResponseFilter responseFilter) {

	/**
	 * Return a request for accounts.
	 * @param accounts the accounts
	 * @param filter the fields to return, or {@code null} for all
	 * @return the request
	 */
	public static OfficialAccountInfoRequest of(List<String> accounts, @Nullable ResponseFilter filter) {
		return new OfficialAccountInfoRequest(accounts.stream().map(AccountId::new).toList(), filter);
	}

	/**
	 * One account.
	 *
	 * @param officialAccount the account ({@code Official_Account})
	 */
	public record AccountId(@JsonProperty("Official_Account") String officialAccount) {

	}

}
