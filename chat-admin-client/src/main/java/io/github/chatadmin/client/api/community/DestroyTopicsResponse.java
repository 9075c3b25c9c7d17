package io.github.chatadmin.client.api.community;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The answer of {@code destroy_topic}: a result per topic.
 *
 * @param destroyResultItem the results ({@code DestroyResultItem})
 * @param extra fields this model does not name
 * @author chat-admin
 */
public record DestroyTopicsResponse(@JsonProperty("DestroyResultItem") @Nullable List<TopicResult> destroyResultItem,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

	/**
	 * Return the results, never {@code null}.
	 * @return the results
	 */
	public List<TopicResult> results() {
		return (this.destroyResultItem != null) ? this.destroyResultItem : List.of();
	}

	/**
	 * Return the topics that were not disbanded.
	 * @return the results whose {@code ErrorCode} is not 0
	 */
	public List<TopicResult> failures() {
		return results().stream().filter((result) -> result.errorCode() != 0).toList();
	}

}
