package io.github.chatadmin.client.api.push;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The request of {@code timpush/delete_sched_task}: delete a pending task.
 *
 * @param sdkappid the app ({@code Sdkappid})
 * @param taskId the task ({@code TaskID})
 * @param type the task's type ({@code Type})
 * @author chat-admin
 */
public record DeleteScheduledPushRequest(@JsonProperty("Sdkappid") long sdkappid, @JsonProperty("TaskID") long taskId,
		@JsonProperty("Type") ScheduledPushType type) {

}
