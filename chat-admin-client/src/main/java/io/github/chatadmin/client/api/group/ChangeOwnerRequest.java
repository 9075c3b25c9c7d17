package io.github.chatadmin.client.api.group;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The request of {@code group_open_http_svc/change_group_owner} (not for audio-video
 * groups).
 *
 * @param groupId the group ({@code GroupId})
 * @param newOwnerAccount the new owner, a member ({@code NewOwner_Account})
 * @author chat-admin
 */
public record ChangeOwnerRequest(@JsonProperty("GroupId") String groupId,
		@JsonProperty("NewOwner_Account") String newOwnerAccount) {

}
