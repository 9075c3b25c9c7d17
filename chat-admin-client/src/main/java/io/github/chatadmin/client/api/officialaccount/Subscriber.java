package io.github.chatadmin.client.api.officialaccount;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A subscriber of an official account.
 *
 * @param subscriberAccount the subscriber ({@code Subscriber_Account})
 * @param subscribeTime when it subscribed, Unix seconds ({@code SubscribeTime})
 * @param customString custom data ({@code CustomString})
 * @param msgFlag {@code AcceptAndNotify}, {@code AcceptNotNotify} or {@code Discard}
 * ({@code MsgFlag})
 * @param lastSendMsgTime when it last sent, Unix seconds ({@code LastSendMsgTime})
 * @param extra fields this model does not name
 * @author chat-admin
 */
public record Subscriber(@JsonProperty("Subscriber_Account") String subscriberAccount,
		@JsonProperty("SubscribeTime") @Nullable Long subscribeTime,
		@JsonProperty("CustomString") @Nullable String customString, @JsonProperty("MsgFlag") @Nullable String msgFlag,
		@JsonProperty("LastSendMsgTime") @Nullable Long lastSendMsgTime,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

}
