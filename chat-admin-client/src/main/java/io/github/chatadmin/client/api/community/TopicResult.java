package io.github.chatadmin.client.api.community;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The result of one topic ({@code DestroyResultItem} item).
 *
 * @param errorCode {@code 0}, or why the topic was not disbanded ({@code ErrorCode})
 * @param errorInfo the description of the error ({@code ErrorInfo})
 * @param topicId the topic ({@code TopicId})
 * @author chat-admin
 */
public record TopicResult(@JsonProperty("ErrorCode") int errorCode,
		@JsonProperty("ErrorInfo") @Nullable String errorInfo, @JsonProperty("TopicId") String topicId) {

}
