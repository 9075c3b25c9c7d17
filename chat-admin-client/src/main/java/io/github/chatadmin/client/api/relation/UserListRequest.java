package io.github.chatadmin.client.api.relation;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The request of the relation commands that take a user and a list of other users:
 * {@code black_list_add}, {@code black_list_delete} (at most 1,000),
 * {@code follow_delete}, {@code follow_get_info} (at most 20) and {@code follow_check}
 * (at most 100).
 *
 * @param fromAccount the user ({@code From_Account})
 * @param toAccount the other users ({@code To_Account})
 * @author chat-admin
 */
public record UserListRequest(@JsonProperty("From_Account") String fromAccount,
		@JsonProperty("To_Account") List<String> toAccount) {

}
