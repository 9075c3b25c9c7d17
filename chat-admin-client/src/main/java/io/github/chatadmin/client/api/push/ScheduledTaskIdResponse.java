package io.github.chatadmin.client.api.push;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The answer of {@code timpush/add_sched_task}, {@code timpush/modify_sched_task} and
 * {@code timpush/delete_sched_task}: the task's ID, a number ({@code 0} when a delete
 * failed). The create and modify pages show no answer: the ID is expected there by the
 * other pages' account of it.
 *
 * @param taskId the task ({@code TaskID})
 * @param extra fields this model does not name
 * @author chat-admin
 */
public record ScheduledTaskIdResponse(@JsonProperty("TaskID") @Nullable Long taskId,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

}
