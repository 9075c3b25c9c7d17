package io.github.chatadmin.client.api.community;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The result of one topic ({@code TopicPermissionResultList} item);
 * {@code get_topic_permission_group} adds its permission bits.
 *
 * @param errorCode {@code 0}, or why it failed ({@code ErrorCode})
 * @param errorInfo the description of the error ({@code ErrorInfo})
 * @param topicId the topic ({@code TopicId})
 * @param permission the permission bits, when read ({@code Permission})
 * @author chat-admin
 */
public record TopicPermissionResult(@JsonProperty("ErrorCode") int errorCode,
		@JsonProperty("ErrorInfo") @Nullable String errorInfo, @JsonProperty("TopicId") String topicId,
		@JsonProperty("Permission") @Nullable Long permission) {

}
