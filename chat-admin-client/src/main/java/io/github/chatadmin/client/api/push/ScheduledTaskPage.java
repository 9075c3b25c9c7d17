package io.github.chatadmin.client.api.push;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The answer of {@code timpush/list_sched_task}: one page of tasks.
 *
 * @param total the number of tasks that match ({@code Total})
 * @param tasks the page's tasks ({@code Tasks})
 * @param extra fields this model does not name
 * @author chat-admin
 */
public record ScheduledTaskPage(@JsonProperty("Total") @Nullable Long total,
		@JsonProperty("Tasks") @Nullable List<ScheduledTask> tasks,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

	/**
	 * Return the tasks, never {@code null}.
	 * @return the tasks
	 */
	public List<ScheduledTask> taskList() {
		return (this.tasks != null) ? this.tasks : List.of();
	}

}
