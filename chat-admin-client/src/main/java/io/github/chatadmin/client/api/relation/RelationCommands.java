package io.github.chatadmin.client.api.relation;

import java.util.List;

import io.github.chatadmin.client.ChatCommand;
import io.github.chatadmin.client.ChatResponse;
import io.github.chatadmin.client.api.RequestChecks;
import io.github.chatadmin.client.api.TagValue;
import org.jspecify.annotations.Nullable;

/**
 * The relation commands of the REST API (friends, friend lists, blocklists, follows),
 * each declared once with its limits, quota and input checks.
 *
 * @author chat-admin
 */
public final class RelationCommands {

	private static final String SNS = "sns";

	private static final String FOLLOW = "follow";

	/**
	 * Add friends, one-way or two-way, forced or by request.
	 */
	public static final ChatCommand<AddFriendRequest, RelationResultsResponse> FRIEND_ADD = ChatCommand
		.write(SNS, "friend_add", AddFriendRequest.class, RelationResultsResponse.class)
		.withCheck((request) -> {
			RequestChecks.userId(request.fromAccount(), "From_Account");
			List<FriendToAdd> items = request.addFriendItem();
			notEmpty(items, "AddFriendItem");
			for (int i = 0; i < items.size(); i++) {
				String field = "AddFriendItem[" + i + "]";
				FriendToAdd item = items.get(i);
				RequestChecks.notNull(item, field);
				RequestChecks.userId(item.toAccount(), field + ".To_Account");
				RequestChecks.maxBytes(item.remark(), field + ".Remark", FriendTag.MAX_REMARK_BYTES);
				if (item.groupName() != null) {
					checkListName(item.groupName(), field + ".GroupName");
				}
				checkAddSource(item.addSource(), field + ".AddSource");
				RequestChecks.maxBytes(item.addWording(), field + ".AddWording", FriendTag.MAX_WORDING_BYTES);
			}
			if (request.addType() == AddType.UNRECOGNIZED) {
				throw new IllegalArgumentException("'AddType' must be Add_Type_Single or Add_Type_Both");
			}
			if (request.forceAddFlags() != null) {
				RequestChecks.range(request.forceAddFlags(), "ForceAddFlags", 0, 1);
			}
		});

	/**
	 * Import one-way friends into a user's list.
	 */
	public static final ChatCommand<ImportFriendsRequest, RelationResultsResponse> FRIEND_IMPORT = ChatCommand
		.write(SNS, "friend_import", ImportFriendsRequest.class, RelationResultsResponse.class)
		.withCheck((request) -> {
			RequestChecks.userId(request.fromAccount(), "From_Account");
			List<ImportedFriend> items = request.addFriendItem();
			notEmpty(items, "AddFriendItem");
			for (int i = 0; i < items.size(); i++) {
				String field = "AddFriendItem[" + i + "]";
				ImportedFriend item = items.get(i);
				RequestChecks.notNull(item, field);
				RequestChecks.userId(item.toAccount(), field + ".To_Account");
				RequestChecks.maxBytes(item.remark(), field + ".Remark", FriendTag.MAX_REMARK_BYTES);
				checkAddSource(item.addSource(), field + ".AddSource");
				RequestChecks.maxBytes(item.addWording(), field + ".AddWording", FriendTag.MAX_WORDING_BYTES);
				if (item.groupName() != null) {
					checkListNames(item.groupName(), field + ".GroupName");
				}
				if (item.remarkTime() != null) {
					RequestChecks.range(item.remarkTime(), field + ".RemarkTime", 0, Long.MAX_VALUE);
				}
				if (item.addTime() != null) {
					RequestChecks.range(item.addTime(), field + ".AddTime", 0, Long.MAX_VALUE);
				}
				List<TagValue> custom = item.customItem();
				if (custom != null) {
					for (int j = 0; j < custom.size(); j++) {
						RequestChecks.notNull(custom.get(j), field + ".CustomItem[" + j + "]");
						if (custom.get(j).tag() == null || !custom.get(j).tag().startsWith(FriendTag.CUSTOM_PREFIX)) {
							throw new IllegalArgumentException("'" + field + ".CustomItem[" + j
									+ "].Tag' must start with " + FriendTag.CUSTOM_PREFIX);
						}
					}
				}
			}
		});

	/**
	 * Change the remark, friend lists or custom fields of friends.
	 */
	public static final ChatCommand<UpdateFriendsRequest, RelationResultsResponse> FRIEND_UPDATE = ChatCommand
		.write(SNS, "friend_update", UpdateFriendsRequest.class, RelationResultsResponse.class)
		.withCheck((request) -> {
			RequestChecks.userId(request.fromAccount(), "From_Account");
			List<FriendUpdate> items = request.updateItem();
			notEmpty(items, "UpdateItem");
			for (int i = 0; i < items.size(); i++) {
				String field = "UpdateItem[" + i + "]";
				FriendUpdate item = items.get(i);
				RequestChecks.notNull(item, field);
				RequestChecks.userId(item.toAccount(), field + ".To_Account");
				notEmpty(item.snsItem(), field + ".SnsItem");
				for (int j = 0; j < item.snsItem().size(); j++) {
					checkUpdate(item.snsItem().get(j), field + ".SnsItem[" + j + "]");
				}
			}
		});

	/**
	 * Delete up to 1,000 friends.
	 */
	public static final ChatCommand<DeleteFriendsRequest, RelationResultsResponse> FRIEND_DELETE = ChatCommand
		.write(SNS, "friend_delete", DeleteFriendsRequest.class, RelationResultsResponse.class)
		.withList("To_Account", DeleteFriendsRequest.MAX_USERS, DeleteFriendsRequest::toAccount)
		.withCheck((request) -> {
			RequestChecks.userId(request.fromAccount(), "From_Account");
			RequestChecks.userIds(request.toAccount(), "To_Account");
			checkDeleteType(request.deleteType());
		});

	/**
	 * Delete every friend of a user.
	 */
	public static final ChatCommand<DeleteAllFriendsRequest, ChatResponse> FRIEND_DELETE_ALL = ChatCommand
		.write(SNS, "friend_delete_all", DeleteAllFriendsRequest.class, ChatResponse.class)
		.withCheck((request) -> {
			RequestChecks.userId(request.fromAccount(), "From_Account");
			checkDeleteType(request.deleteType());
		});

	/**
	 * Check the friend relation with up to 1,000 users.
	 */
	public static final ChatCommand<CheckFriendsRequest, CheckFriendsResponse> FRIEND_CHECK = ChatCommand
		.read(SNS, "friend_check", CheckFriendsRequest.class, CheckFriendsResponse.class)
		.withList("To_Account", CheckFriendsRequest.MAX_USERS, CheckFriendsRequest::toAccount)
		.withCheck((request) -> {
			RequestChecks.userId(request.fromAccount(), "From_Account");
			RequestChecks.userIds(request.toAccount(), "To_Account");
			if (request.checkType() == null || request.checkType() == CheckType.UNRECOGNIZED) {
				throw new IllegalArgumentException(
						"'CheckType' must be CheckResult_Type_Single or CheckResult_Type_Both");
			}
		});

	/**
	 * Read one page of a user's friends with every friend field.
	 */
	public static final ChatCommand<GetFriendsRequest, GetFriendsResponse> FRIEND_GET = ChatCommand
		.read(SNS, "friend_get", GetFriendsRequest.class, GetFriendsResponse.class)
		.withCheck((request) -> {
			RequestChecks.userId(request.fromAccount(), "From_Account");
			RequestChecks.range(request.startIndex(), "StartIndex", 0, Long.MAX_VALUE);
			nonNegative(request.standardSequence(), "StandardSequence");
			nonNegative(request.customSequence(), "CustomSequence");
		});

	/**
	 * Read friend and profile fields of up to 100 friends (the vendor's recommendation).
	 */
	public static final ChatCommand<GetFriendInfoRequest, GetFriendInfoResponse> FRIEND_GET_LIST = ChatCommand
		.read(SNS, "friend_get_list", GetFriendInfoRequest.class, GetFriendInfoResponse.class)
		.withList("To_Account", GetFriendInfoRequest.MAX_USERS, GetFriendInfoRequest::toAccount)
		.withCheck((request) -> {
			RequestChecks.userId(request.fromAccount(), "From_Account");
			RequestChecks.userIds(request.toAccount(), "To_Account");
			checkTags(request.tagList());
		});

	/**
	 * Block up to 1,000 users.
	 */
	public static final ChatCommand<UserListRequest, RelationResultsResponse> BLOCKLIST_ADD = userList(
			ChatCommand.write(SNS, "black_list_add", UserListRequest.class, RelationResultsResponse.class), 1000);

	/**
	 * Unblock up to 1,000 users.
	 */
	public static final ChatCommand<UserListRequest, RelationResultsResponse> BLOCKLIST_DELETE = userList(
			ChatCommand.write(SNS, "black_list_delete", UserListRequest.class, RelationResultsResponse.class), 1000);

	/**
	 * Read one page of up to 1,000 entries of a user's blocklist.
	 */
	public static final ChatCommand<GetBlocklistRequest, GetBlocklistResponse> BLOCKLIST_GET = ChatCommand
		.read(SNS, "black_list_get", GetBlocklistRequest.class, GetBlocklistResponse.class)
		.withBatchLimit(GetBlocklistRequest.MAX_PAGE_SIZE)
		.withCheck((request) -> {
			RequestChecks.userId(request.fromAccount(), "From_Account");
			RequestChecks.range(request.startIndex(), "StartIndex", 0, Long.MAX_VALUE);
			RequestChecks.range(request.maxLimited(), "MaxLimited", 1, GetBlocklistRequest.MAX_PAGE_SIZE);
			RequestChecks.range(request.lastSequence(), "LastSequence", 0, Long.MAX_VALUE);
		});

	/**
	 * Check the blocklist relation with up to 1,000 users.
	 */
	public static final ChatCommand<CheckBlocklistRequest, CheckBlocklistResponse> BLOCKLIST_CHECK = ChatCommand
		.read(SNS, "black_list_check", CheckBlocklistRequest.class, CheckBlocklistResponse.class)
		.withList("To_Account", 1000, CheckBlocklistRequest::toAccount)
		.withCheck((request) -> {
			RequestChecks.userId(request.fromAccount(), "From_Account");
			RequestChecks.userIds(request.toAccount(), "To_Account");
			if (request.checkType() == null || request.checkType() == BlockCheckType.UNRECOGNIZED) {
				throw new IllegalArgumentException(
						"'CheckType' must be BlackCheckResult_Type_Single or BlackCheckResult_Type_Both");
			}
		});

	/**
	 * Create up to 32 friend lists, optionally putting up to 1,000 friends into them.
	 */
	public static final ChatCommand<AddFriendListsRequest, FriendListsResponse> FRIEND_LIST_ADD = ChatCommand
		.write(SNS, "group_add", AddFriendListsRequest.class, FriendListsResponse.class)
		.withList("GroupName", FriendTag.MAX_LISTS, AddFriendListsRequest::groupName)
		.withCheck((request) -> {
			RequestChecks.userId(request.fromAccount(), "From_Account");
			checkListNames(request.groupName(), "GroupName");
			List<String> friends = request.toAccount();
			if (friends != null) {
				if (friends.isEmpty() || friends.size() > AddFriendListsRequest.MAX_FRIENDS) {
					throw new IllegalArgumentException("'To_Account' must name 1 to "
							+ AddFriendListsRequest.MAX_FRIENDS + " friends, but named " + friends.size()
							+ "; a longer list cannot be split without creating the lists again");
				}
				RequestChecks.userIds(friends, "To_Account");
			}
		});

	/**
	 * Delete friend lists.
	 */
	public static final ChatCommand<DeleteFriendListsRequest, FriendListsResponse> FRIEND_LIST_DELETE = ChatCommand
		.write(SNS, "group_delete", DeleteFriendListsRequest.class, FriendListsResponse.class)
		.withCheck((request) -> {
			RequestChecks.userId(request.fromAccount(), "From_Account");
			notEmpty(request.groupName(), "GroupName");
			checkListNames(request.groupName(), "GroupName");
		});

	/**
	 * Read a user's friend lists.
	 */
	public static final ChatCommand<GetFriendListsRequest, GetFriendListsResponse> FRIEND_LIST_GET = ChatCommand
		.read(SNS, "group_get", GetFriendListsRequest.class, GetFriendListsResponse.class)
		.withCheck((request) -> {
			RequestChecks.userId(request.fromAccount(), "From_Account");
			if (request.groupName() != null) {
				for (int i = 0; i < request.groupName().size(); i++) {
					RequestChecks.notEmpty(request.groupName().get(i), "GroupName[" + i + "]");
				}
			}
		});

	/**
	 * Follow up to 20 users.
	 */
	public static final ChatCommand<FollowAddRequest, RelationResultsResponse> FOLLOW_ADD = ChatCommand
		.write(FOLLOW, "follow_add", FollowAddRequest.class, RelationResultsResponse.class)
		.withList("FollowItem", 20, FollowAddRequest::followItem)
		.withCheck((request) -> {
			RequestChecks.userId(request.fromAccount(), "From_Account");
			for (int i = 0; i < request.followItem().size(); i++) {
				RequestChecks.notNull(request.followItem().get(i), "FollowItem[" + i + "]");
				RequestChecks.userId(request.followItem().get(i).toAccount(), "FollowItem[" + i + "].To_Account");
			}
		});

	/**
	 * Unfollow up to 20 users.
	 */
	public static final ChatCommand<UserListRequest, RelationResultsResponse> FOLLOW_DELETE = userList(
			ChatCommand.write(FOLLOW, "follow_delete", UserListRequest.class, RelationResultsResponse.class), 20);

	/**
	 * Read one page of up to 1,000 entries of a user's followers, followings or mutual
	 * follows.
	 */
	public static final ChatCommand<GetFollowsRequest, GetFollowsResponse> FOLLOW_GET = ChatCommand
		.read(FOLLOW, "follow_get", GetFollowsRequest.class, GetFollowsResponse.class)
		.withBatchLimit(GetFollowsRequest.MAX_PAGE_SIZE)
		.withCheck((request) -> {
			RequestChecks.userId(request.fromAccount(), "From_Account");
			if (request.followType() == null || request.followType() == FollowListType.UNRECOGNIZED) {
				throw new IllegalArgumentException("'FollowType' must be 1, 2 or 3");
			}
			RequestChecks.notNull(request.startCursor(), "StartCursor");
			RequestChecks.range(request.wantNum(), "WantNum", 1, GetFollowsRequest.MAX_PAGE_SIZE);
		});

	/**
	 * Check the follow relation with up to 100 users.
	 */
	public static final ChatCommand<UserListRequest, FollowCheckResponse> FOLLOW_CHECK = userList(
			ChatCommand.read(FOLLOW, "follow_check", UserListRequest.class, FollowCheckResponse.class), 100);

	/**
	 * Read the follower and following counts of up to 20 users.
	 */
	public static final ChatCommand<UserListRequest, FollowInfoResponse> FOLLOW_GET_INFO = userList(
			ChatCommand.read(FOLLOW, "follow_get_info", UserListRequest.class, FollowInfoResponse.class), 20);

	private RelationCommands() {
	}

	private static <R> ChatCommand<UserListRequest, R> userList(ChatCommand<UserListRequest, R> command, int limit) {
		return command.withList("To_Account", limit, UserListRequest::toAccount).withCheck((request) -> {
			RequestChecks.userId(request.fromAccount(), "From_Account");
			RequestChecks.userIds(request.toAccount(), "To_Account");
		});
	}

	private static void notEmpty(@Nullable List<?> items, String field) {
		if (items == null || items.isEmpty()) {
			throw new IllegalArgumentException("'" + field + "' must not be empty");
		}
	}

	private static void nonNegative(@Nullable Long value, String field) {
		if (value != null) {
			RequestChecks.range(value, field, 0, Long.MAX_VALUE);
		}
	}

	static void checkTags(@Nullable List<String> tags) {
		notEmpty(tags, "TagList");
		for (int i = 0; i < tags.size(); i++) {
			RequestChecks.notEmpty(tags.get(i), "TagList[" + i + "]");
		}
	}

	private static void checkDeleteType(@Nullable DeleteType type) {
		if (type == DeleteType.UNRECOGNIZED) {
			throw new IllegalArgumentException("'DeleteType' must be Delete_Type_Single or Delete_Type_Both");
		}
	}

	private static void checkListName(String name, String field) {
		RequestChecks.notEmpty(name, field);
		RequestChecks.maxBytes(name, field, FriendTag.MAX_LIST_NAME_BYTES);
	}

	private static void checkListNames(List<String> names, String field) {
		if (names.size() > FriendTag.MAX_LISTS) {
			throw new IllegalArgumentException(
					"'" + field + "' has " + names.size() + " lists, but a user has at most " + FriendTag.MAX_LISTS);
		}
		for (int i = 0; i < names.size(); i++) {
			checkListName(names.get(i), field + "[" + i + "]");
		}
	}

	private static void checkAddSource(@Nullable String source, String field) {
		RequestChecks.notEmpty(source, field);
		String keyword = source.startsWith(FriendTag.ADD_SOURCE_PREFIX)
				? source.substring(FriendTag.ADD_SOURCE_PREFIX.length()) : "";
		if (keyword.isEmpty() || keyword.length() > 8 || !keyword.chars().allMatch(Character::isLetter)
				|| !keyword.chars().allMatch((c) -> c < 128)) {
			throw new IllegalArgumentException("'" + field + "' must be " + FriendTag.ADD_SOURCE_PREFIX
					+ " followed by 1 to 8 letters, but was '" + source + "'");
		}
	}

	private static void checkUpdate(TagValue item, String field) {
		RequestChecks.notNull(item, field);
		String tag = item.tag();
		if (FriendTag.REMARK.equals(tag)) {
			if (item.value() == null || !item.value().isString()) {
				throw new IllegalArgumentException("'" + field + ".Value' of " + tag + " must be a string");
			}
			RequestChecks.maxBytes(item.value().asString(), field + ".Value", FriendTag.MAX_REMARK_BYTES);
		}
		else if (FriendTag.GROUP.equals(tag)) {
			if (item.value() == null || !item.value().isArray()) {
				throw new IllegalArgumentException("'" + field + ".Value' of " + tag + " must be an array of names");
			}
			checkListNames(item.stringValues(), field + ".Value");
		}
		else if (tag == null || !tag.startsWith(FriendTag.CUSTOM_PREFIX)) {
			throw new IllegalArgumentException("'" + field + ".Tag' must be " + FriendTag.REMARK + ", "
					+ FriendTag.GROUP + " or a " + FriendTag.CUSTOM_PREFIX + "* field, but was " + tag);
		}
	}

}
