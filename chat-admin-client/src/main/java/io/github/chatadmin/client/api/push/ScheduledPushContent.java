package io.github.chatadmin.client.api.push;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.chatadmin.client.api.message.OfflinePushInfo;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The push a scheduled task sends ({@code Content}): for {@link ScheduledPushType#ALL}
 * and {@link ScheduledPushType#TAG} the fields of a push request, for
 * {@link ScheduledPushType#USER} also the 1 to 500 receivers.
 *
 * @param fromAccount the sender ({@code From_Account}); a task read back may carry it as
 * a number, which is kept as its text
 * @param toAccount the receivers of a {@code User} task, 1 to 500 ({@code To_Account})
 * @param msgRandom the de-duplication value; the vendor fills it when absent
 * ({@code MsgRandom})
 * @param condition who receives a {@code Tag} task ({@code Condition})
 * @param offlinePushInfo the notification ({@code OfflinePushInfo})
 * @param extra fields this model does not name
 * @author chat-admin
 */
public record ScheduledPushContent(@JsonProperty("From_Account") @Nullable String fromAccount,
		@JsonProperty("To_Account") @Nullable List<String> toAccount,
		@JsonProperty("MsgRandom") @Nullable Long msgRandom,
		@JsonProperty("Condition") @Nullable PushCondition condition,
		@JsonProperty("OfflinePushInfo") @Nullable OfflinePushInfo offlinePushInfo,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

	/**
	 * Return the content of a push to every user.
	 * @param from the sender
	 * @param offlinePushInfo the notification
	 * @return the content
	 */
	public static ScheduledPushContent toAll(@Nullable String from, OfflinePushInfo offlinePushInfo) {
		return new ScheduledPushContent(from, null, null, null, offlinePushInfo, Map.of());
	}

	/**
	 * Return the content of a push to the users a condition selects.
	 * @param from the sender
	 * @param condition the condition
	 * @param offlinePushInfo the notification
	 * @return the content
	 */
	public static ScheduledPushContent toTagged(@Nullable String from, PushCondition condition,
			OfflinePushInfo offlinePushInfo) {
		return new ScheduledPushContent(from, null, null, condition, offlinePushInfo, Map.of());
	}

	/**
	 * Return the content of a push to named users.
	 * @param from the sender
	 * @param to the receivers, 1 to 500
	 * @param offlinePushInfo the notification
	 * @return the content
	 */
	public static ScheduledPushContent toUsers(@Nullable String from, List<String> to,
			OfflinePushInfo offlinePushInfo) {
		return new ScheduledPushContent(from, List.copyOf(to), null, null, offlinePushInfo, Map.of());
	}

	/**
	 * Return content that changes only the notification, for a modification.
	 * @param offlinePushInfo the notification
	 * @return the content
	 */
	public static ScheduledPushContent notification(OfflinePushInfo offlinePushInfo) {
		return new ScheduledPushContent(null, null, null, null, offlinePushInfo, Map.of());
	}

}
