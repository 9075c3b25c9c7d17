package io.github.chatadmin.client.api.account;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * Answer of {@code im_open_login_svc/account_delete}.
 *
 * @param resultItem one result per account
 * @author chat-admin
 */
public record AccountDeleteResponse(@JsonProperty("ResultItem") List<Item> resultItem) {

	public AccountDeleteResponse {
		resultItem = (resultItem != null) ? List.copyOf(resultItem) : List.of();
	}

	/**
	 * Result for one account.
	 *
	 * @param userId the UserID
	 * @param resultCode {@code 0} when the account was deleted (70107: it did not exist)
	 * @param resultInfo the error description, if any
	 */
	public record Item(@JsonProperty("UserID") String userId, @JsonProperty("ResultCode") int resultCode,
			@JsonProperty("ResultInfo") @Nullable String resultInfo) {

	}

}
