package io.github.chatadmin.client.api.account;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Body of {@code im_open_login_svc/account_delete}.
 *
 * @param deleteItem the accounts to delete, at most 100
 * @author chat-admin
 */
public record AccountDeleteRequest(@JsonProperty("DeleteItem") List<UserIdItem> deleteItem) {

}
