package io.github.chatadmin.client.api.officialaccount;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The answer of {@code official_account_open_http_svc/send_official_account_msg} (the
 * page shows no answer; the recall page names {@code MsgKey}).
 *
 * @param msgKey the message's key, for recalls ({@code MsgKey})
 * @param msgTime the message's time, in Unix seconds ({@code MsgTime})
 * @param extra fields this model does not name
 * @author chat-admin
 */
public record SendOfficialAccountMessageResponse(@JsonProperty("MsgKey") @Nullable String msgKey,
		@JsonProperty("MsgTime") @Nullable Long msgTime, @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

}
