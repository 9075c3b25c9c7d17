package io.github.chatadmin.client.api.officialaccount;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The answer of {@code official_account_open_http_svc/get_official_account_info}.
 *
 * @param officialAccountInfoList the accounts ({@code OfficialAccountInfoList})
 * @param extra fields this model does not name
 * @author chat-admin
 */
public record OfficialAccountInfoResponse(
		@JsonProperty("OfficialAccountInfoList") @Nullable List<OfficialAccountInfo> officialAccountInfoList,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

	/**
	 * Return the accounts, never {@code null}.
	 * @return the accounts
	 */
	public List<OfficialAccountInfo> accounts() {
		return (this.officialAccountInfoList != null) ? this.officialAccountInfoList : List.of();
	}

}
