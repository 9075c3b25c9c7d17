package io.github.chatadmin.client.api.push;

import java.util.List;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Push: all-user and tag pushes, user-targeted pushes, revokes, scheduled pushes, and the
 * user attributes and tags the conditions select by, on the Push service
 * ({@code timpush}); and the legacy all-member push ({@code all_member_push}), whose
 * methods start with {@code legacy}. Every method returns a cold publisher; bad input is
 * refused with an {@link IllegalArgumentException} naming the field before anything is
 * sent. Lists of users longer than 100 are split into calls of 100, {@code concurrency}
 * in flight, merged in order; the users of a call that failed as a whole come back as
 * failures carrying its {@code ErrorCode}.
 * <p>
 * The pushes carry the vendor's tightest quotas: {@code timpush/push},
 * {@code timpush/revoke} and {@code all_member_push/im_push} one call per second (and 100
 * pushes a day by default), so a burst of them waits for the limiter.
 *
 * @author chat-admin
 * @see <a href="https://www.tencentcloud.com/document/product/1047/60561">Pushing to all
 * or tagged users</a>
 */
public interface PushOperations {

	/**
	 * Push to every user, or to those the request's condition selects
	 * ({@code timpush/push}, one call per second, 100 a day by default and 10 on the free
	 * edition). Errors peculiar to it: 90024 pushes less than a second apart, 90039 tag
	 * and attribute conditions combined, 90045 push not enabled, 90047 daily limit
	 * reached, 90056 body over 10 KB.
	 * @param request the request, from {@link PushRequest#builder()}
	 * @return the push task's ID
	 * @see <a href=
	 * "https://www.tencentcloud.com/document/product/1047/60561">timpush/push</a>
	 */
	Mono<PushResponse> pushToAll(PushRequest request);

	/**
	 * Push to 1 to 500 users ({@code timpush/batch}, 30 calls/s). A longer list is
	 * refused: each call is a separate push task.
	 * @param request the request
	 * @return the push task's ID
	 * @see <a href=
	 * "https://www.tencentcloud.com/document/product/1047/67553">timpush/batch</a>
	 */
	Mono<PushResponse> pushToUsers(UserPushRequest request);

	/**
	 * Revoke a push task within 24 hours of its start ({@code timpush/revoke}, one call
	 * per second). Errors: 90049 no such task, 90050 already revoked, 90051 too frequent,
	 * 90052 older than 24 hours, 90053 the notification must be given.
	 * @param request the request
	 * @return completes when revoked
	 * @see <a href=
	 * "https://www.tencentcloud.com/document/product/1047/60571">timpush/revoke</a>
	 */
	Mono<Void> revoke(RevokePushRequest request);

	/**
	 * Revoke a push task without overwriting its notification.
	 * @param taskId the task
	 * @return completes when revoked
	 */
	Mono<Void> revoke(String taskId);

	/**
	 * Name the app's user attributes, at most 10 ({@code timpush/set_attr_name}, 100
	 * calls/s). An attribute's account type cannot be changed later.
	 * @param request the request
	 * @return completes when set
	 * @see <a href=
	 * "https://www.tencentcloud.com/document/product/1047/60563">timpush/set_attr_name</a>
	 */
	Mono<Void> setAttributeNames(AttributeNamesRequest request);

	/**
	 * Read the names and account types of the app's user attributes
	 * ({@code timpush/get_attr_name}, 100 calls/s).
	 * @return the names
	 * @see <a href="https://trtc.io/document/67815">timpush/get_attr_name</a>
	 */
	Mono<AttributeNamesResponse> attributeNames();

	/**
	 * Read users' attributes ({@code timpush/get_attr}, 100 calls/s), in calls of 100.
	 * @param users UserIDs or RegistrationIDs
	 * @return the attributes, and the users that could not be read
	 * @see <a href=
	 * "https://www.tencentcloud.com/document/product/1047/60564">timpush/get_attr</a>
	 */
	Mono<UserAttributesResponse> attributes(List<String> users);

	/**
	 * Set users' attributes ({@code timpush/set_attr}, 100 calls/s), in calls of 100;
	 * name the attributes first. Error 90035 (per user): the attribute belongs to the
	 * other account type.
	 * @param users the values of each user
	 * @return the users it failed for
	 * @see <a href=
	 * "https://www.tencentcloud.com/document/product/1047/60565">timpush/set_attr</a>
	 */
	Mono<PushUsersResponse> setAttributes(List<UserAttributes> users);

	/**
	 * Remove users' attributes ({@code timpush/remove_attr}, 100 calls/s), in calls of
	 * 100.
	 * @param users the attributes of each user
	 * @return the users it failed for
	 * @see <a href="https://trtc.io/document/60566">timpush/remove_attr</a>
	 */
	Mono<PushUsersResponse> removeAttributes(List<UserAttributeNames> users);

	/**
	 * Read users' tags ({@code timpush/get_tag}, 100 calls/s), in calls of 100.
	 * @param users the users
	 * @return the tags of each user
	 * @see <a href="https://trtc.io/document/60567">timpush/get_tag</a>
	 */
	Mono<UserTagsResponse> tags(List<String> users);

	/**
	 * Add tags to users ({@code timpush/add_tag}, 100 calls/s), in calls of 100: at most
	 * 10 tags per user per call, 100 per user, 1,000 per app, 50 bytes each.
	 * @param users the tags of each user
	 * @return the users it failed for
	 * @see <a href="https://trtc.io/document/60568">timpush/add_tag</a>
	 */
	Mono<PushUsersResponse> addTags(List<UserTags> users);

	/**
	 * Remove tags of users ({@code timpush/remove_tag}, 100 calls/s), in calls of 100.
	 * @param users the tags of each user
	 * @return the users it failed for
	 * @see <a href=
	 * "https://www.tencentcloud.com/document/product/1047/60569">timpush/remove_tag</a>
	 */
	Mono<PushUsersResponse> removeTags(List<UserTags> users);

	/**
	 * Remove every tag of users ({@code timpush/clear_all_tags}, 100 calls/s), in calls
	 * of 100.
	 * @param users the users
	 * @return the users it failed for
	 * @see <a href=
	 * "https://www.tencentcloud.com/document/product/1047/60570">timpush/clear_all_tags</a>
	 */
	Mono<PushUsersResponse> clearTags(List<String> users);

	/**
	 * Create a scheduled push ({@code timpush/add_sched_task}, 5 calls/s); times are UTC.
	 * @param request the request, from {@link AddScheduledPushRequest#of}
	 * @return the task's ID
	 * @see <a href=
	 * "https://www.tencentcloud.com/document/product/1047/78839">timpush/add_sched_task</a>
	 */
	Mono<ScheduledTaskIdResponse> schedule(AddScheduledPushRequest request);

	/**
	 * Read a scheduled push ({@code timpush/get_sched_task}, 5 calls/s).
	 * @param sdkAppId the app
	 * @param taskId the task
	 * @return the task
	 * @see <a href=
	 * "https://www.tencentcloud.com/document/product/1047/78842">timpush/get_sched_task</a>
	 */
	Mono<ScheduledTaskResponse> scheduledTask(long sdkAppId, long taskId);

	/**
	 * Read every scheduled push of a time range ({@code timpush/list_sched_task}, 5
	 * calls/s), page after page by {@code Offset} as the subscriber asks for more, until
	 * a page is empty or {@code Total} is reached.
	 * @param first the first page's request
	 * @return the tasks
	 * @see <a href=
	 * "https://www.tencentcloud.com/document/product/1047/78843">timpush/list_sched_task</a>
	 */
	Flux<ScheduledTask> scheduledTasks(ListScheduledTasksRequest first);

	/**
	 * Read one page of scheduled pushes ({@code timpush/list_sched_task}).
	 * @param request the request
	 * @return the page
	 */
	Mono<ScheduledTaskPage> scheduledTasksPage(ListScheduledTasksRequest request);

	/**
	 * Change the time or the push of a pending scheduled push
	 * ({@code timpush/modify_sched_task}, 5 calls/s); its type cannot change.
	 * @param request the request
	 * @return the answer
	 * @see <a href=
	 * "https://www.tencentcloud.com/document/product/1047/78840">timpush/modify_sched_task</a>
	 */
	Mono<ScheduledTaskIdResponse> modifyScheduled(ModifyScheduledPushRequest request);

	/**
	 * Delete a pending scheduled push ({@code timpush/delete_sched_task}, 5 calls/s).
	 * Errors: 90104 invalid task, type or app, 90106 already dispatched, 90107
	 * dispatching.
	 * @param request the request
	 * @return the deleted task's ID
	 * @see <a href=
	 * "https://www.tencentcloud.com/document/product/1047/78841">timpush/delete_sched_task</a>
	 */
	Mono<ScheduledTaskIdResponse> deleteScheduled(DeleteScheduledPushRequest request);

	/**
	 * Legacy: push a message to every user or to those a condition selects
	 * ({@code all_member_push/im_push}, 100 calls a day, more than a second apart; the
	 * feature must be enabled). No roaming; kept offline for {@code MsgLifeTime}.
	 * @param request the request, from {@link LegacyPushRequest#builder()}
	 * @return the push task's ID
	 * @see <a href=
	 * "https://www.tencentcloud.com/document/product/1047/37166">all_member_push/im_push</a>
	 */
	Mono<PushResponse> legacyPushToAll(LegacyPushRequest request);

	/**
	 * Legacy: name the app's user attributes ({@code all_member_push/im_set_attr_name}).
	 * @param request the request, without account types
	 * @return completes when set
	 * @see <a href=
	 * "https://www.tencentcloud.com/document/product/1047/37167">im_set_attr_name</a>
	 */
	Mono<Void> legacySetAttributeNames(AttributeNamesRequest request);

	/**
	 * Legacy: read the names of the app's user attributes
	 * ({@code all_member_push/im_get_attr_name}).
	 * @return the names
	 * @see <a href=
	 * "https://www.tencentcloud.com/document/product/1047/37168">im_get_attr_name</a>
	 */
	Mono<AttributeNamesResponse> legacyAttributeNames();

	/**
	 * Legacy: read users' attributes ({@code all_member_push/im_get_attr}), in calls of
	 * 100.
	 * @param users the users
	 * @return the attributes
	 * @see <a href=
	 * "https://www.tencentcloud.com/document/product/1047/37169">im_get_attr</a>
	 */
	Mono<UserAttributesResponse> legacyAttributes(List<String> users);

	/**
	 * Legacy: set users' attributes ({@code all_member_push/im_set_attr}), in calls of
	 * 100.
	 * @param users the values of each user
	 * @return the users it failed for
	 * @see <a href=
	 * "https://www.tencentcloud.com/document/product/1047/37170">im_set_attr</a>
	 */
	Mono<PushUsersResponse> legacySetAttributes(List<UserAttributes> users);

	/**
	 * Legacy: remove users' attributes ({@code all_member_push/im_remove_attr}), in calls
	 * of 100.
	 * @param users the attributes of each user
	 * @return the users it failed for
	 * @see <a href=
	 * "https://www.tencentcloud.com/document/product/1047/37171">im_remove_attr</a>
	 */
	Mono<PushUsersResponse> legacyRemoveAttributes(List<UserAttributeNames> users);

	/**
	 * Legacy: read users' tags ({@code all_member_push/im_get_tag}), in calls of 100.
	 * @param users the users
	 * @return the tags
	 * @see <a href=
	 * "https://www.tencentcloud.com/document/product/1047/37172">im_get_tag</a>
	 */
	Mono<UserTagsResponse> legacyTags(List<String> users);

	/**
	 * Legacy: add tags to users ({@code all_member_push/im_add_tag}), in calls of 100.
	 * @param users the tags of each user
	 * @return the users it failed for
	 * @see <a href=
	 * "https://www.tencentcloud.com/document/product/1047/37173">im_add_tag</a>
	 */
	Mono<PushUsersResponse> legacyAddTags(List<UserTags> users);

	/**
	 * Legacy: remove tags of users ({@code all_member_push/im_remove_tag}), in calls of
	 * 100.
	 * @param users the tags of each user
	 * @return the users it failed for
	 * @see <a href=
	 * "https://www.tencentcloud.com/document/product/1047/37174">im_remove_tag</a>
	 */
	Mono<PushUsersResponse> legacyRemoveTags(List<UserTags> users);

	/**
	 * Legacy: remove every tag of users ({@code all_member_push/im_remove_all_tags}), in
	 * calls of 100.
	 * @param users the users
	 * @return the users it failed for
	 * @see <a href=
	 * "https://www.tencentcloud.com/document/product/1047/37175">im_remove_all_tags</a>
	 */
	Mono<PushUsersResponse> legacyClearTags(List<String> users);

}
