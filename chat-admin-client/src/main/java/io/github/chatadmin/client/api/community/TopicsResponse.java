package io.github.chatadmin.client.api.community;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The answer of {@code get_topic}.
 *
 * @param topicAndSelfInfo the topics ({@code TopicAndSelfInfo})
 * @param extra fields this model does not name
 * @author chat-admin
 */
public record TopicsResponse(@JsonProperty("TopicAndSelfInfo") @Nullable List<TopicAndSelfInfo> topicAndSelfInfo,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

	/**
	 * Return the topics, never {@code null}.
	 * @return the topics
	 */
	public List<TopicAndSelfInfo> topics() {
		return (this.topicAndSelfInfo != null) ? this.topicAndSelfInfo : List.of();
	}

}
