package io.github.chatadmin.client.api.group;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The request of {@code group_open_avchatroom_http_svc/check_members}: which users are in
 * an audio-video group.
 *
 * @param groupId the group ({@code GroupId})
 * @param memberAccount the users ({@code Member_Account})
 * @author chat-admin
 */
public record CheckMembersRequest(@JsonProperty("GroupId") String groupId,
		@JsonProperty("Member_Account") List<String> memberAccount) {

}
