package io.github.chatadmin.client.api.officialaccount;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The answer of {@code add_subscriber} and {@code delete_subscriber}: a result per user.
 *
 * @param subscriberList the result of each user ({@code SubscriberList})
 * @param extra fields this model does not name
 * @author chat-admin
 */
public record SubscriberResultsResponse(@JsonProperty("SubscriberList") @Nullable List<Result> subscriberList,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

	/**
	 * Return the results, never {@code null}.
	 * @return the results
	 */
	public List<Result> results() {
		return (this.subscriberList != null) ? this.subscriberList : List.of();
	}

	/**
	 * The result of one user.
	 *
	 * @param subscriberAccount the user ({@code Subscriber_Account})
	 * @param result {@code 0} failed, {@code 1} done, {@code 2} already (not) subscribed;
	 * {@code 0} also for the users of a split call that failed as a whole
	 * ({@code Result})
	 */
	public record Result(@JsonProperty("Subscriber_Account") String subscriberAccount,
			@JsonProperty("Result") int result) {

	}

}
