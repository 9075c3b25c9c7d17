package io.github.chatadmin.client.api.community;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The request of {@code group_open_http_svc/get_topic_permission_group}.
 *
 * @param groupId the community ({@code GroupId})
 * @param permissionGroupId the permission group ({@code PermissionGroupId})
 * @param topicIdList the topics; every topic when absent ({@code TopicIdList})
 * @author chat-admin
 */
public record GetTopicPermissionsRequest(@JsonProperty("GroupId") String groupId,
		@JsonProperty("PermissionGroupId") String permissionGroupId,
		@JsonProperty("TopicIdList") @Nullable List<String> topicIdList) {

}
