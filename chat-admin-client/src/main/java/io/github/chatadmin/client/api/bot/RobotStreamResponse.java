package io.github.chatadmin.client.api.bot;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The answer of {@code openim_robot_http_svc/send_stream_msg}.
 *
 * @param msgKey the message's key, for the following chunks ({@code MsgKey})
 * @param extra fields this model does not name
 * @author chat-admin
 */
public record RobotStreamResponse(@JsonProperty("MsgKey") @Nullable String msgKey,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

}
