package io.github.chatadmin.client.api.officialaccount;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The answer of {@code official_account_open_http_svc/create_official_account}.
 *
 * @param officialAccountUserId the account's ID ({@code OfficialAccountUserID})
 * @param extra fields this model does not name
 * @author chat-admin
 */
public record CreateOfficialAccountResponse(
		@JsonProperty("OfficialAccountUserID") @Nullable String officialAccountUserId,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

}
