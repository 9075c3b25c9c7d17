package io.github.chatadmin.client.api.groupmessage;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import tools.jackson.databind.JsonNode;

/**
 * The answer of {@code group_open_http_svc/send_broadcast_msg}.
 *
 * @param msgSeq the message's sequence number ({@code MsgSeq})
 * @param extra fields this model does not name
 * @author chat-admin
 * @since 0.1.0
 */
public record BroadcastMessageResponse(@JsonProperty("MsgSeq") long msgSeq,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

}
