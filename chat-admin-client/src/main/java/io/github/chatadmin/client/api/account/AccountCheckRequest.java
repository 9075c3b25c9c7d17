package io.github.chatadmin.client.api.account;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Body of {@code im_open_login_svc/account_check}.
 *
 * @param checkItem the accounts to check, at most 100
 * @author chat-admin
 */
public record AccountCheckRequest(@JsonProperty("CheckItem") List<UserIdItem> checkItem) {

}
