package io.github.chatadmin.client.api.message;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The answer of {@code openim/batchsendmsg}: the message's key, and the receivers it
 * could not be sent to.
 *
 * @param msgKey the key of the message ({@code MsgKey})
 * @param errorList the receivers that failed, with the vendor's code ({@code ErrorList})
 * @param extra fields this model does not name
 * @author chat-admin
 * @since 0.1.0
 */
public record BatchSendMessageResponse(@JsonProperty("MsgKey") @Nullable String msgKey,
		@JsonProperty("ErrorList") @Nullable List<Failure> errorList,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

	/**
	 * Return the receivers that failed, never {@code null}.
	 * @return the failures
	 */
	public List<Failure> failures() {
		return (this.errorList != null) ? this.errorList : List.of();
	}

	/**
	 * A receiver the message could not be sent to.
	 *
	 * @param toAccount the receiver ({@code To_Account})
	 * @param errorCode the vendor's code, such as 70107 (unknown user)
	 */
	public record Failure(@JsonProperty("To_Account") String toAccount, @JsonProperty("ErrorCode") int errorCode) {

	}

}
