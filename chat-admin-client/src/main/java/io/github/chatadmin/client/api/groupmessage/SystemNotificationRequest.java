package io.github.chatadmin.client.api.groupmessage;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The request of {@code group_open_http_svc/send_group_system_notification}: a system
 * notification to every member of a group or to some of them (at most 500 per call;
 * audio-video groups only to every member). Clients receive it through
 * {@code V2TIMGroupListener.onReceiveRESTCustomData}; it is not a message and has no
 * sequence number.
 *
 * @param groupId the group ({@code GroupId})
 * @param toMembersAccount the members to notify, or {@code null} for every member
 * ({@code ToMembers_Account})
 * @param content the notification's content ({@code Content})
 * @param topicId the topic of a topic-enabled community ({@code TopicId})
 * @author chat-admin
 * @since 0.1.0
 */
public record SystemNotificationRequest(@JsonProperty("GroupId") String groupId,
		@JsonProperty("ToMembers_Account") @Nullable List<String> toMembersAccount,
		@JsonProperty("Content") String content, @JsonProperty("TopicId") @Nullable String topicId) {

	/**
	 * Return a notification to every member of a group.
	 * @param groupId the group
	 * @param content the content
	 * @return the request
	 */
	public static SystemNotificationRequest toAll(String groupId, String content) {
		return new SystemNotificationRequest(groupId, null, content, null);
	}

	/**
	 * Return a notification to some members of a group.
	 * @param groupId the group
	 * @param members the members' UserIDs, not empty
	 * @param content the content
	 * @return the request
	 */
	public static SystemNotificationRequest toMembers(String groupId, List<String> members, String content) {
		return new SystemNotificationRequest(groupId, List.copyOf(members), content, null);
	}

	/**
	 * Return this request sent in a topic of a topic-enabled community.
	 * @param topicId the topic
	 * @return the request
	 */
	public SystemNotificationRequest inTopic(String topicId) {
		return new SystemNotificationRequest(this.groupId, this.toMembersAccount, this.content, topicId);
	}

	SystemNotificationRequest withMembers(List<String> members) {
		return new SystemNotificationRequest(this.groupId, members, this.content, this.topicId);
	}

}
