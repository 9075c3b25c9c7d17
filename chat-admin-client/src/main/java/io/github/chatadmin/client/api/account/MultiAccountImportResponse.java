package io.github.chatadmin.client.api.account;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * Answer of {@code im_open_login_svc/multiaccount_import}.
 *
 * @param failAccounts the UserIDs that were not imported
 * @author chat-admin
 */
public record MultiAccountImportResponse(@JsonProperty("FailAccounts") List<String> failAccounts) {

	public MultiAccountImportResponse {
		failAccounts = (failAccounts != null) ? List.copyOf(failAccounts) : List.of();
	}

}
