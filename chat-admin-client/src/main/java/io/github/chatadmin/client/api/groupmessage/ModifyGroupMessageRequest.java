package io.github.chatadmin.client.api.groupmessage;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.chatadmin.client.api.message.MessageElement;
import org.jspecify.annotations.Nullable;

/**
 * The request of {@code openim/modify_group_msg}: replace the body or the custom data of
 * a group message, for good.
 *
 * @param groupId the group; not an audio-video group ({@code GroupId})
 * @param msgSeq the message's sequence number ({@code MsgSeq})
 * @param msgBody the new elements, or {@code null} to keep them ({@code MsgBody})
 * @param cloudCustomData the new custom data, or {@code null} to keep it
 * ({@code CloudCustomData})
 * @param topicId the topic of a topic-enabled community ({@code TopicId})
 * @author chat-admin
 * @since 0.1.0
 */
public record ModifyGroupMessageRequest(@JsonProperty("GroupId") String groupId, @JsonProperty("MsgSeq") long msgSeq,
		@JsonProperty("MsgBody") @Nullable List<MessageElement> msgBody,
		@JsonProperty("CloudCustomData") @Nullable String cloudCustomData,
		@JsonProperty("TopicId") @Nullable String topicId) {

	/**
	 * Return a request that replaces a message's body.
	 * @param groupId the group
	 * @param msgSeq the message's sequence number
	 * @param body the new elements
	 * @return the request
	 */
	public static ModifyGroupMessageRequest body(String groupId, long msgSeq, List<MessageElement> body) {
		return new ModifyGroupMessageRequest(groupId, msgSeq, List.copyOf(body), null, null);
	}

	/**
	 * Return a request that replaces a message's custom data.
	 * @param groupId the group
	 * @param msgSeq the message's sequence number
	 * @param cloudCustomData the new custom data
	 * @return the request
	 */
	public static ModifyGroupMessageRequest cloudCustomData(String groupId, long msgSeq, String cloudCustomData) {
		return new ModifyGroupMessageRequest(groupId, msgSeq, null, cloudCustomData, null);
	}

	/**
	 * Return this request that also replaces the custom data.
	 * @param cloudCustomData the new custom data
	 * @return the request
	 */
	public ModifyGroupMessageRequest withCloudCustomData(String cloudCustomData) {
		return new ModifyGroupMessageRequest(this.groupId, this.msgSeq, this.msgBody, cloudCustomData, this.topicId);
	}

	/**
	 * Return this request for a topic of a topic-enabled community.
	 * @param topicId the topic
	 * @return the request
	 */
	public ModifyGroupMessageRequest inTopic(String topicId) {
		return new ModifyGroupMessageRequest(this.groupId, this.msgSeq, this.msgBody, this.cloudCustomData, topicId);
	}

}
