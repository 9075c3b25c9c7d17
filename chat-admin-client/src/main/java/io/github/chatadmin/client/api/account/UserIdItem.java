package io.github.chatadmin.client.api.account;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One {@code {"UserID": …}} item of a list parameter.
 *
 * @param userId the UserID
 * @author chat-admin
 */
public record UserIdItem(@JsonProperty("UserID") String userId) {

}
