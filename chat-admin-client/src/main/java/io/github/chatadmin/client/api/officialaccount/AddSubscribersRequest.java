package io.github.chatadmin.client.api.officialaccount;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The request of {@code official_account_open_http_svc/add_subscriber}: up to 100 users.
 *
 * @param officialAccount the account ({@code Official_Account})
 * @param subscriberList the users ({@code SubscriberList})
 * @author chat-admin
 */
public record AddSubscribersRequest(@JsonProperty("Official_Account") String officialAccount,
		@JsonProperty("SubscriberList") List<SubscriberId> subscriberList) {

	/**
	 * Return a request for users.
	 * @param officialAccount the account
	 * @param users the users
	 * @return the request
	 */
	public static AddSubscribersRequest of(String officialAccount, List<String> users) {
		return new AddSubscribersRequest(officialAccount, users.stream().map(SubscriberId::new).toList());
	}

	/**
	 * One user.
	 *
	 * @param subscriberAccount the user ({@code Subscriber_Account})
	 */
	public record SubscriberId(@JsonProperty("Subscriber_Account") String subscriberAccount) {

	}

}
