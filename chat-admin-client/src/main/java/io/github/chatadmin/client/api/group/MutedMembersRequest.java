package io.github.chatadmin.client.api.group;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The request of {@code group_open_http_svc/get_group_muted_account}.
 *
 * @param groupId the group ({@code GroupId})
 * @param topicId the topic of a community, for the members muted there ({@code TopicId})
 * @author chat-admin
 */
public record MutedMembersRequest(@JsonProperty("GroupId") String groupId,
		@JsonProperty("TopicId") @Nullable String topicId) {

}
