package io.github.chatadmin.client.api.officialaccount;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The request of {@code official_account_open_http_svc/modify_subscriber_info} (the
 * page's body is not visible: a third-party SDK's fields).
 *
 * @param officialAccount the account ({@code Official_Account})
 * @param subscriberAccount the subscriber ({@code Subscriber_Account})
 * @param customString the subscriber's custom data ({@code CustomString})
 * @author chat-admin
 */
public record ModifySubscriberRequest(@JsonProperty("Official_Account") String officialAccount,
		@JsonProperty("Subscriber_Account") String subscriberAccount,
		@JsonProperty("CustomString") @Nullable String customString) {

}
