package io.github.chatadmin.client.api.message;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The answer of {@code openim/admin_getroammsg}: one page of messages, newest first.
 *
 * @param complete {@code 1} when the range holds no more messages ({@code Complete})
 * @param msgCnt how many messages this page has ({@code MsgCnt})
 * @param lastMsgTime the time of the page's last message, the end of the next page's
 * range ({@code LastMsgTime})
 * @param lastMsgKey the key of the page's last message ({@code LastMsgKey})
 * @param msgList the messages ({@code MsgList})
 * @param extra fields this model does not name
 * @author chat-admin
 * @since 0.1.0
 */
public record HistoryResponse(@JsonProperty("Complete") int complete, @JsonProperty("MsgCnt") long msgCnt,
		@JsonProperty("LastMsgTime") @Nullable Long lastMsgTime,
		@JsonProperty("LastMsgKey") @Nullable String lastMsgKey,
		@JsonProperty("MsgList") @Nullable List<ReceivedMessage> msgList,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

	/**
	 * Return the messages, never {@code null}.
	 * @return the messages
	 */
	public List<ReceivedMessage> messages() {
		return (this.msgList != null) ? this.msgList : List.of();
	}

	/**
	 * Return whether the range holds no more messages.
	 * @return whether this is the last page
	 */
	public boolean isComplete() {
		return this.complete == 1;
	}

}
