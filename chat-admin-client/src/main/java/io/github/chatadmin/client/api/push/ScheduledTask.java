package io.github.chatadmin.client.api.push;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A scheduled push task as the service describes it.
 *
 * @param taskId the task ({@code TaskID})
 * @param sdkappid the app ({@code Sdkappid})
 * @param createAt when it was created, UTC ({@code CreateAt})
 * @param type its type ({@code Type})
 * @param schedAt when it is sent, UTC ({@code SchedAt})
 * @param content the push ({@code Content})
 * @param title the notification's title ({@code Title})
 * @param desc the notification's text ({@code Desc})
 * @param status {@code pending}, {@code dispatching} or {@code dispatched}
 * ({@code Status})
 * @param dispatchSuccess the dispatch result the service reports
 * ({@code DispatchSuccess})
 * @param dispatchErr the dispatch error, if any ({@code DispatchErr})
 * @param pushTaskId the ID of the push task created at dispatch ({@code PushTaskID})
 * @param extra fields this model does not name
 * @author chat-admin
 */
public record ScheduledTask(@JsonProperty("TaskID") long taskId, @JsonProperty("Sdkappid") @Nullable Long sdkappid,
		@JsonProperty("CreateAt") @Nullable String createAt, @JsonProperty("Type") @Nullable ScheduledPushType type,
		@JsonProperty("SchedAt") @Nullable String schedAt,
		@JsonProperty("Content") @Nullable ScheduledPushContent content, @JsonProperty("Title") @Nullable String title,
		@JsonProperty("Desc") @Nullable String desc, @JsonProperty("Status") @Nullable String status,
		@JsonProperty("DispatchSuccess") @Nullable Long dispatchSuccess,
		@JsonProperty("DispatchErr") @Nullable String dispatchErr,
		@JsonProperty("PushTaskID") @Nullable String pushTaskId,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

	/**
	 * Return whether the task is still pending, so that it can be modified or deleted.
	 * @return whether the status is {@code pending}
	 */
	public boolean isPending() {
		return "pending".equals(this.status);
	}

}
