package io.github.chatadmin.client.api.account;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Answer of {@code im_open_login_svc/account_check}.
 *
 * @param resultItem one result per account checked
 * @param extra fields this model does not name
 * @author chat-admin
 */
public record AccountCheckResponse(@JsonProperty("ResultItem") List<Item> resultItem,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

	public AccountCheckResponse {
		resultItem = (resultItem != null) ? List.copyOf(resultItem) : List.of();
		extra = (extra != null) ? Map.copyOf(extra) : Map.of();
	}

	/**
	 * Create the answer without fields beyond those this model names.
	 * @param resultItem as the record component
	 */
	public AccountCheckResponse(List<Item> resultItem) {
		this(resultItem, Map.of());
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
