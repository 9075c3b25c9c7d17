package io.github.chatadmin.client.api.push;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The answer of {@code timpush/get_sched_task}.
 *
 * @param taskInfo the task ({@code TaskInfo})
 * @param extra fields this model does not name
 * @author chat-admin
 */
public record ScheduledTaskResponse(@JsonProperty("TaskInfo") @Nullable ScheduledTask taskInfo,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

}
