package io.github.chatadmin.client.api.groupmessage;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.chatadmin.client.api.message.ReceivedMessage;
import org.jspecify.annotations.Nullable;

/**
 * The request of {@code group_open_http_svc/group_msg_get_simple}: one page of a group's
 * history, the messages whose sequence number is at most {@code ReqMsgSeq}, newest first.
 * Sequence numbers grow with time: the smaller, the older.
 *
 * @param groupId the group; not an audio-video group, which keeps no history
 * ({@code GroupId})
 * @param reqMsgNumber how many messages at most, 1 to 20 ({@code ReqMsgNumber})
 * @param reqMsgSeq the largest sequence number to return, or {@code null} for the latest
 * messages ({@code ReqMsgSeq})
 * @param withRecalledMsg {@code 1} to include recalled messages ({@code WithRecalledMsg})
 * @param topicId the topic of a topic-enabled community ({@code TopicId})
 * @author chat-admin
 * @since 0.1.0
 */
public record GroupHistoryRequest(@JsonProperty("GroupId") String groupId,
		@JsonProperty("ReqMsgNumber") int reqMsgNumber, @JsonProperty("ReqMsgSeq") @Nullable Long reqMsgSeq,
		@JsonProperty("WithRecalledMsg") @Nullable Integer withRecalledMsg,
		@JsonProperty("TopicId") @Nullable String topicId) {

	/**
	 * The vendor's maximum of {@code ReqMsgNumber}.
	 */
	public static final int MAX_PAGE_SIZE = 20;

	/**
	 * Return the request of a group's latest messages.
	 * @param groupId the group
	 * @param count how many, 1 to 20
	 * @return the request
	 */
	public static GroupHistoryRequest latest(String groupId, int count) {
		return new GroupHistoryRequest(groupId, count, null, null, null);
	}

	/**
	 * Return the request of the messages of a group up to a sequence number.
	 * @param groupId the group
	 * @param msgSeq the largest sequence number to return
	 * @param count how many, 1 to 20
	 * @return the request
	 */
	public static GroupHistoryRequest upTo(String groupId, long msgSeq, int count) {
		return new GroupHistoryRequest(groupId, count, msgSeq, null, null);
	}

	/**
	 * Return this request with recalled messages included ({@code WithRecalledMsg} 1).
	 * @return the request
	 */
	public GroupHistoryRequest withRecalled() {
		return new GroupHistoryRequest(this.groupId, this.reqMsgNumber, this.reqMsgSeq, 1, this.topicId);
	}

	/**
	 * Return this request for a topic of a topic-enabled community.
	 * @param topicId the topic
	 * @return the request
	 */
	public GroupHistoryRequest inTopic(String topicId) {
		return new GroupHistoryRequest(this.groupId, this.reqMsgNumber, this.reqMsgSeq, this.withRecalledMsg, topicId);
	}

	/**
	 * Return the request of the page of older messages that follows a page, as the vendor
	 * describes the walk: the page's smallest sequence number minus one.
	 * <p>
	 * The history ends (this method returns {@code null}) when the page is empty, when it
	 * reached sequence number 1, or when the vendor says that every message of the page's
	 * range has expired ({@code IsFinished} 2: older messages have expired too).
	 * {@code IsFinished} 1 only says that the page's range was returned whole; it does
	 * not end the history.
	 * @param page the page just read with this request
	 * @return the request of the next page, or {@code null} when the history ends
	 * @throws IllegalStateException if the page's messages carry no sequence number, or
	 * none below this request's {@code ReqMsgSeq} (the walk would not move)
	 */
	public @Nullable GroupHistoryRequest next(GroupHistoryResponse page) {
		if (page.messages().isEmpty() || page.isAllExpired()) {
			return null;
		}
		long smallest = Long.MAX_VALUE;
		for (ReceivedMessage message : page.messages()) {
			if (message.msgSeq() != null) {
				smallest = Math.min(smallest, message.msgSeq());
			}
		}
		if (smallest == Long.MAX_VALUE) {
			throw new IllegalStateException(
					"The history page of group " + this.groupId + " has messages without 'MsgSeq'; it cannot go on");
		}
		if (this.reqMsgSeq != null && smallest > this.reqMsgSeq) {
			throw new IllegalStateException("The history cursor of group " + this.groupId + " did not move: asked for "
					+ "'ReqMsgSeq' " + this.reqMsgSeq + ", but the smallest 'MsgSeq' returned was " + smallest);
		}
		if (smallest <= 1) {
			return null;
		}
		return new GroupHistoryRequest(this.groupId, this.reqMsgNumber, smallest - 1, this.withRecalledMsg,
				this.topicId);
	}

}
