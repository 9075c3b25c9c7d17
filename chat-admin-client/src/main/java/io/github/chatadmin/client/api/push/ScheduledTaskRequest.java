package io.github.chatadmin.client.api.push;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The request of {@code timpush/get_sched_task}.
 *
 * @param sdkappid the app ({@code Sdkappid})
 * @param taskId the task ({@code TaskID})
 * @author chat-admin
 */
public record ScheduledTaskRequest(@JsonProperty("Sdkappid") long sdkappid, @JsonProperty("TaskID") long taskId) {

}
