package io.github.chatadmin.client.api.relation;

import java.util.List;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Relation operations: friends, friend lists, blocklists and follows.
 * <p>
 * Methods that take a list of users split it at the vendor's limit (1,000 for friend
 * deletes and checks and for blocklists, 100 for friend fields and follow checks, 20 for
 * follows and follow counts), keep a bounded number of calls in flight and merge the
 * per-user results in input order. Per-user failures are values (see
 * {@link FriendResultCode}); when a split call fails as a whole while others succeed, its
 * users come back as failures carrying the call's {@code ErrorCode} (or -1 without an
 * answer). Whole lists (a user's friends, blocklist, follows) are {@link Flux}es that
 * read a page only when the subscriber asks for more, stop at the vendor's end marker and
 * fail on a cursor that does not move. Bad input is refused with an
 * {@link IllegalArgumentException} naming the vendor's field before anything is sent.
 *
 * @author chat-admin
 */
public interface RelationOperations {

	/**
	 * Add friends ({@code sns/friend_add}). Per-friend code 30539 means the target
	 * approves requests: the request is pending and the friend is not added yet; 30515 /
	 * 30525 blocklists, 30516 the target refuses every request, 30010 / 30014 friend
	 * lists full (3,000 friends per user).
	 * @param request the requester, the friends and the add type
	 * @return a result per friend
	 * @see <a href="https://trtc.io/document/34902">friend_add</a>
	 */
	Mono<RelationResultsResponse> add(AddFriendRequest request);

	/**
	 * Import one-way friends into a user's list ({@code sns/friend_import}), with their
	 * remark, lists, times and custom fields. Import a user's friends in one call to
	 * avoid 30008 write conflicts.
	 * @param request the user and the friends
	 * @return a result per friend
	 * @see <a href="https://trtc.io/document/34903">friend_import</a>
	 */
	Mono<RelationResultsResponse> importFriends(ImportFriendsRequest request);

	/**
	 * Change the remark, friend lists or custom fields of friends
	 * ({@code sns/friend_update}). Update a user's friends in one call to avoid 30008
	 * write conflicts; 30011 too many friend lists.
	 * @param request the user and the changes
	 * @return a result per friend
	 * @see <a href="https://trtc.io/document/34904">friend_update</a>
	 */
	Mono<RelationResultsResponse> update(UpdateFriendsRequest request);

	/**
	 * Delete friends ({@code sns/friend_delete}, 1,000 per call). Per-friend 31704: not a
	 * friend; 31707: refused by the security policy.
	 * @param fromAccount the user
	 * @param toAccounts the friends, any number
	 * @param deleteType one-way or two-way, or {@code null} for the vendor's default
	 * @return a result per friend, in input order
	 * @see <a href="https://trtc.io/document/34905">friend_delete</a>
	 */
	Mono<RelationResultsResponse> delete(String fromAccount, List<String> toAccounts, @Nullable DeleteType deleteType);

	/**
	 * Delete every friend of a user ({@code sns/friend_delete_all}).
	 * @param fromAccount the user
	 * @param deleteType one-way (the vendor's default when {@code null}) or two-way
	 * @return completes once deleted
	 * @see <a href="https://trtc.io/document/34906">friend_delete_all</a>
	 */
	Mono<Void> deleteAll(String fromAccount, @Nullable DeleteType deleteType);

	/**
	 * Check the friend relation with users ({@code sns/friend_check}, 1,000 per call).
	 * @param fromAccount the user
	 * @param toAccounts the users to check, any number
	 * @param checkType one direction or both
	 * @return the relation with each user, in input order
	 * @see <a href="https://trtc.io/document/34907">friend_check</a>
	 */
	Mono<CheckFriendsResponse> check(String fromAccount, List<String> toAccounts, CheckType checkType);

	/**
	 * Return every friend of a user with every friend field ({@code sns/friend_get}),
	 * following {@code NextStartIndex} until {@code CompleteFlag} is not 0. Profile
	 * fields are not returned: use {@link #get}.
	 * @param fromAccount the user
	 * @return the friends, read page by page as the subscriber asks for them
	 * @see <a href="https://trtc.io/document/34908">friend_get</a>
	 */
	Flux<GetFriendsResponse.Friend> friends(String fromAccount);

	/**
	 * Read one page of a user's friends ({@code sns/friend_get}).
	 * @param request the page's request, such as {@link GetFriendsRequest#first(String)}
	 * @return the page, with the cursor of the next one
	 * @see <a href="https://trtc.io/document/34908">friend_get</a>
	 */
	Mono<GetFriendsResponse> friendsPage(GetFriendsRequest request);

	/**
	 * Read friend and profile fields of given friends ({@code sns/friend_get_list}, 100
	 * per call as the vendor recommends). Per-friend 30001: not a friend.
	 * @param fromAccount the user
	 * @param toAccounts the friends, any number
	 * @param tags standard and custom profile ({@code Tag_Profile_*}) and friend
	 * ({@code Tag_SNS_*}) fields
	 * @return the fields of each friend, in input order
	 * @see <a href="https://trtc.io/document/34910">friend_get_list</a>
	 */
	Mono<GetFriendInfoResponse> get(String fromAccount, List<String> toAccounts, List<String> tags);

	/**
	 * Create friend lists ({@code sns/group_add}): at most 32 per call and per user,
	 * names of at most 30 bytes, optionally with up to 1,000 friends put into every new
	 * list (per-friend 32216: not a friend). Not split: a second call would create the
	 * lists again. 30011: too many lists.
	 * @param request the user, the lists and the friends
	 * @return the lists' new sequence and a result per friend
	 * @see <a href="https://trtc.io/document/34950">group_add</a>
	 */
	Mono<FriendListsResponse> addFriendLists(AddFriendListsRequest request);

	/**
	 * Delete friend lists ({@code sns/group_delete}).
	 * @param fromAccount the user
	 * @param names the lists
	 * @return the lists' new sequence
	 * @see <a href="https://trtc.io/document/34926">group_delete</a>
	 */
	Mono<FriendListsResponse> deleteFriendLists(String fromAccount, List<String> names);

	/**
	 * Read a user's friend lists ({@code sns/group_get}), with their members when asked
	 * for.
	 * @param request the user and the lists, such as
	 * {@code GetFriendListsRequest.all(user).withFriends()}
	 * @return the lists
	 * @see <a href="https://trtc.io/document/40123">group_get</a>
	 */
	Mono<GetFriendListsResponse> friendLists(GetFriendListsRequest request);

	/**
	 * Block users ({@code sns/black_list_add}, 1,000 per call; at most 1,000 blocked
	 * users per user, 30013 beyond). Blocking unfriends; per-user 30001 when already
	 * blocked.
	 * @param fromAccount the user
	 * @param toAccounts the users to block, any number
	 * @return a result per user, in input order
	 * @see <a href="https://trtc.io/document/34911">black_list_add</a>
	 */
	Mono<RelationResultsResponse> block(String fromAccount, List<String> toAccounts);

	/**
	 * Unblock users ({@code sns/black_list_delete}, 1,000 per call).
	 * @param fromAccount the user
	 * @param toAccounts the users to unblock, any number
	 * @return a result per user, in input order
	 * @see <a href="https://trtc.io/document/34912">black_list_delete</a>
	 */
	Mono<RelationResultsResponse> unblock(String fromAccount, List<String> toAccounts);

	/**
	 * Return a user's whole blocklist ({@code sns/black_list_get}, pages of 1,000),
	 * following the answer's {@code StartIndex} until it is 0.
	 * @param fromAccount the user
	 * @return the blocked users, read page by page as the subscriber asks for them
	 * @see <a href="https://trtc.io/document/34914">black_list_get</a>
	 */
	Flux<GetBlocklistResponse.BlockedUser> blocklist(String fromAccount);

	/**
	 * Return a user's blocklist from a given page on ({@code sns/black_list_get}).
	 * @param first the first page's request, such as
	 * {@link GetBlocklistRequest#first(String, int)}
	 * @return the blocked users, read page by page as the subscriber asks for them
	 * @see <a href="https://trtc.io/document/34914">black_list_get</a>
	 */
	Flux<GetBlocklistResponse.BlockedUser> blocklist(GetBlocklistRequest first);

	/**
	 * Read one page of a user's blocklist ({@code sns/black_list_get}).
	 * @param request the page's request
	 * @return the page, with the start of the next one
	 * @see <a href="https://trtc.io/document/34914">black_list_get</a>
	 */
	Mono<GetBlocklistResponse> blocklistPage(GetBlocklistRequest request);

	/**
	 * Check the blocklist relation with users ({@code sns/black_list_check}, 1,000 per
	 * call).
	 * @param fromAccount the user
	 * @param toAccounts the users to check, any number
	 * @param checkType one direction or both
	 * @return the relation with each user, in input order
	 * @see <a href="https://trtc.io/document/34913">black_list_check</a>
	 */
	Mono<CheckBlocklistResponse> checkBlocked(String fromAccount, List<String> toAccounts, BlockCheckType checkType);

	/**
	 * Follow users ({@code follow/follow_add}, 20 per call). Needs the Pro, Pro Plus or
	 * Enterprise edition with follows enabled in the console.
	 * @param fromAccount the follower
	 * @param toAccounts the users to follow, any number
	 * @return a result per user, in input order
	 * @see <a href="https://trtc.io/document/70345">follow_add</a>
	 */
	Mono<RelationResultsResponse> follow(String fromAccount, List<String> toAccounts);

	/**
	 * Unfollow users ({@code follow/follow_delete}, 20 per call).
	 * @param fromAccount the follower
	 * @param toAccounts the users to unfollow, any number
	 * @return a result per user, in input order
	 * @see <a href="https://trtc.io/document/70346">follow_delete</a>
	 */
	Mono<RelationResultsResponse> unfollow(String fromAccount, List<String> toAccounts);

	/**
	 * Return a user's whole follower, following or mutual list
	 * ({@code follow/follow_get}, pages of 100), following {@code NextCursor} until it is
	 * empty.
	 * @param fromAccount the user
	 * @param type which list
	 * @return the users, read page by page as the subscriber asks for them
	 * @see <a href="https://trtc.io/document/70347">follow_get</a>
	 */
	Flux<GetFollowsResponse.FollowedUser> follows(String fromAccount, FollowListType type);

	/**
	 * Return a follow list from a given page on ({@code follow/follow_get}).
	 * @param first the first page's request, such as
	 * {@link GetFollowsRequest#first(String, FollowListType, int)}
	 * @return the users, read page by page as the subscriber asks for them
	 * @see <a href="https://trtc.io/document/70347">follow_get</a>
	 */
	Flux<GetFollowsResponse.FollowedUser> follows(GetFollowsRequest first);

	/**
	 * Read one page of a follow list ({@code follow/follow_get}).
	 * @param request the page's request
	 * @return the page, with the cursor of the next one
	 * @see <a href="https://trtc.io/document/70347">follow_get</a>
	 */
	Mono<GetFollowsResponse> followsPage(GetFollowsRequest request);

	/**
	 * Check the follow relation with users ({@code follow/follow_check}, 100 per call).
	 * @param fromAccount the user
	 * @param toAccounts the users to check, any number
	 * @return the relation with each user, in input order
	 * @see <a href="https://trtc.io/document/70349">follow_check</a>
	 */
	Mono<FollowCheckResponse> checkFollows(String fromAccount, List<String> toAccounts);

	/**
	 * Read follower, following and mutual counts of users
	 * ({@code follow/follow_get_info}, 20 per call).
	 * @param fromAccount the user asking
	 * @param toAccounts the users, any number
	 * @return the counts of each user, in input order
	 * @see <a href="https://trtc.io/document/70350">follow_get_info</a>
	 */
	Mono<FollowInfoResponse> followCounts(String fromAccount, List<String> toAccounts);

}
