package io.github.chatadmin.client.api.group;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A group a user joined, in the answer of {@code get_joined_group_list}; absent fields
 * were not asked for.
 *
 * @param groupId the group ({@code GroupId})
 * @param type the type, in the vendor's old or new spelling ({@code Type})
 * @param name the name ({@code Name})
 * @param introduction the introduction ({@code Introduction})
 * @param notification the notice ({@code Notification})
 * @param faceUrl the avatar URL ({@code FaceUrl})
 * @param ownerAccount the owner ({@code Owner_Account})
 * @param createTime the creation time, Unix seconds ({@code CreateTime})
 * @param lastInfoTime the time of the last profile change ({@code LastInfoTime})
 * @param lastMsgTime the time of the last message ({@code LastMsgTime})
 * @param nextMsgSeq the sequence number of the next message ({@code NextMsgSeq})
 * @param memberNum the number of members ({@code MemberNum})
 * @param maxMemberNum the maximum number of members ({@code MaxMemberNum})
 * @param applyJoinOption how users may join ({@code ApplyJoinOption})
 * @param muteAllMember whether everyone is muted ({@code MuteAllMember})
 * @param supportTopic {@code 1} for a community with topics ({@code SupportTopic})
 * @param grossTopicNextMsgSeq communities with topics: the next sequence over every topic
 * ({@code GrossTopicNextMsgSeq})
 * @param selfInfo the user's own membership ({@code SelfInfo})
 * @param extra fields this model does not name
 * @author chat-admin
 */
public record JoinedGroup(@JsonProperty("GroupId") String groupId, @JsonProperty("Type") @Nullable GroupType type,
		@JsonProperty("Name") @Nullable String name, @JsonProperty("Introduction") @Nullable String introduction,
		@JsonProperty("Notification") @Nullable String notification, @JsonProperty("FaceUrl") @Nullable String faceUrl,
		@JsonProperty("Owner_Account") @Nullable String ownerAccount,
		@JsonProperty("CreateTime") @Nullable Long createTime,
		@JsonProperty("LastInfoTime") @Nullable Long lastInfoTime,
		@JsonProperty("LastMsgTime") @Nullable Long lastMsgTime, @JsonProperty("NextMsgSeq") @Nullable Long nextMsgSeq,
		@JsonProperty("MemberNum") @Nullable Long memberNum, @JsonProperty("MaxMemberNum") @Nullable Long maxMemberNum,
		@JsonProperty("ApplyJoinOption") @Nullable JoinOption applyJoinOption,
		@JsonProperty("MuteAllMember") @Nullable MuteAllMember muteAllMember,
		@JsonProperty("SupportTopic") @Nullable Integer supportTopic,
		@JsonProperty("GrossTopicNextMsgSeq") @Nullable Long grossTopicNextMsgSeq,
		@JsonProperty("SelfInfo") @Nullable SelfInfo selfInfo,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

}
