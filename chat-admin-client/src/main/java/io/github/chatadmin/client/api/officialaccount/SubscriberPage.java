package io.github.chatadmin.client.api.officialaccount;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The answer of {@code official_account_open_http_svc/get_subscriber_info}.
 *
 * @param next the cursor of the next page, empty at the end ({@code Next})
 * @param subscriberNum the number of subscribers ({@code SubscriberNum})
 * @param subscriberList the page's subscribers ({@code SubscriberList})
 * @param extra fields this model does not name
 * @author chat-admin
 */
public record SubscriberPage(@JsonProperty("Next") @Nullable String next,
		@JsonProperty("SubscriberNum") @Nullable Long subscriberNum,
		@JsonProperty("SubscriberList") @Nullable List<Subscriber> subscriberList,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

	/**
	 * Return the subscribers, never {@code null}.
	 * @return the subscribers
	 */
	public List<Subscriber> subscribers() {
		return (this.subscriberList != null) ? this.subscriberList : List.of();
	}

}
