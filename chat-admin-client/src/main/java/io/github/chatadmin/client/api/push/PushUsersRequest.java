package io.github.chatadmin.client.api.push;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A request naming up to 100 users: {@code get_attr}, {@code get_tag},
 * {@code clear_all_tags} and their legacy equivalents.
 *
 * @param toAccount the users ({@code To_Account})
 * @author chat-admin
 */
public record PushUsersRequest(@JsonProperty("To_Account") List<String> toAccount) {

	/**
	 * Return a request naming users.
	 * @param users the users
	 * @return the request
	 */
	public static PushUsersRequest of(List<String> users) {
		return new PushUsersRequest(List.copyOf(users));
	}

}
