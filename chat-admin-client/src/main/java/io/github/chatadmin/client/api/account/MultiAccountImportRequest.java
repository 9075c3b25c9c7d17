package io.github.chatadmin.client.api.account;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Body of {@code im_open_login_svc/multiaccount_import}.
 *
 * @param accounts the UserIDs, at most 100
 * @author chat-admin
 */
public record MultiAccountImportRequest(@JsonProperty("Accounts") List<String> accounts) {

}
