package io.github.chatadmin.client.api.group;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The request of {@code group_open_http_svc/forbid_send_msg}: mute or unmute up to 500
 * members (not in work groups).
 *
 * @param groupId the group ({@code GroupId})
 * @param membersAccount the members ({@code Members_Account})
 * @param muteTime seconds to mute them, up to 4294967295 ({@link #PERMANENT}); {@code 0}
 * unmutes ({@code MuteTime})
 * @param topicId mute them in this topic of a community only ({@code TopicId})
 * @author chat-admin
 */
public record MuteRequest(@JsonProperty("GroupId") String groupId,
		@JsonProperty("Members_Account") List<String> membersAccount, @JsonProperty("MuteTime") long muteTime,
		@JsonProperty("TopicId") @Nullable String topicId) {

	/**
	 * The {@code MuteTime} that mutes for good.
	 */
	public static final long PERMANENT = 0xFFFF_FFFFL;

	/**
	 * Return the request to mute members.
	 * @param groupId the group
	 * @param userIds the members
	 * @param seconds how long, up to {@link #PERMANENT}; {@code 0} unmutes
	 * @return the request
	 */
	public static MuteRequest of(String groupId, List<String> userIds, long seconds) {
		return new MuteRequest(groupId, userIds, seconds, null);
	}

	/**
	 * Return this request for a topic of a community.
	 * @param topicId the topic
	 * @return the request
	 */
	public MuteRequest inTopic(String topicId) {
		return new MuteRequest(this.groupId, this.membersAccount, this.muteTime, topicId);
	}

	MuteRequest withMembers(List<String> members) {
		return new MuteRequest(this.groupId, members, this.muteTime, this.topicId);
	}

}
