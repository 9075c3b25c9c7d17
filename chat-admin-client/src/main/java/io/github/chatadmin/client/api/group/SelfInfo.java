package io.github.chatadmin.client.api.group;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The user's own membership in a joined group ({@code SelfInfo}).
 *
 * @param role the role ({@code Role})
 * @param joinTime when the user joined, Unix seconds ({@code JoinTime})
 * @param msgFlag how the user receives messages ({@code MsgFlag})
 * @param msgSeq the sequence number of the last message read ({@code MsgSeq})
 * @param grossTopicReadSeq communities with topics: the read sequence over every topic
 * ({@code GrossTopicReadSeq})
 * @param extra fields this model does not name
 * @author chat-admin
 */
public record SelfInfo(@JsonProperty("Role") @Nullable MemberRole role,
		@JsonProperty("JoinTime") @Nullable Long joinTime, @JsonProperty("MsgFlag") @Nullable MessageFlag msgFlag,
		@JsonProperty("MsgSeq") @Nullable Long msgSeq,
		@JsonProperty("GrossTopicReadSeq") @Nullable Long grossTopicReadSeq,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

}
