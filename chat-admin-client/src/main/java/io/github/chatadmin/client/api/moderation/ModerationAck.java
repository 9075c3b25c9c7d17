package io.github.chatadmin.client.api.moderation;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The answer of a content-moderation write that carries only its request ID.
 *
 * @param requestId the request's ID ({@code RequestId})
 * @param extra fields this model does not name
 * @author chat-admin
 */
public record ModerationAck(@JsonProperty("RequestId") @Nullable String requestId,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

}
