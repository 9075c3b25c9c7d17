package io.github.chatadmin.client.api.groupmessage;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The answer of {@code group_open_http_svc/group_msg_recall}: a result per message. The
 * call can succeed while single messages fail.
 *
 * @param recallRetList the result of each message ({@code RecallRetList})
 * @param extra fields this model does not name
 * @author chat-admin
 * @since 0.1.0
 */
public record GroupRecallResponse(@JsonProperty("RecallRetList") @Nullable List<Result> recallRetList,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

	/**
	 * Return the results, never {@code null}.
	 * @return the results
	 */
	public List<Result> results() {
		return (this.recallRetList != null) ? this.recallRetList : List.of();
	}

	/**
	 * Return the results that are not successes.
	 * @return the failed messages
	 */
	public List<Result> failures() {
		return results().stream().filter((result) -> result.retCode() != 0).toList();
	}

	/**
	 * The result of one message.
	 *
	 * @param msgSeq the message's sequence number ({@code MsgSeq})
	 * @param retCode {@code 0}, or the vendor's code: 10030 no such message, 10031 too
	 * old, 10032 cannot be recalled, 10033 group type without recall, 10041 recall
	 * disabled for the app; the {@code ErrorCode} of a split call that failed as a whole,
	 * or -1 when it had no answer ({@code RetCode})
	 */
	public record Result(@JsonProperty("MsgSeq") long msgSeq, @JsonProperty("RetCode") int retCode) {

	}

}
