package io.github.chatadmin.client.api.group;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The profile of one group in the answer of {@code get_group_info}: check its own
 * {@code ErrorCode}, the answer's is meaningless.
 *
 * @param groupId the group ({@code GroupId})
 * @param errorCode {@code 0}, or why this group could not be read; the code of a split
 * call that failed as a whole, or -1 when it had no answer ({@code ErrorCode})
 * @param errorInfo the description of the error ({@code ErrorInfo})
 * @param type the type, in the vendor's old or new spelling ({@code Type})
 * @param name the name ({@code Name})
 * @param appid the SDKAppID ({@code Appid})
 * @param introduction the introduction ({@code Introduction})
 * @param notification the notice ({@code Notification})
 * @param faceUrl the avatar URL ({@code FaceUrl})
 * @param ownerAccount the owner ({@code Owner_Account})
 * @param createTime the creation time, Unix seconds ({@code CreateTime})
 * @param lastInfoTime the time of the last profile change, Unix seconds
 * ({@code LastInfoTime})
 * @param lastMsgTime the time of the last message, Unix seconds ({@code LastMsgTime})
 * @param nextMsgSeq the sequence number of the next message ({@code NextMsgSeq})
 * @param memberNum the number of members ({@code MemberNum})
 * @param maxMemberNum the maximum number of members ({@code MaxMemberNum})
 * @param applyJoinOption how users may join ({@code ApplyJoinOption})
 * @param muteAllMember whether everyone is muted ({@code MuteAllMember})
 * @param appDefinedData the custom fields ({@code AppDefinedData})
 * @param memberList the members ({@code MemberList})
 * @param extra fields this model does not name
 * @author chat-admin
 */
public record GroupInfo(@JsonProperty("GroupId") String groupId, @JsonProperty("ErrorCode") int errorCode,
		@JsonProperty("ErrorInfo") @Nullable String errorInfo, @JsonProperty("Type") @Nullable GroupType type,
		@JsonProperty("Name") @Nullable String name, @JsonProperty("Appid") @Nullable Long appid,
		@JsonProperty("Introduction") @Nullable String introduction,
		@JsonProperty("Notification") @Nullable String notification, @JsonProperty("FaceUrl") @Nullable String faceUrl,
		@JsonProperty("Owner_Account") @Nullable String ownerAccount,
		@JsonProperty("CreateTime") @Nullable Long createTime,
		@JsonProperty("LastInfoTime") @Nullable Long lastInfoTime,
		@JsonProperty("LastMsgTime") @Nullable Long lastMsgTime, @JsonProperty("NextMsgSeq") @Nullable Long nextMsgSeq,
		@JsonProperty("MemberNum") @Nullable Long memberNum, @JsonProperty("MaxMemberNum") @Nullable Long maxMemberNum,
		@JsonProperty("ApplyJoinOption") @Nullable JoinOption applyJoinOption,
		@JsonProperty("MuteAllMember") @Nullable MuteAllMember muteAllMember,
		@JsonProperty("AppDefinedData") @Nullable List<AppDefinedData> appDefinedData,
		@JsonProperty("MemberList") @Nullable List<GroupMember> memberList,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

	/**
	 * Return the members, never {@code null}.
	 * @return the members
	 */
	public List<GroupMember> members() {
		return (this.memberList != null) ? this.memberList : List.of();
	}

	/**
	 * Return whether this group was read.
	 * @return whether its {@code ErrorCode} is 0
	 */
	public boolean isSuccess() {
		return this.errorCode == 0;
	}

	/**
	 * Return the entry that stands for a group of a split call that failed as a whole.
	 * @param groupId the group
	 * @param errorCode the call's code
	 * @return the entry
	 */
	public static GroupInfo failed(String groupId, int errorCode) {
		return new GroupInfo(groupId, errorCode, null, null, null, null, null, null, null, null, null, null, null, null,
				null, null, null, null, null, null, Map.of());
	}

}
