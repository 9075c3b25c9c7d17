package io.github.chatadmin.client.api.community;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The request of {@code group_open_http_svc/delete_topic_permission_group} (the page's
 * request was not seen: the topics are sent as {@code TopicIdList}, as in
 * {@code get_topic_permission_group}).
 *
 * @param groupId the community ({@code GroupId})
 * @param permissionGroupId the permission group ({@code PermissionGroupId})
 * @param topicIdList the topics ({@code TopicIdList})
 * @author chat-admin
 */
public record DeleteTopicPermissionsRequest(@JsonProperty("GroupId") String groupId,
		@JsonProperty("PermissionGroupId") String permissionGroupId,
		@JsonProperty("TopicIdList") List<String> topicIdList) {

}
