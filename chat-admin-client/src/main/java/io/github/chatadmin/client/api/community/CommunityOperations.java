package io.github.chatadmin.client.api.community;

import java.util.List;

import io.github.chatadmin.client.api.group.MemberResultsResponse;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Communities: topics and permission groups. Create communities, add their members and
 * page through them with {@link io.github.chatadmin.client.api.group.GroupOperations}.
 * Every method returns a cold publisher; bad input is refused with an
 * {@link IllegalArgumentException} naming the field before anything is sent. Community
 * IDs start with {@code @TGS#_}. Topics need the Ultimate edition and the console's
 * community and topic switches (11000 otherwise).
 *
 * @author chat-admin
 * @see <a href="https://trtc.io/document/34621">The vendor's REST API list</a>
 */
public interface CommunityOperations {

	/**
	 * Create a topic in a community ({@code million_group_open_http_svc/create_topic}; up
	 * to 200 per community). Errors peculiar to it: 10021 and 10025 custom ID used, 10037
	 * too many topics, 80001 security check.
	 * @param request the request, from {@link CreateTopicRequest#builder}
	 * @return the topic's ID
	 * @see <a href="https://trtc.io/document/49471">create_topic</a>
	 */
	Mono<TopicIdResponse> createTopic(CreateTopicRequest request);

	/**
	 * Create a topic with a name and nothing else.
	 * @param groupId the community
	 * @param topicName the name, at most 30 bytes
	 * @return the topic's ID
	 */
	Mono<TopicIdResponse> createTopic(String groupId, String topicName);

	/**
	 * Read the profiles of a community's topics
	 * ({@code million_group_open_http_svc/get_topic}); each carries its own error code
	 * (110003: deleted).
	 * @param request the request
	 * @return the topics
	 * @see <a href="https://trtc.io/document/49469">get_topic</a>
	 */
	Mono<TopicsResponse> topics(GetTopicsRequest request);

	/**
	 * Read the profiles of every topic of a community.
	 * @param groupId the community
	 * @param fromAccount the member reading, whose own state comes back too
	 * @return the topics
	 */
	Mono<TopicsResponse> topics(String groupId, String fromAccount);

	/**
	 * Change a topic's profile ({@code million_group_open_http_svc/modify_topic}).
	 * @param request the request, from {@link ModifyTopicRequest#builder}
	 * @return completes when changed
	 * @see <a href="https://trtc.io/document/49468">modify_topic</a>
	 */
	Mono<Void> modifyTopic(ModifyTopicRequest request);

	/**
	 * Disband topics for good ({@code million_group_open_http_svc/destroy_topic}).
	 * @param groupId the community
	 * @param topicIds the topics
	 * @return a result per topic
	 * @see <a href="https://trtc.io/document/49470">destroy_topic</a>
	 */
	Mono<DestroyTopicsResponse> destroyTopics(String groupId, List<String> topicIds);

	/**
	 * Import a topic from another system ({@code group_open_http_svc/import_topic}), with
	 * its creation time and without callbacks.
	 * @param request the request, from {@link ImportTopicRequest#builder}
	 * @return the topic's ID
	 * @see <a href="https://trtc.io/document/53448">import_topic</a>
	 */
	Mono<TopicIdResponse> importTopic(ImportTopicRequest request);

	/**
	 * Create a permission group ({@code group_open_http_svc/create_permission_group}).
	 * @param request the request
	 * @return the answer, with the permission group's ID when the vendor returns it
	 * @see <a href="https://trtc.io/document/61232">create_permission_group</a>
	 */
	Mono<PermissionGroupIdResponse> createPermissionGroup(CreatePermissionGroupRequest request);

	/**
	 * Destroy permission groups ({@code group_open_http_svc/destroy_permission_group}),
	 * split into calls of 20 and merged in order.
	 * @param groupId the community
	 * @param permissionGroupIds the permission groups
	 * @return a result per permission group; those of a call that failed as a whole carry
	 * its {@code ErrorCode} (or -1 without an answer)
	 * @see <a href="https://trtc.io/document/61233">destroy_permission_group</a>
	 */
	Mono<PermissionGroupResultsResponse> destroyPermissionGroups(String groupId, List<String> permissionGroupIds);

	/**
	 * Change a permission group ({@code group_open_http_svc/modify_permission_group}).
	 * @param request the request
	 * @return completes when changed
	 * @see <a href="https://trtc.io/document/61234">modify_permission_group</a>
	 */
	Mono<Void> modifyPermissionGroup(ModifyPermissionGroupRequest request);

	/**
	 * Read every permission group of a community
	 * ({@code group_open_http_svc/get_permission_group}), 20 per page, following the
	 * string cursor {@code Next} until it is empty, a page only when the subscriber wants
	 * more.
	 * @param groupId the community
	 * @return the permission groups
	 * @see <a href="https://trtc.io/document/61235">get_permission_group</a>
	 */
	Flux<PermissionGroupInfo> permissionGroups(String groupId);

	/**
	 * Read named permission groups, or one page of them.
	 * @param request the request
	 * @return the answer
	 */
	Mono<PermissionGroupsResponse> permissionGroupsPage(GetPermissionGroupsRequest request);

	/**
	 * Give a permission group permissions in topics
	 * ({@code group_open_http_svc/add_topic_permission_group}), split into calls of 50
	 * and merged in order.
	 * @param request the request
	 * @return a result per topic; those of a call that failed as a whole carry its
	 * {@code ErrorCode} (or -1 without an answer)
	 * @see <a href="https://trtc.io/document/61236">add_topic_permission_group</a>
	 */
	Mono<TopicPermissionsResponse> addTopicPermissions(TopicPermissionsRequest request);

	/**
	 * Change a permission group's permissions in topics
	 * ({@code group_open_http_svc/set_topic_permission_group}).
	 * @param request the request
	 * @return a result per topic
	 * @see <a href="https://trtc.io/document/61237">set_topic_permission_group</a>
	 */
	Mono<TopicPermissionsResponse> setTopicPermissions(TopicPermissionsRequest request);

	/**
	 * Remove a permission group's permissions in topics
	 * ({@code group_open_http_svc/delete_topic_permission_group}).
	 * @param groupId the community
	 * @param permissionGroupId the permission group
	 * @param topicIds the topics
	 * @return a result per topic
	 * @see <a href="https://trtc.io/document/61238">delete_topic_permission_group</a>
	 */
	Mono<TopicPermissionsResponse> deleteTopicPermissions(String groupId, String permissionGroupId,
			List<String> topicIds);

	/**
	 * Read a permission group's permissions in topics
	 * ({@code group_open_http_svc/get_topic_permission_group}).
	 * @param groupId the community
	 * @param permissionGroupId the permission group
	 * @param topicIds the topics, or {@code null} for every topic
	 * @return the permissions per topic
	 * @see <a href="https://trtc.io/document/61239">get_topic_permission_group</a>
	 */
	Mono<TopicPermissionsResponse> topicPermissions(String groupId, String permissionGroupId,
			@Nullable List<String> topicIds);

	/**
	 * Add members to a permission group
	 * ({@code group_open_http_svc/add_permission_group_member}), split into calls of 100
	 * and merged in order.
	 * @param groupId the community
	 * @param permissionGroupId the permission group
	 * @param userIds the members
	 * @return a result per member ({@code 0} added, 10013 already in it); those of a call
	 * that failed as a whole carry its code
	 * @see <a href="https://trtc.io/document/61240">add_permission_group_member</a>
	 */
	Mono<MemberResultsResponse> addPermissionGroupMembers(String groupId, String permissionGroupId,
			List<String> userIds);

	/**
	 * Remove members from a permission group
	 * ({@code group_open_http_svc/delete_permission_group_member}), split into calls of
	 * 100; users who are not in it are ignored.
	 * @param groupId the community
	 * @param permissionGroupId the permission group
	 * @param userIds the members
	 * @return the results the vendor gives, if any
	 * @see <a href="https://trtc.io/document/61241">delete_permission_group_member</a>
	 */
	Mono<MemberResultsResponse> deletePermissionGroupMembers(String groupId, String permissionGroupId,
			List<String> userIds);

	/**
	 * Read every member of a permission group
	 * ({@code group_open_http_svc/get_permission_group_member_list}), 50 per page,
	 * following the string cursor {@code Next} until it is empty, a page only when the
	 * subscriber wants more.
	 * @param groupId the community
	 * @param permissionGroupId the permission group
	 * @return the members
	 * @see <a href="https://trtc.io/document/61242">get_permission_group_member_list</a>
	 */
	Flux<PermissionGroupMember> permissionGroupMembers(String groupId, String permissionGroupId);

	/**
	 * Read one page of a permission group's members.
	 * @param request the request
	 * @return the page
	 */
	Mono<PermissionGroupMemberListResponse> permissionGroupMembersPage(PermissionGroupMemberListRequest request);

}
