package io.github.chatadmin.client.api.officialaccount;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The answer of {@code official_account_open_http_svc/official_account_msg_recall}.
 *
 * @param recallRetList the result of each message ({@code RecallRetList})
 * @param extra fields this model does not name
 * @author chat-admin
 */
public record OfficialAccountRecallResponse(@JsonProperty("RecallRetList") @Nullable List<Result> recallRetList,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

	/**
	 * Return the results, never {@code null}.
	 * @return the results
	 */
	public List<Result> results() {
		return (this.recallRetList != null) ? this.recallRetList : List.of();
	}

	/**
	 * The result of one message.
	 *
	 * @param msgKey the message's key ({@code MsgKey})
	 * @param retCode {@code 0}, the vendor's code, or the {@code ErrorCode} of a split
	 * call that failed as a whole (-1 without an answer) ({@code RetCode})
	 */
	public record Result(@JsonProperty("MsgKey") String msgKey, @JsonProperty("RetCode") int retCode) {

	}

}
