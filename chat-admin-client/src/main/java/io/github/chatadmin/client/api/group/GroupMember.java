package io.github.chatadmin.client.api.group;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A member of a group, as the member and group profile reads return it; absent fields
 * were filtered out.
 *
 * @param memberAccount the member's UserID ({@code Member_Account})
 * @param role the role ({@code Role})
 * @param joinTime when the member joined, Unix seconds ({@code JoinTime})
 * @param msgSeq the sequence number of the last message the member read ({@code MsgSeq})
 * @param msgFlag how the member receives messages ({@code MsgFlag})
 * @param lastSendMsgTime when the member last sent a message, Unix seconds
 * ({@code LastSendMsgTime})
 * @param muteUntil until when the member is muted, Unix seconds; {@code 0} when not muted
 * ({@code MuteUntil})
 * @param nameCard the member's name card ({@code NameCard})
 * @param appMemberDefinedData the member's custom fields ({@code AppMemberDefinedData})
 * @param extra fields this model does not name
 * @author chat-admin
 */
public record GroupMember(@JsonProperty("Member_Account") String memberAccount,
		@JsonProperty("Role") @Nullable MemberRole role, @JsonProperty("JoinTime") @Nullable Long joinTime,
		@JsonProperty("MsgSeq") @Nullable Long msgSeq, @JsonProperty("MsgFlag") @Nullable MessageFlag msgFlag,
		@JsonProperty("LastSendMsgTime") @Nullable Long lastSendMsgTime,
		@JsonProperty("MuteUntil") @Nullable Long muteUntil, @JsonProperty("NameCard") @Nullable String nameCard,
		@JsonProperty("AppMemberDefinedData") @Nullable List<AppDefinedData> appMemberDefinedData,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

}
