package io.github.chatadmin.client.api.account;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Answer of {@code im_open_login_svc/account_delete}.
 *
 * @param resultItem one result per account
 * @param extra fields this model does not name
 * @author chat-admin
 */
public record AccountDeleteResponse(@JsonProperty("ResultItem") List<Item> resultItem,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

	public AccountDeleteResponse {
		resultItem = (resultItem != null) ? List.copyOf(resultItem) : List.of();
		extra = (extra != null) ? Map.copyOf(extra) : Map.of();
	}

	/**
	 * Create the answer without fields beyond those this model names.
	 * @param resultItem as the record component
	 */
	public AccountDeleteResponse(List<Item> resultItem) {
		this(resultItem, Map.of());
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
