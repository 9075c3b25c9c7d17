package io.github.chatadmin.client.api.message;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The answer of a streaming message call.
 *
 * @param msgKey the key that identifies the message, to continue it ({@code MsgKey})
 * @param msgTime when the message was sent, in Unix seconds ({@code MsgTime})
 * @param msgSeq the message's sequence number, for group messages ({@code MsgSeq})
 * @param extra fields this model does not name
 * @author chat-admin
 * @since 0.1.0
 */
public record StreamMessageResponse(@JsonProperty("MsgKey") @Nullable String msgKey,
		@JsonProperty("MsgTime") @Nullable Long msgTime, @JsonProperty("MsgSeq") @Nullable Long msgSeq,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

}
