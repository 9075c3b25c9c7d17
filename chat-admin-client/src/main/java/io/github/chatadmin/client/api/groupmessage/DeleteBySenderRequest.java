package io.github.chatadmin.client.api.groupmessage;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The request of {@code group_open_http_svc/delete_group_msg_by_sender}: silently recall
 * the messages one member sent among the group's latest 1,000.
 *
 * @param groupId the group ({@code GroupId})
 * @param senderAccount the member whose messages are recalled ({@code Sender_Account})
 * @param topicId the topic of a topic-enabled community ({@code TopicId})
 * @author chat-admin
 * @since 0.1.0
 */
public record DeleteBySenderRequest(@JsonProperty("GroupId") String groupId,
		@JsonProperty("Sender_Account") String senderAccount, @JsonProperty("TopicId") @Nullable String topicId) {

	/**
	 * Return a request for a member's messages in a group.
	 * @param groupId the group
	 * @param sender the member's UserID
	 * @return the request
	 */
	public static DeleteBySenderRequest of(String groupId, String sender) {
		return new DeleteBySenderRequest(groupId, sender, null);
	}

}
