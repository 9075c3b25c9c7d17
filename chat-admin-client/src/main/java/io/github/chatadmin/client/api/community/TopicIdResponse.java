package io.github.chatadmin.client.api.community;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import tools.jackson.databind.JsonNode;

/**
 * The answer of {@code create_topic} and {@code import_topic}.
 *
 * @param topicId the topic's ID ({@code TopicId})
 * @param extra fields this model does not name
 * @author chat-admin
 */
public record TopicIdResponse(@JsonProperty("TopicId") String topicId,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

}
