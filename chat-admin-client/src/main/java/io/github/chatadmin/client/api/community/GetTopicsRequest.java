package io.github.chatadmin.client.api.community;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The request of {@code million_group_open_http_svc/get_topic}: the profiles of a
 * community's topics, all or named.
 *
 * @param groupId the community ({@code GroupId})
 * @param fromAccount the member reading, required by the vendor; its own state comes back
 * as {@code SelfInfo} ({@code From_Account})
 * @param topicIdList the topics; every topic when absent ({@code TopicIdList})
 * @param responseFilter the topic fields to return, such as {@code TopicName}
 * ({@code ResponseFilter})
 * @author chat-admin
 */
public record GetTopicsRequest(@JsonProperty("GroupId") String groupId,
		@JsonProperty("From_Account") String fromAccount,
		@JsonProperty("TopicIdList") @Nullable List<String> topicIdList,
		@JsonProperty("ResponseFilter") @Nullable List<String> responseFilter) {

	/**
	 * Return the request for every topic of a community.
	 * @param groupId the community
	 * @param fromAccount the member reading
	 * @return the request
	 */
	public static GetTopicsRequest all(String groupId, String fromAccount) {
		return new GetTopicsRequest(groupId, fromAccount, null, null);
	}

	/**
	 * Return the request for named topics.
	 * @param groupId the community
	 * @param fromAccount the member reading
	 * @param topicIds the topics
	 * @return the request
	 */
	public static GetTopicsRequest of(String groupId, String fromAccount, List<String> topicIds) {
		return new GetTopicsRequest(groupId, fromAccount, topicIds, null);
	}

}
