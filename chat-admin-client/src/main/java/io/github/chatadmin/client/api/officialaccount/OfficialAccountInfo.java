package io.github.chatadmin.client.api.officialaccount;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * An official account's profile as the reads answer it (the pages' answers are cut off:
 * the list's name is a third-party SDK's; unknown fields stay in {@code extra}).
 *
 * @param officialAccount the account ({@code Official_Account})
 * @param name the name ({@code Name})
 * @param ownerAccount the owner ({@code Owner_Account})
 * @param createTime when it was created, Unix seconds ({@code CreateTime})
 * @param lastMsgTime when it last sent, Unix seconds ({@code LastMsgTime})
 * @param subscriberNum its subscribers ({@code SubscriberNum})
 * @param maxSubscriberNum its cap ({@code MaxSubscriberNum})
 * @param introduction the introduction ({@code Introduction})
 * @param faceUrl the avatar URL ({@code FaceUrl})
 * @param organization the organization ({@code Organization})
 * @param customString custom data ({@code CustomString})
 * @param extra fields this model does not name
 * @author chat-admin
 */
public record OfficialAccountInfo(@JsonProperty("Official_Account") @Nullable String officialAccount,
		@JsonProperty("Name") @Nullable String name, @JsonProperty("Owner_Account") @Nullable String ownerAccount,
		@JsonProperty("CreateTime") @Nullable Long createTime, @JsonProperty("LastMsgTime") @Nullable Long lastMsgTime,
		@JsonProperty("SubscriberNum") @Nullable Long subscriberNum,
		@JsonProperty("MaxSubscriberNum") @Nullable Long maxSubscriberNum,
		@JsonProperty("Introduction") @Nullable String introduction, @JsonProperty("FaceUrl") @Nullable String faceUrl,
		@JsonProperty("Organization") @Nullable String organization,
		@JsonProperty("CustomString") @Nullable String customString,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

}
