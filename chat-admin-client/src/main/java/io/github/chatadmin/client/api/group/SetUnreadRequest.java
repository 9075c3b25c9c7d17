package io.github.chatadmin.client.api.group;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The request of {@code group_open_http_svc/set_unread_msg_num}; meeting and audio-video
 * groups ignore it.
 *
 * @param groupId the group ({@code GroupId})
 * @param memberAccount the member ({@code Member_Account})
 * @param unreadMsgNum the unread count, capped at the group's message count
 * ({@code UnreadMsgNum})
 * @author chat-admin
 */
public record SetUnreadRequest(@JsonProperty("GroupId") String groupId,
		@JsonProperty("Member_Account") String memberAccount, @JsonProperty("UnreadMsgNum") long unreadMsgNum) {

}
