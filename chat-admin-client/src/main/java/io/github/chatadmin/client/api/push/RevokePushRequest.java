package io.github.chatadmin.client.api.push;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.chatadmin.client.api.message.OfflinePushInfo;
import org.jspecify.annotations.Nullable;

/**
 * The request of {@code timpush/revoke}: revoke a push task within 24 hours of its start.
 *
 * @param taskId the push task, as a push answered it ({@code TaskId})
 * @param offlinePushInfo the notification that overwrites the delivered one; required
 * when the push kept no roaming or unread messages ({@code OfflinePushInfo})
 * @author chat-admin
 */
public record RevokePushRequest(@JsonProperty("TaskId") String taskId,
		@JsonProperty("OfflinePushInfo") @Nullable OfflinePushInfo offlinePushInfo) {

	/**
	 * Return a revoke without an overwriting notification.
	 * @param taskId the task
	 * @return the request
	 */
	public static RevokePushRequest of(String taskId) {
		return new RevokePushRequest(taskId, null);
	}

}
