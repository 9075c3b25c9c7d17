package io.github.chatadmin.client.api.account;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * Answer of {@code im_open_login_svc/account_check}.
 *
 * @param resultItem one result per account checked
 * @author chat-admin
 */
public record AccountCheckResponse(@JsonProperty("ResultItem") List<Item> resultItem) {

	public AccountCheckResponse {
		resultItem = (resultItem != null) ? List.copyOf(resultItem) : List.of();
	}

	/**
	 * Result for one account.
	 *
	 * @param userId the UserID
	 * @param resultCode {@code 0} when the check succeeded
	 * @param resultInfo the error description, if any
	 * @param accountStatus {@code Imported} or {@code NotImported}
	 */
	public record Item(@JsonProperty("UserID") String userId, @JsonProperty("ResultCode") int resultCode,
			@JsonProperty("ResultInfo") @Nullable String resultInfo,
			@JsonProperty("AccountStatus") @Nullable String accountStatus) {

		/**
		 * Return whether the account is imported.
		 * @return whether the check succeeded and the status is {@code Imported}
		 */
		public boolean isImported() {
			return this.resultCode == 0 && "Imported".equals(this.accountStatus);
		}

	}

}
