package io.github.chatadmin.client.api.officialaccount;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The request of {@code official_account_open_http_svc/delete_subscriber} (the page's
 * example names the list {@code SubscriberToDel_Account}; its table, copied from the add
 * page, does not).
 *
 * @param officialAccount the account ({@code Official_Account})
 * @param subscriberToDelAccount the users ({@code SubscriberToDel_Account})
 * @author chat-admin
 */
public record DeleteSubscribersRequest(@JsonProperty("Official_Account") String officialAccount,
		@JsonProperty("SubscriberToDel_Account") List<String> subscriberToDelAccount) {

}
