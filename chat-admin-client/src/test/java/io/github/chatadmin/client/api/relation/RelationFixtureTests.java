package io.github.chatadmin.client.api.relation;

import java.util.List;

import io.github.chatadmin.client.ChatResponse;
import io.github.chatadmin.client.GoldenFixtures;
import io.github.chatadmin.client.api.TagValue;
import io.github.chatadmin.client.api.profile.AllowType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Golden fixtures of the relation commands, from the vendor's pages: each typed request
 * is written as the page's request example, and each response example is read with its
 * values.
 */
class RelationFixtureTests {

	private static final GoldenFixtures fixtures = GoldenFixtures.of(RelationFixtureTests.class);

	private static final String SOURCE = "AddSource_Type_XXXXXXXX";

	private static final List<String> IDS = List.of("id1", "id2", "id3");

	@Test
	void friend_add() {
		fixtures.assertWrittenAs(AddFriendRequest.of("id", List.of(FriendToAdd.of("id1", SOURCE))),
				"friend_add.request.json");
		fixtures.assertWrittenAs(AddFriendRequest
			.of("id", List
				.of(FriendToAdd.of("id1", SOURCE).withRemark("remark1").inList("Classmates").withWording("I'm Test1")))
			.withAddType(AddType.BOTH)
			.forced(), "friend_add.request-2.json");
		fixtures.assertWrittenAs(AddFriendRequest
			.of("id", List.of(FriendToAdd.of("id1", SOURCE),
					FriendToAdd.of("id2", SOURCE).withRemark("remark2").inList("Classmates").withWording("I'm Test2"),
					FriendToAdd.of("id3", SOURCE).withRemark("remark3").inList("Colleagues").withWording("I'm Test3")))
			.withAddType(AddType.BOTH)
			.forced(), "friend_add.request-3.json");
		RelationResultsResponse one = fixtures.read("friend_add.response.json", RelationResultsResponse.class);
		assertThat(one.results()).singleElement().satisfies((result) -> {
			assertThat(result.toAccount()).isEqualTo("id1");
			assertThat(result.code()).isEqualTo(FriendResultCode.SUCCESS);
		});
		assertThat(one.failAccount()).isNull();
		RelationResultsResponse mixed = fixtures.read("friend_add.response-2.json", RelationResultsResponse.class);
		assertThat(mixed.failures()).extracting(RelationResult::code)
			.containsExactly(FriendResultCode.INTERNAL_ERROR, FriendResultCode.SDK_APP_ID_MISMATCH);
		assertThat(mixed.failures().get(0).resultInfo()).isEqualTo("Err_SNS_FriendAdd_Unpack_Profile_Data_Fail");
		assertThat(mixed.failAccount()).containsExactly("id2", "id3");
		assertThat(mixed.extra()).containsKey("ErrorDisplay");
	}

	@Test
	void friend_import() {
		fixtures.assertWrittenAs(new ImportFriendsRequest("id", List.of(ImportedFriend.builder("id1", SOURCE).build())),
				"friend_import.request.json");
		ImportedFriend full = ImportedFriend.builder("id1", SOURCE)
			.remark("remark1", 1420000001L)
			.lists(List.of("Friends"))
			.wording("I'm Test1")
			.addTime(1420000001L)
			.custom(TagValue.of("Tag_SNS_Custom_XXXX", "Test"))
			.custom(TagValue.of("Tag_SNS_Custom_YYYY", 0))
			.build();
		fixtures.assertWrittenAs(new ImportFriendsRequest("id", List.of(full)), "friend_import.request-2.json");
		fixtures.assertWrittenAs(new ImportFriendsRequest("id",
				List.of(ImportedFriend.builder("id1", SOURCE).build(),
						ImportedFriend.builder("id2", SOURCE)
							.remark("remark2", 1420000001L)
							.lists(List.of("Friends"))
							.wording("I'm Test2")
							.addTime(1420000001L)
							.build(),
						ImportedFriend.builder("id3", SOURCE)
							.remark("remark3", 1420000001L)
							.lists(List.of("Colleagues", "Friends"))
							.wording("I'm Test3")
							.addTime(1420000001L)
							.custom(TagValue.of("Tag_SNS_Custom_XXXX", "Test"))
							.custom(TagValue.of("Tag_SNS_Custom_YYYY", 0))
							.build())),
				"friend_import.request-3.json");
		assertThat(fixtures.read("friend_import.response.json", RelationResultsResponse.class).failures()).isEmpty();
		RelationResultsResponse mixed = fixtures.read("friend_import.response-2.json", RelationResultsResponse.class);
		assertThat(mixed.failures()).extracting(RelationResult::code)
			.containsExactly(FriendResultCode.FRIEND_LIST_FULL, FriendResultCode.SDK_APP_ID_MISMATCH);
	}

	@Test
	void friend_update() {
		fixtures.assertWrittenAs(new UpdateFriendsRequest("id", List.of(FriendUpdate.remark("id1", "remark1"))),
				"friend_update.request.json");
		fixtures.assertWrittenAs(new UpdateFriendsRequest("id",
				List.of(FriendUpdate.of("id1", TagValue.of(FriendTag.REMARK, "remark1"),
						TagValue.of(FriendTag.GROUP, List.of("group1", "group2")),
						TagValue.of(FriendTag.custom("Test"), "test")))),
				"friend_update.request-2.json");
		fixtures
			.assertWrittenAs(
					new UpdateFriendsRequest("id",
							List.of(FriendUpdate.remark("id1", "remark1"),
									FriendUpdate.of("id2", TagValue.of(FriendTag.REMARK, "remark2"),
											TagValue.of(FriendTag.GROUP, List.of("group1", "group2"))),
									FriendUpdate.of("id3", TagValue.of(FriendTag.REMARK, "remark3"),
											TagValue.of(FriendTag.GROUP, List.of("group3")),
											TagValue.of(FriendTag.custom("Test"), "test")))),
					"friend_update.request-3.json");
		assertThat(fixtures.read("friend_update.response.json", RelationResultsResponse.class).results()).hasSize(1);
		RelationResultsResponse mixed = fixtures.read("friend_update.response-2.json", RelationResultsResponse.class);
		assertThat(mixed.failures().get(0).code()).isEqualTo(FriendResultCode.TOO_MANY_FRIEND_LISTS);
	}

	@Test
	void friend_delete() {
		fixtures.assertWrittenAs(new DeleteFriendsRequest("id", IDS, DeleteType.SINGLE), "friend_delete.request.json");
		fixtures.assertWrittenAs(new DeleteFriendsRequest("id", IDS, DeleteType.BOTH), "friend_delete.request-2.json");
		RelationResultsResponse response = fixtures.read("friend_delete.response.json", RelationResultsResponse.class);
		assertThat(response.results()).extracting(RelationResult::toAccount).containsExactlyElementsOf(IDS);
		assertThat(response.failures()).isEmpty();
	}

	@Test
	void friend_delete_all() {
		fixtures.assertWrittenAs(new DeleteAllFriendsRequest("id", null), "friend_delete_all.request.json");
		fixtures.assertWrittenAs(new DeleteAllFriendsRequest("id", DeleteType.BOTH),
				"friend_delete_all.request-2.json");
		assertThat(fixtures.read("friend_delete_all.response.json", ChatResponse.class).errorCode()).isZero();
	}

	@Test
	void friend_check() {
		fixtures.assertWrittenAs(
				new CheckFriendsRequest("id", List.of("id1", "id2", "id3", "id4", "id5"), CheckType.BOTH),
				"friend_check.request.json");
		CheckFriendsResponse response = fixtures.read("friend_check.response.json", CheckFriendsResponse.class);
		assertThat(response.results()).extracting(CheckFriendsResponse.Check::relationType)
			.containsExactly(FriendRelation.BOTH_WAY, FriendRelation.A_WITH_B, FriendRelation.B_WITH_A,
					FriendRelation.NO_RELATION, FriendRelation.NO_RELATION);
		assertThat(response.failures()).singleElement().satisfies((check) -> {
			assertThat(check.toAccount()).isEqualTo("id5");
			assertThat(check.code()).isEqualTo(FriendResultCode.INTERNAL_ERROR);
		});
		assertThat(response.failAccount()).containsExactly("id5");
	}

	@Test
	void friend_get() {
		fixtures.assertWrittenAs(GetFriendsRequest.first("id"), "friend_get.request.json");
		GetFriendsResponse page = fixtures.read("friend_get.response.json", GetFriendsResponse.class);
		assertThat(page.friends()).hasSize(2);
		FriendFields first = page.friends().get(0).fields();
		assertThat(first.addSource()).isEqualTo("AddSource_Type_Android");
		assertThat(first.remark()).isEqualTo("Remark1");
		assertThat(first.groups()).containsExactly("Group1", "Group2");
		assertThat(first.addTime()).isEqualTo(1563867420L);
		assertThat(first.custom().get("Test").asString()).isEqualTo("CustomData1");
		assertThat(page.friends().get(1).fields().remark()).isNull();
		assertThat(page.standardSequence()).isEqualTo(88L);
		assertThat(page.customSequence()).isEqualTo(46L);
		assertThat(page.friendNum()).isEqualTo(20L);
		assertThat(page.completeFlag()).isEqualTo(1);
		assertThat(page.nextStartIndex()).isZero();
		assertThat(GetFriendsRequest.first("id").next(page)).isNull();
	}

	@Test
	void friend_get_list() {
		List<String> tags = List.of("Tag_Profile_Custom_Test", "Tag_Profile_IM_Image", "Tag_Profile_IM_Nick",
				"Tag_SNS_Custom_Test", "Tag_SNS_IM_Remark", "Tag_SNS_IM_Group");
		fixtures.assertWrittenAs(new GetFriendInfoRequest("UserID_1", List.of("UserID_2"), tags),
				"friend_get_list.request.json");
		fixtures.assertWrittenAs(
				new GetFriendInfoRequest("UserID_1", List.of("UserID_2", "UserID_3", "UserID_4"), tags),
				"friend_get_list.request-2.json");
		GetFriendInfoResponse one = fixtures.read("friend_get_list.response.json", GetFriendInfoResponse.class);
		FriendFields fields = one.results().get(0).fields();
		assertThat(fields.remark()).isEqualTo("remark_2");
		assertThat(fields.groups()).containsExactly("group1", "group2");
		assertThat(fields.custom().get("Test").asString()).isEqualTo("custom_sns_2");
		assertThat(fields.profile().nick()).isEqualTo("nick_2");
		assertThat(fields.profile().custom()).containsEntry("Test", "custom_profile_2");
		GetFriendInfoResponse three = fixtures.read("friend_get_list.response-2.json", GetFriendInfoResponse.class);
		assertThat(three.results().get(1).fields().groups()).isEmpty();
		assertThat(three.failures()).singleElement().satisfies((info) -> {
			assertThat(info.toAccount()).isEqualTo("UserID_4");
			assertThat(info.code()).isEqualTo(FriendResultCode.BAD_PARAMETER);
			assertThat(info.resultInfo()).isEqualTo("Err_SNS_FriendGetList_Friend_Not_Exist");
		});
		assertThat(three.failAccount()).containsExactly("UserID_4");
	}

	@Test
	void black_list_add_and_delete() {
		fixtures.assertWrittenAs(new UserListRequest("id", IDS), "black_list_add.request.json");
		fixtures.assertWrittenAs(new UserListRequest("id", IDS), "black_list_delete.request.json");
		RelationResultsResponse added = fixtures.read("black_list_add.response.json", RelationResultsResponse.class);
		assertThat(added.failures()).extracting(RelationResult::resultInfo)
			.containsExactly("Err_SNS_BlackListAdd_Already_Exist", "Err_SNS_BlackListAdd_SdkAppId_Illegal");
		RelationResultsResponse deleted = fixtures.read("black_list_delete.response.json",
				RelationResultsResponse.class);
		assertThat(deleted.failures()).singleElement()
			.satisfies((result) -> assertThat(result.resultCode()).isEqualTo(30006));
		assertThat(deleted.failAccount()).containsExactly("id3");
	}

	@Test
	void black_list_get() {
		fixtures.assertWrittenAs(new GetBlocklistRequest("id", 0, 30, 12), "black_list_get.request.json");
		GetBlocklistResponse page = fixtures.read("black_list_get.response.json", GetBlocklistResponse.class);
		assertThat(page.blocked()).extracting(GetBlocklistResponse.BlockedUser::toAccount)
			.containsExactly("id1", "id2");
		assertThat(page.blocked().get(1).addBlackTimeStamp()).isEqualTo(1430000002L);
		assertThat(page.startIndex()).isZero();
		assertThat(page.currentSequence()).isEqualTo(13L);
		assertThat(new GetBlocklistRequest("id", 0, 30, 12).next(page)).isNull();
	}

	@Test
	void black_list_check() {
		fixtures.assertWrittenAs(
				new CheckBlocklistRequest("id", List.of("id1", "id2", "id3", "id4", "id5"), BlockCheckType.BOTH),
				"black_list_check.request.json");
		CheckBlocklistResponse response = fixtures.read("black_list_check.response.json", CheckBlocklistResponse.class);
		assertThat(response.results()).extracting(CheckBlocklistResponse.Check::relationType)
			.containsExactly(BlockRelation.BOTH_WAY, BlockRelation.A_WITH_B, BlockRelation.B_WITH_A, BlockRelation.NO,
					BlockRelation.NO);
		assertThat(response.failures()).singleElement()
			.satisfies((check) -> assertThat(check.code()).isEqualTo(FriendResultCode.TIMEOUT));
	}

	@Test
	void group_add() {
		List<String> names = List.of("group1", "group2", "group3");
		fixtures.assertWrittenAs(new AddFriendListsRequest("id", names, null), "group_add.request.json");
		fixtures.assertWrittenAs(new AddFriendListsRequest("id", names, IDS), "group_add.request-2.json");
		FriendListsResponse plain = fixtures.read("group_add.response.json", FriendListsResponse.class);
		assertThat(plain.currentSequence()).isEqualTo(2L);
		assertThat(plain.results()).isEmpty();
		FriendListsResponse withFriends = fixtures.read("group_add.response-2.json", FriendListsResponse.class);
		assertThat(withFriends.currentSequence()).isEqualTo(3L);
		assertThat(withFriends.failures()).extracting(RelationResult::code)
			.containsExactly(FriendResultCode.LIST_MEMBER_NOT_FRIEND, FriendResultCode.SDK_APP_ID_MISMATCH);
	}

	@Test
	void group_delete() {
		fixtures.assertWrittenAs(new DeleteFriendListsRequest("id", List.of("group1", "group2", "group3")),
				"group_delete.request.json");
		assertThat(fixtures.read("group_delete.response.json", FriendListsResponse.class).currentSequence())
			.isEqualTo(4L);
	}

	@Test
	void group_get() {
		fixtures.assertWrittenAs(GetFriendListsRequest.all("id"), "group_get.request.json");
		fixtures.assertWrittenAs(GetFriendListsRequest.all("id").withFriends().only(List.of("group1")),
				"group_get.request-2.json");
		GetFriendListsResponse all = fixtures.read("group_get.response.json", GetFriendListsResponse.class);
		assertThat(all.lists()).extracting(GetFriendListsResponse.FriendList::friendNumber).containsExactly(1L, 2L, 3L);
		assertThat(all.lists().get(0).friends()).isEmpty();
		assertThat(all.currentSequence()).isEqualTo(2L);
		GetFriendListsResponse members = fixtures.read("group_get.response-2.json", GetFriendListsResponse.class);
		assertThat(members.lists()).singleElement()
			.satisfies((list) -> assertThat(list.friends()).containsExactly("friend1"));
	}

	@Test
	void follow_add_and_delete() {
		List<String> users = List.of("UserID_002", "UserID_003");
		fixtures.assertWrittenAs(FollowAddRequest.of("UserID_001", users), "follow_add.request.json");
		fixtures.assertWrittenAs(new UserListRequest("UserID_001", users), "follow_delete.request.json");
		assertThat(fixtures.read("follow_add.response.json", RelationResultsResponse.class).results())
			.extracting(RelationResult::toAccount)
			.containsExactlyElementsOf(users);
		assertThat(fixtures.read("follow_delete.response.json", RelationResultsResponse.class).failures()).isEmpty();
	}

	@Test
	void follow_check() {
		fixtures.assertWrittenAs(new UserListRequest("UserID_001", List.of("UserID_002", "UserID_003")),
				"follow_check.request.json");
		FollowCheckResponse response = fixtures.read("follow_check.response.json", FollowCheckResponse.class);
		assertThat(response.results()).extracting(FollowCheckResponse.Check::relation)
			.containsExactly(FollowRelation.NONE, FollowRelation.NONE);
	}

	@Test
	void follow_get_info() {
		fixtures.assertWrittenAs(new UserListRequest("UserID_001", List.of("UserID_001", "UserID_002", "UserID_003")),
				"follow_get_info.request.json");
		FollowInfoResponse response = fixtures.read("follow_get_info.response.json", FollowInfoResponse.class);
		assertThat(response.results()).extracting(FollowInfoResponse.Counts::followingCount)
			.containsExactly(2L, 0L, 0L);
		assertThat(response.results()).extracting(FollowInfoResponse.Counts::followerCount).containsExactly(0L, 1L, 1L);
	}

	@Test
	void follow_get() {
		fixtures.assertWrittenAs(GetFollowsRequest.first("UserID_001", FollowListType.FOLLOWERS, 100),
				"follow_get.request.json");
		GetFollowsResponse page = fixtures.read("follow_get.response.json", GetFollowsResponse.class);
		assertThat(page.users()).hasSize(2);
		GetFollowsResponse.FollowedUser first = page.users().get(0);
		assertThat(first.followTime()).isEqualTo(1702262118L);
		assertThat(first.profileSequence()).isEqualTo(123L);
		assertThat(first.profile().allowType()).isEqualTo(AllowType.DENY_ANY);
		assertThat(page.users().get(1).profile().custom("Test")).isEqualTo("Custom Data3");
		assertThat(page.nextCursor()).isNull();
		assertThat(GetFollowsRequest.first("UserID_001", FollowListType.FOLLOWERS, 100).next(page)).isNull();
	}

	@Test
	void unknownVocabularyShouldBeKept() {
		assertThat(FriendRelation.of("CheckResult_Type_Future")).isEqualTo(FriendRelation.UNRECOGNIZED);
		assertThat(new CheckFriendsResponse.Check("a", "CheckResult_Type_Future", 0, null).relation())
			.isEqualTo("CheckResult_Type_Future");
		assertThat(new RelationResult("a", 39999, null).code()).isEqualTo(FriendResultCode.UNRECOGNIZED);
		assertThat(new RelationResult("a", 30539, null).code()).isEqualTo(FriendResultCode.PENDING_APPROVAL);
		assertThat(FollowRelation.of(7)).isEqualTo(FollowRelation.UNRECOGNIZED);
	}

}
