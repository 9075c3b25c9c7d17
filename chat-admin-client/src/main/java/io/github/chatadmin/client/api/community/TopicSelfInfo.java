package io.github.chatadmin.client.api.community;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.chatadmin.client.api.group.MessageFlag;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The reading member's own state in a topic ({@code SelfInfo}).
 *
 * @param shutUpTime until when the member is muted in the topic (the vendor keeps the old
 * name here) ({@code ShutUpTime})
 * @param msgSeq the last message read ({@code MsgSeq})
 * @param msgFlag how the member receives the topic's messages ({@code MsgFlag})
 * @param extra fields this model does not name
 * @author chat-admin
 */
public record TopicSelfInfo(@JsonProperty("ShutUpTime") @Nullable Long shutUpTime,
		@JsonProperty("MsgSeq") @Nullable Long msgSeq, @JsonProperty("MsgFlag") @Nullable MessageFlag msgFlag,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

}
