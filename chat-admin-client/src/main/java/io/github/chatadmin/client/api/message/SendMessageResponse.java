package io.github.chatadmin.client.api.message;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The answer of {@code openim/sendmsg}.
 *
 * @param msgTime when the message was sent, in Unix seconds ({@code MsgTime})
 * @param msgKey the key that identifies the message, for recalls and edits
 * ({@code MsgKey})
 * @param extra fields this model does not name
 * @author chat-admin
 * @since 0.1.0
 */
public record SendMessageResponse(@JsonProperty("MsgTime") long msgTime,
		@JsonProperty("MsgKey") @Nullable String msgKey, @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

}
