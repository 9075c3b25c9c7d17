package io.github.chatadmin.client.api.groupmessage;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The request of {@code group_open_http_svc/group_msg_recall}: recall up to 10 messages
 * of a group by sequence number.
 *
 * @param groupId the group ({@code GroupId})
 * @param msgSeqList the messages ({@code MsgSeqList})
 * @param topicId the topic of a topic-enabled community ({@code TopicId})
 * @author chat-admin
 * @since 0.1.0
 */
public record GroupRecallRequest(@JsonProperty("GroupId") String groupId,
		@JsonProperty("MsgSeqList") List<MessageSeq> msgSeqList, @JsonProperty("TopicId") @Nullable String topicId) {

	/**
	 * Return a request to recall messages of a group.
	 * @param groupId the group
	 * @param msgSeqs the messages' sequence numbers
	 * @return the request
	 */
	public static GroupRecallRequest of(String groupId, List<Long> msgSeqs) {
		return new GroupRecallRequest(groupId, MessageSeq.of(msgSeqs), null);
	}

	/**
	 * Return this request for a topic of a topic-enabled community.
	 * @param topicId the topic
	 * @return the request
	 */
	public GroupRecallRequest inTopic(String topicId) {
		return new GroupRecallRequest(this.groupId, this.msgSeqList, topicId);
	}

	GroupRecallRequest withMessages(List<MessageSeq> messages) {
		return new GroupRecallRequest(this.groupId, messages, this.topicId);
	}

}
