package io.github.chatadmin.client.api.relation;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The request of {@code sns/black_list_check}: up to 1,000 users.
 *
 * @param fromAccount the user ({@code From_Account})
 * @param toAccount the users to check, at most 1,000 per call ({@code To_Account})
 * @param checkType one direction or both ({@code CheckType})
 * @author chat-admin
 * @see <a href="https://trtc.io/document/34913">black_list_check</a>
 */
public record CheckBlocklistRequest(@JsonProperty("From_Account") String fromAccount,
		@JsonProperty("To_Account") List<String> toAccount, @JsonProperty("CheckType") BlockCheckType checkType) {

}
