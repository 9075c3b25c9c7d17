package io.github.chatadmin.client.api.account;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Body of {@code im_open_login_svc/kick}.
 *
 * @param userId the UserID whose login state is invalidated
 * @author chat-admin
 */
public record KickRequest(@JsonProperty("UserID") String userId) {

}
