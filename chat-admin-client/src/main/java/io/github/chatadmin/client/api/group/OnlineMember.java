package io.github.chatadmin.client.api.group;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * An online member of an audio-video group.
 *
 * @param memberAccount the member ({@code Member_Account})
 * @param joinTime when the member joined, Unix seconds ({@code JoinTime})
 * @param nickName the nickname ({@code NickName})
 * @param avatar the avatar URL ({@code Avatar})
 * @param extra fields this model does not name
 * @author chat-admin
 */
public record OnlineMember(@JsonProperty("Member_Account") String memberAccount,
		@JsonProperty("JoinTime") @Nullable Long joinTime, @JsonProperty("NickName") @Nullable String nickName,
		@JsonProperty("Avatar") @Nullable String avatar, @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

}
