package io.github.chatadmin.client.api.groupmessage;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.chatadmin.client.api.message.ReceivedMessage;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The answer of {@code group_open_http_svc/group_msg_get_simple}: one page of a group's
 * history, newest first.
 *
 * @param groupId the group ({@code GroupId})
 * @param isFinished about the requested range only: {@code 1} every message of it was
 * returned, {@code 0} not all (messages too long, or more than 20), {@code 2} not all and
 * every one has expired ({@code IsFinished})
 * @param rspMsgList the messages; a deleted, expired or recalled one keeps its place with
 * an empty body ({@link ReceivedMessage#isPlaceholder()}) ({@code RspMsgList})
 * @param extra fields this model does not name
 * @author chat-admin
 * @since 0.1.0
 */
public record GroupHistoryResponse(@JsonProperty("GroupId") @Nullable String groupId,
		@JsonProperty("IsFinished") int isFinished,
		@JsonProperty("RspMsgList") @Nullable List<ReceivedMessage> rspMsgList,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

	/**
	 * Return the messages, never {@code null}.
	 * @return the messages
	 */
	public List<ReceivedMessage> messages() {
		return (this.rspMsgList != null) ? this.rspMsgList : List.of();
	}

	/**
	 * Return whether every message of the requested range was returned
	 * ({@code IsFinished} 1).
	 * @return whether the range was returned whole
	 */
	@JsonIgnore
	public boolean isRangeComplete() {
		return this.isFinished == 1;
	}

	/**
	 * Return whether the vendor says that every message of the requested range has
	 * expired ({@code IsFinished} 2).
	 * @return whether the range has expired
	 */
	@JsonIgnore
	public boolean isAllExpired() {
		return this.isFinished == 2;
	}

}
