package io.github.chatadmin.client.api.community;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The request of {@code million_group_open_http_svc/destroy_topic}: disband topics of a
 * community for good.
 *
 * @param groupId the community ({@code GroupId})
 * @param topicIdList the topics ({@code TopicIdList})
 * @author chat-admin
 */
public record DestroyTopicsRequest(@JsonProperty("GroupId") String groupId,
		@JsonProperty("TopicIdList") List<String> topicIdList) {

}
