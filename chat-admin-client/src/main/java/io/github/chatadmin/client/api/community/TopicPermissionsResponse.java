package io.github.chatadmin.client.api.community;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The answer of the topic-permission commands: a result per topic.
 *
 * @param topicPermissionResultList the results ({@code TopicPermissionResultList})
 * @param extra fields this model does not name
 * @author chat-admin
 */
public record TopicPermissionsResponse(
		@JsonProperty("TopicPermissionResultList") @Nullable List<TopicPermissionResult> topicPermissionResultList,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

	/**
	 * Return the results, never {@code null}.
	 * @return the results
	 */
	public List<TopicPermissionResult> results() {
		return (this.topicPermissionResultList != null) ? this.topicPermissionResultList : List.of();
	}

}
