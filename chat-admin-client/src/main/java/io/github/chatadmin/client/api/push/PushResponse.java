package io.github.chatadmin.client.api.push;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The answer of a push ({@code timpush/push}, {@code timpush/batch},
 * {@code all_member_push/im_push}): the push task's ID, which a revoke names.
 *
 * @param taskId the push task's ID, a string ({@code TaskId})
 * @param extra fields this model does not name
 * @author chat-admin
 */
public record PushResponse(@JsonProperty("TaskId") @Nullable String taskId,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

}
