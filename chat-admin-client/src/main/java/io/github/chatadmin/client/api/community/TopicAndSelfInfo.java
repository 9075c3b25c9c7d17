package io.github.chatadmin.client.api.community;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * One topic of the answer of {@code get_topic}: check its own {@code ErrorCode}, the
 * answer's is meaningless.
 *
 * @param errorCode {@code 0}, or why this topic could not be read (110003: deleted)
 * ({@code ErrorCode})
 * @param errorInfo the description of the error ({@code ErrorInfo})
 * @param selfInfo the reading member's state ({@code SelfInfo})
 * @param topicInfo the profile ({@code TopicInfo})
 * @param extra fields this model does not name
 * @author chat-admin
 */
public record TopicAndSelfInfo(@JsonProperty("ErrorCode") int errorCode,
		@JsonProperty("ErrorInfo") @Nullable String errorInfo,
		@JsonProperty("SelfInfo") @Nullable TopicSelfInfo selfInfo,
		@JsonProperty("TopicInfo") @Nullable TopicInfo topicInfo,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

}
