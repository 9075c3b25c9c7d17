package io.github.chatadmin.client.api.group;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The request of {@code group_open_http_svc/ban_group_member}: remove up to 20 members of
 * an audio-video group and keep them out for a time.
 *
 * @param groupId the group ({@code GroupId})
 * @param membersAccount the members ({@code Members_Account})
 * @param duration seconds, an unsigned 32-bit number ({@code Duration})
 * @param description the reason, at most 1,000 bytes ({@code Description})
 * @author chat-admin
 */
public record BanRequest(@JsonProperty("GroupId") String groupId,
		@JsonProperty("Members_Account") List<String> membersAccount, @JsonProperty("Duration") long duration,
		@JsonProperty("Description") @Nullable String description) {

	BanRequest withMembers(List<String> members) {
		return new BanRequest(this.groupId, members, this.duration, this.description);
	}

}
