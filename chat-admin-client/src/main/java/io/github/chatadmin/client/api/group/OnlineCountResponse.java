package io.github.chatadmin.client.api.group;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import tools.jackson.databind.JsonNode;

/**
 * The answer of {@code get_online_member_num}.
 *
 * @param onlineMemberNum the number of online members ({@code OnlineMemberNum})
 * @param extra fields this model does not name
 * @author chat-admin
 */
public record OnlineCountResponse(@JsonProperty("OnlineMemberNum") long onlineMemberNum,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

}
