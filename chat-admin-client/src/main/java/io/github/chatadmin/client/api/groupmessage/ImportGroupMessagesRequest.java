package io.github.chatadmin.client.api.groupmessage;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The request of {@code group_open_http_svc/import_group_msg}: historical messages of a
 * group, imported in ascending order of {@code SendTime}, without callbacks or
 * notifications; at most 7 per call.
 *
 * @param groupId the group; not an audio-video group ({@code GroupId})
 * @param recentContactFlag {@code 1} to update the members' conversations; not for
 * audio-video groups and communities ({@code RecentContactFlag})
 * @param msgList the messages, in ascending order of {@code SendTime} ({@code MsgList})
 * @param topicId the topic of a topic-enabled community ({@code TopicId})
 * @author chat-admin
 * @since 0.1.0
 */
public record ImportGroupMessagesRequest(@JsonProperty("GroupId") String groupId,
		@JsonProperty("RecentContactFlag") @Nullable Integer recentContactFlag,
		@JsonProperty("MsgList") List<ImportedGroupMessage> msgList,
		@JsonProperty("TopicId") @Nullable String topicId) {

	/**
	 * Return a request to import messages into a group.
	 * @param groupId the group
	 * @param messages the messages, in ascending order of send time
	 * @return the request
	 */
	public static ImportGroupMessagesRequest of(String groupId, List<ImportedGroupMessage> messages) {
		return new ImportGroupMessagesRequest(groupId, null, List.copyOf(messages), null);
	}

	/**
	 * Return this request with the members' conversations updated
	 * ({@code RecentContactFlag} 1).
	 * @return the request
	 */
	public ImportGroupMessagesRequest updatingConversations() {
		return new ImportGroupMessagesRequest(this.groupId, 1, this.msgList, this.topicId);
	}

	/**
	 * Return this request for a topic of a topic-enabled community.
	 * @param topicId the topic
	 * @return the request
	 */
	public ImportGroupMessagesRequest inTopic(String topicId) {
		return new ImportGroupMessagesRequest(this.groupId, this.recentContactFlag, this.msgList, topicId);
	}

	ImportGroupMessagesRequest withMessages(List<ImportedGroupMessage> messages) {
		return new ImportGroupMessagesRequest(this.groupId, this.recentContactFlag, messages, this.topicId);
	}

}
