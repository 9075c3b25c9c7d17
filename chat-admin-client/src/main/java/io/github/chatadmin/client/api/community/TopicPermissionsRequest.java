package io.github.chatadmin.client.api.community;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The request of {@code add_topic_permission_group} (up to 50 topics) and
 * {@code set_topic_permission_group}.
 *
 * @param groupId the community ({@code GroupId})
 * @param permissionGroupId the permission group ({@code PermissionGroupId})
 * @param topicPermissionList the topics and their permission bits
 * ({@code TopicPermissionList})
 * @author chat-admin
 */
public record TopicPermissionsRequest(@JsonProperty("GroupId") String groupId,
		@JsonProperty("PermissionGroupId") String permissionGroupId,
		@JsonProperty("TopicPermissionList") List<TopicPermission> topicPermissionList) {

}
