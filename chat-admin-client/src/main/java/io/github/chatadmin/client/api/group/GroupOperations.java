package io.github.chatadmin.client.api.group;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Groups: creation, profiles, members and their paging, roles, muting, imports, bans,
 * counters, custom attributes and audio-video groups. Every method returns a cold
 * publisher; bad input is refused with an {@link IllegalArgumentException} naming the
 * field before anything is sent. Group IDs are checked as the vendor shapes them:
 * printable ASCII, at most 48 bytes; a custom ID of a new group must not start with
 * {@code @TGS#}, except a community's, which starts with {@code @TGS#_}.
 * <p>
 * Writes are not sent again when their outcome is unknown.
 *
 * @author chat-admin
 * @see <a href="https://trtc.io/document/34621">The vendor's REST API list</a>
 */
public interface GroupOperations {

	/**
	 * Create a group ({@code group_open_http_svc/create_group}), of any type, with up to
	 * 100 initial members (none for an audio-video group: the vendor answers 10007).
	 * Errors peculiar to it: 10021 and 10025 custom ID already used, 10036 too many
	 * audio-video groups, 10037 the owner joined too many groups, 10058 the free
	 * edition's 100 groups.
	 * @param request the request, from {@link CreateGroupRequest#builder}
	 * @return the new group's ID
	 * @see <a href="https://trtc.io/document/34895">create_group</a>
	 */
	Mono<CreateGroupResponse> create(CreateGroupRequest request);

	/**
	 * Create a group with a name and nothing else.
	 * @param type the type
	 * @param name the name, at most 30 bytes
	 * @return the new group's ID
	 * @see <a href="https://trtc.io/document/34895">create_group</a>
	 */
	Mono<CreateGroupResponse> create(GroupType type, String name);

	/**
	 * Disband a group ({@code group_open_http_svc/destroy_group}); it cannot be undone.
	 * @param groupId the group
	 * @return completes when disbanded
	 * @see <a href="https://trtc.io/document/34896">destroy_group</a>
	 */
	Mono<Void> destroy(String groupId);

	/**
	 * Read the profiles of groups ({@code group_open_http_svc/get_group_info}), split
	 * into calls of 50 with {@code concurrency} calls in flight and merged in order. Each
	 * profile carries its own error code; those of a call that failed as a whole carry
	 * its {@code ErrorCode} (or -1 without an answer).
	 * @param request the request
	 * @return a profile per group
	 * @see <a href="https://trtc.io/document/34961">get_group_info</a>
	 */
	Mono<GroupInfoResponse> info(GroupInfoRequest request);

	/**
	 * Read the full profiles of groups.
	 * @param groupIds the groups
	 * @return a profile per group
	 * @see <a href="https://trtc.io/document/34961">get_group_info</a>
	 */
	Mono<GroupInfoResponse> info(List<String> groupIds);

	/**
	 * Change a group's profile ({@code group_open_http_svc/modify_group_base_info}).
	 * Error peculiar to it: 10026 the command is disabled for the app.
	 * @param request the request, from {@link ModifyGroupRequest#builder}
	 * @return completes when changed
	 * @see <a href="https://trtc.io/document/34962">modify_group_base_info</a>
	 */
	Mono<Void> modify(ModifyGroupRequest request);

	/**
	 * Import a group from another system ({@code group_open_http_svc/import_group}), with
	 * its creation time and without callbacks or notifications; not for audio-video
	 * groups.
	 * @param request the request, from {@link ImportGroupRequest#builder}
	 * @return the group's ID
	 * @see <a href="https://trtc.io/document/34967">import_group</a>
	 */
	Mono<CreateGroupResponse> importGroup(ImportGroupRequest request);

	/**
	 * Read every member of a group ({@code group_open_http_svc/get_group_member_info}),
	 * 100 per page, reading a page only when the subscriber wants more: ordinary groups
	 * by {@code Offset}, communities (IDs starting with {@code @TGS#_}) by the string
	 * cursor {@code Next}. Audio-video groups are not supported: see
	 * {@link #onlineMembers(String)}.
	 * @param groupId the group
	 * @return the members
	 * @see <a href="https://trtc.io/document/34948">get_group_member_info</a>
	 */
	Flux<GroupMember> members(String groupId);

	/**
	 * Read the members of a group from a first page on, following the cursor the first
	 * request carries ({@code Next} when it is set, {@code Offset} otherwise). Fails with
	 * an {@link IllegalStateException} after the items read when the cursor does not
	 * move.
	 * @param first the request of the first page, with a {@code Limit}
	 * @return the members
	 * @see <a href="https://trtc.io/document/34948">get_group_member_info</a>
	 */
	Flux<GroupMember> members(GroupMembersRequest first);

	/**
	 * Read one page of a group's members.
	 * @param request the request
	 * @return the page, with {@code MemberNum} and, for communities, {@code Next}
	 * @see <a href="https://trtc.io/document/34948">get_group_member_info</a>
	 */
	Mono<GroupMembersResponse> membersPage(GroupMembersRequest request);

	/**
	 * Read the profiles of named members
	 * ({@code group_open_http_svc/get_specified_group_member_info}), split into calls of
	 * 50 and merged in order; fails as the first failed call fails.
	 * @param request the request
	 * @return the members
	 * @see <a href="https://trtc.io/document/64897">get_specified_group_member_info</a>
	 */
	Flux<GroupMember> memberProfiles(SpecifiedMembersRequest request);

	/**
	 * Read the full profiles of named members.
	 * @param groupId the group
	 * @param userIds the members
	 * @return the members
	 * @see <a href="https://trtc.io/document/64897">get_specified_group_member_info</a>
	 */
	Flux<GroupMember> memberProfiles(String groupId, List<String> userIds);

	/**
	 * Add members to a group ({@code group_open_http_svc/add_group_member}), split into
	 * calls of 300 with {@code concurrency} calls in flight and merged in order; not for
	 * audio-video groups (10007). Errors peculiar to it: 10014 group full, 10019 no such
	 * user, 10037 the user joined too many groups.
	 * @param request the request
	 * @return a result per member; those of a call that failed as a whole have
	 * {@code Result} 0 and carry the call's code
	 * @see <a href="https://trtc.io/document/34921">add_group_member</a>
	 */
	Mono<MemberResultsResponse> addMembers(AddMembersRequest request);

	/**
	 * Add users to a group.
	 * @param groupId the group
	 * @param userIds the users
	 * @return a result per member
	 * @see <a href="https://trtc.io/document/34921">add_group_member</a>
	 */
	Mono<MemberResultsResponse> addMembers(String groupId, List<String> userIds);

	/**
	 * Remove members from a group ({@code group_open_http_svc/delete_group_member}),
	 * split into calls of 100. Users who are not members are ignored; audio-video groups
	 * refuse it (10004). When a call fails, the others still run and the result fails
	 * with the first error.
	 * @param request the request
	 * @return completes when removed
	 * @see <a href="https://trtc.io/document/34949">delete_group_member</a>
	 */
	Mono<Void> deleteMembers(DeleteMembersRequest request);

	/**
	 * Remove members from a group.
	 * @param groupId the group
	 * @param userIds the members
	 * @return completes when removed
	 * @see <a href="https://trtc.io/document/34949">delete_group_member</a>
	 */
	Mono<Void> deleteMembers(String groupId, List<String> userIds);

	/**
	 * Change a member's role, message flag, name card, custom fields or muting
	 * ({@code group_open_http_svc/modify_group_member_info}); not for audio-video groups.
	 * @param request the request, from {@link ModifyMemberRequest#builder}
	 * @return completes when changed
	 * @see <a href="https://trtc.io/document/34900">modify_group_member_info</a>
	 */
	Mono<Void> modifyMember(ModifyMemberRequest request);

	/**
	 * Read every group a user joined ({@code group_open_http_svc/get_joined_group_list}),
	 * 1,000 per page by {@code Offset}, reading a page only when the subscriber wants
	 * more. Audio-video groups and work groups without messages are left out unless the
	 * request asks for them.
	 * @param userId the user
	 * @return the groups, with their IDs only
	 * @see <a href="https://trtc.io/document/34925">get_joined_group_list</a>
	 */
	Flux<JoinedGroup> joinedGroups(String userId);

	/**
	 * Read the groups a user joined from a first page on.
	 * @param first the request of the first page, with a {@code Limit}
	 * @return the groups
	 * @see <a href="https://trtc.io/document/34925">get_joined_group_list</a>
	 */
	Flux<JoinedGroup> joinedGroups(JoinedGroupsRequest first);

	/**
	 * Read one page of the groups a user joined.
	 * @param request the request
	 * @return the page, with {@code TotalCount}
	 * @see <a href="https://trtc.io/document/34925">get_joined_group_list</a>
	 */
	Mono<JoinedGroupsResponse> joinedGroupsPage(JoinedGroupsRequest request);

	/**
	 * Read the ID of every group of the app
	 * ({@code group_open_http_svc/get_appid_group_list}, 1 call per second), 10,000 per
	 * page, following the 64-bit cursor {@code Next} until it is 0, a page only when the
	 * subscriber wants more. Error peculiar to it: 10018 answer over 1 MB.
	 * @return the group IDs
	 * @see <a href="https://trtc.io/document/34960">get_appid_group_list</a>
	 */
	Flux<String> allGroupIds();

	/**
	 * Read the ID of every group of a type.
	 * @param groupType the type, or {@code null} for all
	 * @return the group IDs
	 * @see <a href="https://trtc.io/document/34960">get_appid_group_list</a>
	 */
	Flux<String> allGroupIds(@Nullable GroupType groupType);

	/**
	 * Read one page of the groups of the app.
	 * @param request the request
	 * @return the page, with {@code Next}
	 * @see <a href="https://trtc.io/document/34960">get_appid_group_list</a>
	 */
	Mono<AppGroupsResponse> appGroupsPage(AppGroupsRequest request);

	/**
	 * Read the roles of users in a group ({@code group_open_http_svc/get_role_in_group}),
	 * split into calls of 500 and merged in order; fails as the first failed call fails.
	 * Not for audio-video groups (10007).
	 * @param groupId the group
	 * @param userIds the users
	 * @return a role per user, {@code NotMember} for users who are not members
	 * @see <a href="https://trtc.io/document/34963">get_role_in_group</a>
	 */
	Mono<RolesResponse> roles(String groupId, List<String> userIds);

	/**
	 * Mute or unmute members ({@code group_open_http_svc/forbid_send_msg}), split into
	 * calls of 500; not in work groups. Muting survives leaving and re-joining.
	 * @param request the request
	 * @return completes when done
	 * @see <a href="https://trtc.io/document/34951">forbid_send_msg</a>
	 */
	Mono<Void> mute(MuteRequest request);

	/**
	 * Mute members for a time.
	 * @param groupId the group
	 * @param userIds the members
	 * @param duration how long, whole seconds up to 4294967295 (about 136 years, which
	 * the vendor reads as for good)
	 * @return completes when done
	 * @see <a href="https://trtc.io/document/34951">forbid_send_msg</a>
	 */
	Mono<Void> mute(String groupId, List<String> userIds, Duration duration);

	/**
	 * Unmute members.
	 * @param groupId the group
	 * @param userIds the members
	 * @return completes when done
	 * @see <a href="https://trtc.io/document/34951">forbid_send_msg</a>
	 */
	Mono<Void> unmute(String groupId, List<String> userIds);

	/**
	 * Read the muted members of a group or topic
	 * ({@code group_open_http_svc/get_group_muted_account}).
	 * @param request the request
	 * @return the muted members and until when
	 * @see <a href="https://trtc.io/document/34964">get_group_muted_account</a>
	 */
	Mono<MutedMembersResponse> mutedMembers(MutedMembersRequest request);

	/**
	 * Read the muted members of a group.
	 * @param groupId the group
	 * @return the muted members
	 * @see <a href="https://trtc.io/document/34964">get_group_muted_account</a>
	 */
	Mono<MutedMembersResponse> mutedMembers(String groupId);

	/**
	 * Hand a group to a member ({@code group_open_http_svc/change_group_owner}); not for
	 * audio-video groups.
	 * @param groupId the group
	 * @param newOwner the new owner
	 * @return completes when changed
	 * @see <a href="https://trtc.io/document/34966">change_group_owner</a>
	 */
	Mono<Void> changeOwner(String groupId, String newOwner);

	/**
	 * Import members ({@code group_open_http_svc/import_group_member}), split into calls
	 * of 300 and merged in order, without callbacks or notifications.
	 * @param request the request
	 * @return a result per member; those of a call that failed as a whole have
	 * {@code Result} 0 and carry the call's code
	 * @see <a href="https://trtc.io/document/34969">import_group_member</a>
	 */
	Mono<MemberResultsResponse> importMembers(ImportMembersRequest request);

	/**
	 * Set a member's unread message count
	 * ({@code group_open_http_svc/set_unread_msg_num}); meeting and audio-video groups
	 * ignore it without error.
	 * @param groupId the group
	 * @param userId the member
	 * @param unread the count
	 * @return completes when set
	 * @see <a href="https://trtc.io/document/34909">set_unread_msg_num</a>
	 */
	Mono<Void> setUnreadCount(String groupId, String userId, long unread);

	/**
	 * Count the online members of an audio-video group
	 * ({@code group_open_http_svc/get_online_member_num}), updated every 10 seconds or
	 * so.
	 * @param groupId the group
	 * @return the count
	 * @see <a href="https://trtc.io/document/38521">get_online_member_num</a>
	 */
	Mono<Long> onlineCount(String groupId);

	/**
	 * Read every banned member of an audio-video group
	 * ({@code group_open_http_svc/get_group_ban_member}, Ultimate edition), 100 per page,
	 * following {@code NextOffset} until it is 0.
	 * @param groupId the group
	 * @return the banned members
	 * @see <a href="https://trtc.io/document/50295">get_group_ban_member</a>
	 */
	Flux<BannedMember> bannedMembers(String groupId);

	/**
	 * Read one page of the banned members of an audio-video group.
	 * @param request the request
	 * @return the page
	 * @see <a href="https://trtc.io/document/50295">get_group_ban_member</a>
	 */
	Mono<BannedMembersResponse> bannedMembersPage(BannedMembersRequest request);

	/**
	 * Ban members of an audio-video group ({@code group_open_http_svc/ban_group_member}),
	 * split into calls of 20: they are removed and cannot re-join or receive messages for
	 * the duration.
	 * @param request the request
	 * @return completes when done
	 * @see <a href="https://trtc.io/document/50296">ban_group_member</a>
	 */
	Mono<Void> ban(BanRequest request);

	/**
	 * Ban members of an audio-video group for a time.
	 * @param groupId the group
	 * @param userIds the members
	 * @param duration how long, whole seconds up to 4294967295
	 * @param description the reason, or {@code null}
	 * @return completes when done
	 * @see <a href="https://trtc.io/document/50296">ban_group_member</a>
	 */
	Mono<Void> ban(String groupId, List<String> userIds, Duration duration, @Nullable String description);

	/**
	 * Lift bans ({@code group_open_http_svc/unban_group_member}), split into calls of 20.
	 * @param groupId the group
	 * @param userIds the members
	 * @return completes when done
	 * @see <a href="https://trtc.io/document/50297">unban_group_member</a>
	 */
	Mono<Void> unban(String groupId, List<String> userIds);

	/**
	 * Read group counters ({@code group_open_http_svc/get_group_counter}, Ultimate
	 * edition; not for communities).
	 * @param groupId the group
	 * @param keys the keys, or {@code null} for every counter
	 * @return the counters
	 * @see <a href="https://trtc.io/document/53427">get_group_counter</a>
	 */
	Mono<CountersResponse> counters(String groupId, @Nullable List<String> keys);

	/**
	 * Set, increase or decrease up to 20 counters
	 * ({@code group_open_http_svc/update_group_counter}); values are signed 64-bit. Error
	 * peculiar to it: 10063 more than 20 keys.
	 * @param request the request
	 * @return the counters' new values
	 * @see <a href="https://trtc.io/document/53428">update_group_counter</a>
	 */
	Mono<CountersResponse> updateCounters(UpdateCountersRequest request);

	/**
	 * Delete counters by key ({@code group_open_http_svc/delete_group_counter}).
	 * @param groupId the group
	 * @param keys the keys, at least one: use {@link #deleteAllCounters(String)} to
	 * delete every counter
	 * @return completes when deleted
	 * @see <a href="https://trtc.io/document/53429">delete_group_counter</a>
	 */
	Mono<Void> deleteCounters(String groupId, List<String> keys);

	/**
	 * Delete every counter of a group (the vendor's {@code delete_group_counter} without
	 * keys).
	 * @param groupId the group
	 * @return completes when deleted
	 * @see <a href="https://trtc.io/document/53429">delete_group_counter</a>
	 */
	Mono<Void> deleteAllCounters(String groupId);

	/**
	 * Read a group's custom attributes ({@code group_open_attr_http_svc/get_group_attr}).
	 * @param groupId the group
	 * @return the attributes
	 * @see <a href="https://trtc.io/document/44187">get_group_attr</a>
	 */
	Mono<AttributesResponse> attributes(String groupId);

	/**
	 * Add or overwrite up to 16 custom attributes
	 * ({@code group_open_http_svc/modify_group_attr}): keys up to 32 bytes, values up to
	 * 4,000, 16,000 in all, 5 writes per second per group. Errors peculiar to it: 10049
	 * write frequency, 10056 write conflict.
	 * @param groupId the group
	 * @param attributes the attributes, in order
	 * @return completes when written
	 * @see <a href="https://trtc.io/document/44188">modify_group_attr</a>
	 */
	Mono<Void> modifyAttributes(String groupId, Map<String, String> attributes);

	/**
	 * Replace every custom attribute with up to 16 others
	 * ({@code group_open_http_svc/set_group_attr}).
	 * @param groupId the group
	 * @param attributes the attributes, in order
	 * @return completes when written
	 * @see <a href="https://trtc.io/document/44190">set_group_attr</a>
	 */
	Mono<Void> setAttributes(String groupId, Map<String, String> attributes);

	/**
	 * Remove every custom attribute ({@code group_open_http_svc/clear_group_attr}); not
	 * for communities.
	 * @param groupId the group
	 * @return completes when cleared
	 * @see <a href="https://trtc.io/document/44189">clear_group_attr</a>
	 */
	Mono<Void> clearAttributes(String groupId);

	/**
	 * Delete custom attributes by key ({@code group_open_http_svc/delete_group_attr}).
	 * Error peculiar to it: 10050 no such attribute.
	 * @param groupId the group
	 * @param keys the keys
	 * @return completes when deleted
	 * @see <a href="https://trtc.io/document/59499">delete_group_attr</a>
	 */
	Mono<Void> deleteAttributes(String groupId, List<String> keys);

	/**
	 * Read the online members of an audio-video group
	 * ({@code group_open_avchatroom_http_svc/get_members}: the latest 1,000 with the
	 * Ultimate edition and its console switch, 30 otherwise), following
	 * {@code NextTimestamp} until it is 0, a page only when the subscriber wants more.
	 * @param groupId the group
	 * @return the online members
	 * @see <a href="https://trtc.io/document/50293">get_members</a>
	 */
	Flux<OnlineMember> onlineMembers(String groupId);

	/**
	 * Read the online members of an audio-video group from a first page on.
	 * @param first the request of the first page
	 * @return the online members
	 * @see <a href="https://trtc.io/document/50293">get_members</a>
	 */
	Flux<OnlineMember> onlineMembers(OnlineMembersRequest first);

	/**
	 * Read one page of the online members of an audio-video group.
	 * @param request the request
	 * @return the page
	 * @see <a href="https://trtc.io/document/50293">get_members</a>
	 */
	Mono<OnlineMembersResponse> onlineMembersPage(OnlineMembersRequest request);

	/**
	 * Set or remove marks of up to 500 online members of an audio-video group
	 * ({@code group_open_avchatroom_http_svc/modify_user_info}, Ultimate edition).
	 * @param request the request, from {@link MarkMembersRequest#set} or
	 * {@link MarkMembersRequest#remove}
	 * @return the members whose marks changed
	 * @see <a href="https://trtc.io/document/50294">modify_user_info</a>
	 */
	Mono<MarkMembersResponse> markMembers(MarkMembersRequest request);

	/**
	 * Add or remove admins of an audio-video group
	 * ({@code group_open_avchatroom_http_svc/modify_admin}; at most 5 per group).
	 * @param request the request, from {@link LiveAdminsRequest#add} or
	 * {@link LiveAdminsRequest#remove}
	 * @return completes when done
	 * @see <a href="https://trtc.io/document/60525">modify_admin</a>
	 */
	Mono<Void> modifyAdmins(LiveAdminsRequest request);

	/**
	 * List the admins of an audio-video group
	 * ({@code group_open_avchatroom_http_svc/get_admin_list}).
	 * @param groupId the group
	 * @return the admins
	 * @see <a href="https://trtc.io/document/60524">get_admin_list</a>
	 */
	Mono<LiveAdminsResponse> admins(String groupId);

	/**
	 * Tell which users are in an audio-video group
	 * ({@code group_open_avchatroom_http_svc/check_members}).
	 * @param groupId the group
	 * @param userIds the users
	 * @return the users who are in it
	 * @see <a href="https://trtc.io/document/60523">check_members</a>
	 */
	Mono<List<String>> checkMembers(String groupId, List<String> userIds);

}
