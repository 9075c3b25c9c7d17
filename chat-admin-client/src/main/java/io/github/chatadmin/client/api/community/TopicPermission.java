package io.github.chatadmin.client.api.community;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The permissions of a permission group in a topic ({@code TopicPermissionList} item).
 *
 * @param topicId the topic ({@code TopicId})
 * @param permission the permission bits ({@code Permission})
 * @author chat-admin
 */
public record TopicPermission(@JsonProperty("TopicId") String topicId, @JsonProperty("Permission") long permission) {

}
