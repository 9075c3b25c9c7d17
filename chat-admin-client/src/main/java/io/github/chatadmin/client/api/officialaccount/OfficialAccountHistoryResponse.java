package io.github.chatadmin.client.api.officialaccount;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.chatadmin.client.api.message.ReceivedMessage;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The answer of {@code official_account_open_http_svc/official_account_msg_get_simple}.
 *
 * @param officialAccount the account ({@code Official_Account})
 * @param isFinishedFlag {@code 1} when no older message remains ({@code IsFinished})
 * @param lastMsgKey the key to read before next ({@code LastMsgKey})
 * @param rspMsgList the messages, newest first ({@code RspMsgList})
 * @param extra fields this model does not name
 * @author chat-admin
 */
public record OfficialAccountHistoryResponse(@JsonProperty("Official_Account") @Nullable String officialAccount,
		@JsonProperty("IsFinished") @Nullable Integer isFinishedFlag,
		@JsonProperty("LastMsgKey") @Nullable String lastMsgKey,
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
	 * Return whether the history is read to its end ({@code IsFinished} 1).
	 * @return whether no older message remains
	 */
	public boolean isFinished() {
		return this.isFinishedFlag != null && this.isFinishedFlag == 1;
	}

}
