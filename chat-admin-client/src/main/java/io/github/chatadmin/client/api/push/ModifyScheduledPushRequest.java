package io.github.chatadmin.client.api.push;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The request of {@code timpush/modify_sched_task}: change the time or the push of a
 * pending task; its type cannot change.
 *
 * @param sdkappid the app ({@code Sdkappid})
 * @param taskId the task ({@code TaskID})
 * @param type the task's type, as created ({@code Type})
 * @param schedAt the new time, UTC {@code YYYY-MM-DD HH:MM:SS}, or {@code null} to keep
 * it ({@code SchedAt})
 * @param content the new push, or {@code null} to keep it ({@code Content})
 * @author chat-admin
 */
public record ModifyScheduledPushRequest(@JsonProperty("Sdkappid") long sdkappid, @JsonProperty("TaskID") long taskId,
		@JsonProperty("Type") ScheduledPushType type, @JsonProperty("SchedAt") @Nullable String schedAt,
		@JsonProperty("Content") @Nullable ScheduledPushContent content) {

}
