package io.github.chatadmin.client.api.account;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Answer of {@code im_open_login_svc/multiaccount_import}.
 *
 * @param failAccounts the UserIDs that were not imported
 * @param extra fields this model does not name
 * @author chat-admin
 */
public record MultiAccountImportResponse(@JsonProperty("FailAccounts") List<String> failAccounts,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

	public MultiAccountImportResponse {
		failAccounts = (failAccounts != null) ? List.copyOf(failAccounts) : List.of();
		extra = (extra != null) ? Map.copyOf(extra) : Map.of();
	}

	/**
	 * Create the answer without fields beyond those this model names.
	 * @param failAccounts as the record component
	 */
	public MultiAccountImportResponse(List<String> failAccounts) {
		this(failAccounts, Map.of());
	}

}
