package io.github.chatadmin.client.api.groupmessage;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The answer of {@code group_open_http_svc/import_group_msg}: a result per message, in
 * the order of the request.
 *
 * @param importMsgResult the result of each message ({@code ImportMsgResult})
 * @param extra fields this model does not name
 * @author chat-admin
 * @since 0.1.0
 */
public record ImportGroupMessagesResponse(@JsonProperty("ImportMsgResult") @Nullable List<Result> importMsgResult,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

	/**
	 * Return the results, never {@code null}.
	 * @return the results
	 */
	public List<Result> results() {
		return (this.importMsgResult != null) ? this.importMsgResult : List.of();
	}

	/**
	 * Return the results that are not successes.
	 * @return the messages not imported
	 */
	public List<Result> failures() {
		return results().stream().filter((result) -> result.result() != 0).toList();
	}

	/**
	 * The result of one message.
	 *
	 * @param msgSeq the sequence number the message got, or {@code null} when it was not
	 * imported ({@code MsgSeq})
	 * @param msgTime the message's time, in Unix seconds ({@code MsgTime})
	 * @param result {@code 0}, or the vendor's code: 10004 invalid send time, 80002
	 * content over 12,000 bytes; the {@code ErrorCode} of a split call that failed as a
	 * whole (or -1 when it had no answer), also given to the messages after it, which
	 * were not sent ({@code Result})
	 */
	public record Result(@JsonProperty("MsgSeq") @Nullable Long msgSeq, @JsonProperty("MsgTime") @Nullable Long msgTime,
			@JsonProperty("Result") int result) {

	}

}
