package io.github.chatadmin.client.api.push;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The request of {@code timpush/add_sched_task}: create a push sent at a given time.
 *
 * @param sdkappid the app, equal to the {@code sdkappid} of the URL ({@code Sdkappid})
 * @param type the kind of push ({@code Type})
 * @param schedAt when to send it, UTC {@code YYYY-MM-DD HH:MM:SS} ({@code SchedAt})
 * @param content the push ({@code Content})
 * @author chat-admin
 */
public record AddScheduledPushRequest(@JsonProperty("Sdkappid") long sdkappid,
		@JsonProperty("Type") ScheduledPushType type, @JsonProperty("SchedAt") String schedAt,
		@JsonProperty("Content") ScheduledPushContent content) {

	/**
	 * Return a request for a push at an instant.
	 * @param sdkAppId the app
	 * @param type the kind of push
	 * @param at when to send it
	 * @param content the push
	 * @return the request
	 */
	public static AddScheduledPushRequest of(long sdkAppId, ScheduledPushType type, Instant at,
			ScheduledPushContent content) {
		return new AddScheduledPushRequest(sdkAppId, type, PushTimes.utc(at), content);
	}

}
