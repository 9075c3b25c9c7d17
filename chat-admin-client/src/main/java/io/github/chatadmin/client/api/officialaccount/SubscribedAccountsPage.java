package io.github.chatadmin.client.api.officialaccount;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The answer of
 * {@code official_account_open_http_svc/get_subscribed_official_account_list} (not
 * visible on the page: a third-party SDK's field names).
 *
 * @param officialAccountInfoList the accounts ({@code OfficialAccountInfoList})
 * @param totalCount the number of accounts ({@code TotalCount})
 * @param completeFlag {@code 1} when the list is complete ({@code CompleteFlag})
 * @param extra fields this model does not name
 * @author chat-admin
 */
public record SubscribedAccountsPage(
		@JsonProperty("OfficialAccountInfoList") @Nullable List<OfficialAccountInfo> officialAccountInfoList,
		@JsonProperty("TotalCount") @Nullable Long totalCount,
		@JsonProperty("CompleteFlag") @Nullable Integer completeFlag,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

	/**
	 * Return the accounts, never {@code null}.
	 * @return the accounts
	 */
	public List<OfficialAccountInfo> accounts() {
		return (this.officialAccountInfoList != null) ? this.officialAccountInfoList : List.of();
	}

}
