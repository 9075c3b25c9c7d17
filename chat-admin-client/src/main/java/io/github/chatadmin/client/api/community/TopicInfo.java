package io.github.chatadmin.client.api.community;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.chatadmin.client.api.group.MuteAllMember;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The profile of a topic ({@code TopicInfo}); absent fields were filtered out.
 *
 * @param topicId the topic ({@code TopicId})
 * @param groupId the community (the vendor spells this one with a capital D)
 * ({@code GroupID})
 * @param topicName the name ({@code TopicName})
 * @param faceUrl the avatar URL ({@code FaceUrl})
 * @param notification the notice ({@code Notification})
 * @param introduction the introduction ({@code Introduction})
 * @param nextMsgSeq the sequence number of the next message ({@code NextMsgSeq})
 * @param createTime the creation time, Unix seconds ({@code CreateTime})
 * @param lastMsgTime the time of the last message, Unix seconds ({@code LastMsgTime})
 * @param muteAllMember whether everyone is muted ({@code MuteAllMember})
 * @param customString custom data ({@code CustomString})
 * @param extra fields this model does not name
 * @author chat-admin
 */
public record TopicInfo(@JsonProperty("TopicId") String topicId, @JsonProperty("GroupID") @Nullable String groupId,
		@JsonProperty("TopicName") @Nullable String topicName, @JsonProperty("FaceUrl") @Nullable String faceUrl,
		@JsonProperty("Notification") @Nullable String notification,
		@JsonProperty("Introduction") @Nullable String introduction,
		@JsonProperty("NextMsgSeq") @Nullable Long nextMsgSeq, @JsonProperty("CreateTime") @Nullable Long createTime,
		@JsonProperty("LastMsgTime") @Nullable Long lastMsgTime,
		@JsonProperty("MuteAllMember") @Nullable MuteAllMember muteAllMember,
		@JsonProperty("CustomString") @Nullable String customString,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

}
