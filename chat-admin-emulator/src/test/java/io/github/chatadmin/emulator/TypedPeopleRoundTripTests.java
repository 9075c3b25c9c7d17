package io.github.chatadmin.emulator;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import io.github.chatadmin.client.ChatAdminResponseException;
import io.github.chatadmin.client.ChatAdminTemplate;
import io.github.chatadmin.client.api.message.SendMessageRequest;
import io.github.chatadmin.client.api.profile.AllowType;
import io.github.chatadmin.client.api.profile.Gender;
import io.github.chatadmin.client.api.profile.Profile;
import io.github.chatadmin.client.api.profile.ProfileTag;
import io.github.chatadmin.client.api.profile.SetProfileRequest;
import io.github.chatadmin.client.api.relation.AddFriendListsRequest;
import io.github.chatadmin.client.api.relation.AddFriendRequest;
import io.github.chatadmin.client.api.relation.AddType;
import io.github.chatadmin.client.api.relation.BlockCheckType;
import io.github.chatadmin.client.api.relation.CheckFriendsResponse;
import io.github.chatadmin.client.api.relation.CheckType;
import io.github.chatadmin.client.api.relation.DeleteType;
import io.github.chatadmin.client.api.relation.FollowListType;
import io.github.chatadmin.client.api.relation.FriendRelation;
import io.github.chatadmin.client.api.relation.FriendResultCode;
import io.github.chatadmin.client.api.relation.FriendTag;
import io.github.chatadmin.client.api.relation.FriendToAdd;
import io.github.chatadmin.client.api.relation.GetBlocklistRequest;
import io.github.chatadmin.client.api.relation.GetFriendListsRequest;
import io.github.chatadmin.client.api.relation.GetFriendListsResponse;
import io.github.chatadmin.client.api.relation.GetFriendsResponse;
import io.github.chatadmin.client.api.relation.RelationResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Round trips of the typed profile and relation operations against the emulator: write
 * through {@code profiles()} and {@code relations()}, then read back through them.
 */
class TypedPeopleRoundTripTests {

	private static final Instant NOW = Instant.parse("2026-12-04T12:00:00Z");

	private static final String SOURCE = "AddSource_Type_Test";

	private ChatAdminEmulator emulator;

	private ChatAdminTemplate chat;

	@BeforeEach
	void start() {
		this.emulator = ChatAdminEmulator.builder().clock(Clock.fixed(NOW, ZoneOffset.UTC)).build().start();
		this.chat = EmulatorTemplates.templateFor(this.emulator);
		this.chat.accounts().importAccounts(List.of("alice", "bob", "carol")).block();
	}

	@AfterEach
	void stop() {
		this.chat.close();
		this.emulator.close();
	}

	private void allowAny(String... userIds) {
		for (String userId : userIds) {
			this.chat.profiles().set(SetProfileRequest.builder(userId).allowType(AllowType.ALLOW_ANY).build()).block();
		}
	}

	private RelationResult addOne(AddFriendRequest request) {
		return this.chat.relations().add(request).block().results().get(0);
	}

	private int rawCode(String service, String command, Map<String, Object> body) {
		try {
			return this.chat.execute(service, command, body).block().path("ErrorCode").asInt();
		}
		catch (ChatAdminResponseException ex) {
			return ex.getErrorCode();
		}
	}

	@Test
	void theReadmeRecipeImportsUsersWithProfilesAndMakesThemFriends() {
		List<String> users = List.of("dave", "erin");
		List<String> friends = this.chat.accounts()
			.importAccounts(users)
			.thenMany(Flux.fromIterable(users))
			.concatMap((user) -> this.chat.profiles()
				.set(SetProfileRequest.builder(user)
					.nick(user.toUpperCase())
					.image("https://example.com/" + user + ".png")
					.allowType(AllowType.NEED_CONFIRM)
					.build()))
			.then(this.chat.relations()
				.add(AddFriendRequest.of("dave", List.of(FriendToAdd.of("erin", "AddSource_Type_Import")))
					.withAddType(AddType.BOTH)
					.forced()))
			.thenMany(this.chat.relations().friends("dave"))
			.map(GetFriendsResponse.Friend::toAccount)
			.collectList()
			.block();
		assertThat(friends).containsExactly("erin");
		assertThat(
				this.chat.relations().friends("erin").map(GetFriendsResponse.Friend::toAccount).collectList().block())
			.containsExactly("dave");
		assertThat(this.chat.profiles().get("erin", List.of(ProfileTag.NICK)).block().nick()).isEqualTo("ERIN");
	}

	@Test
	void standardAndCustomProfileFieldsComeBackAsSet() {
		this.chat.profiles()
			.set(SetProfileRequest.builder("alice")
				.nick("Alice")
				.gender(Gender.FEMALE)
				.birthday(20000101)
				.location("CN")
				.selfSignature("hello")
				.allowType(AllowType.DENY_ANY)
				.image("https://example.com/a.png")
				.level(4294967295L)
				.custom("Hobby", "chess")
				.build())
			.block();
		Profile profile = this.chat.profiles()
			.get("alice",
					List.of(ProfileTag.NICK, ProfileTag.GENDER, ProfileTag.BIRTHDAY, ProfileTag.LOCATION,
							ProfileTag.SELF_SIGNATURE, ProfileTag.ALLOW_TYPE, ProfileTag.IMAGE, ProfileTag.LEVEL,
							ProfileTag.custom("Hobby")))
			.block();
		assertThat(profile.nick()).isEqualTo("Alice");
		assertThat(profile.gender()).isEqualTo(Gender.FEMALE);
		assertThat(profile.birthday()).isEqualTo(20000101L);
		assertThat(profile.location()).isEqualTo("CN");
		assertThat(profile.selfSignature()).isEqualTo("hello");
		assertThat(profile.allowType()).isEqualTo(AllowType.DENY_ANY);
		assertThat(profile.image()).isEqualTo("https://example.com/a.png");
		assertThat(profile.level()).isEqualTo(4294967295L);
		assertThat(profile.custom("Hobby")).isEqualTo("chess");
	}

	@Test
	void profileValuesOverTheVendorLimitsAreRefusedAndNothingIsSet() {
		this.chat.profiles().set(SetProfileRequest.builder("alice").nick("Alice").build()).block();
		Map<String, Object> tooLongNick = Map.of("From_Account", "alice", "ProfileItem",
				List.of(Map.of("Tag", ProfileTag.IMAGE, "Value", "x"),
						Map.of("Tag", ProfileTag.NICK, "Value", "n".repeat(501))));
		assertThat(rawCode("profile", "portrait_set", tooLongNick)).isEqualTo(40601);
		assertThat(
				rawCode("profile", "portrait_set",
						Map.of("From_Account", "alice", "ProfileItem",
								List.of(Map.of("Tag", ProfileTag.LOCATION, "Value", "x".repeat(17))))))
			.isEqualTo(40601);
		assertThat(
				rawCode("profile", "portrait_set",
						Map.of("From_Account", "alice", "ProfileItem",
								List.of(Map.of("Tag", ProfileTag.GENDER, "Value", "Gender_Type_Other")))))
			.isEqualTo(40605);
		assertThat(rawCode("profile", "portrait_set", Map.of("From_Account", "alice", "ProfileItem",
				List.of(Map.of("Tag", ProfileTag.LEVEL, "Value", "high")))))
			.isEqualTo(40610);
		assertThat(rawCode("profile", "portrait_set", Map.of("From_Account", "alice", "ProfileItem",
				List.of(Map.of("Tag", "Tag_Profile_IM_Mood", "Value", "ok")))))
			.isEqualTo(40009);
		assertThat(rawCode("profile", "portrait_get",
				Map.of("To_Account", List.of("alice"), "TagList", List.of("Tag_Profile_Custom_Way2Long"))))
			.isEqualTo(40009);
		Profile profile = this.chat.profiles().get("alice", List.of(ProfileTag.NICK, ProfileTag.IMAGE)).block();
		assertThat(profile.nick()).isEqualTo("Alice");
		assertThat(profile.image()).isNull();
	}

	@Test
	void unknownUsersAreFailuresOfTheirOwn() {
		var answer = this.chat.profiles().get(List.of("alice", "ghost"), List.of(ProfileTag.NICK)).block();
		assertThat(answer.failures()).singleElement().satisfies((failure) -> {
			assertThat(failure.toAccount()).isEqualTo("ghost");
			assertThat(failure.resultCode()).isEqualTo(40003);
		});
		assertThatExceptionOfType(ChatAdminResponseException.class)
			.isThrownBy(() -> this.chat.profiles().get("ghost", List.of(ProfileTag.NICK)).block())
			.satisfies((ex) -> assertThat(ex.getErrorCode()).isEqualTo(40003));
	}

	@Test
	void addingBothWaysMakesEachTheOthersFriend() {
		allowAny("bob");
		RelationResult added = addOne(AddFriendRequest
			.of("alice", List.of(FriendToAdd.of("bob", SOURCE).withRemark("Bobby").inList("school")))
			.withAddType(AddType.BOTH));
		assertThat(added.isSuccess()).isTrue();
		CheckFriendsResponse check = this.chat.relations()
			.check("alice", List.of("bob", "carol"), CheckType.BOTH)
			.block();
		assertThat(check.results()).extracting(CheckFriendsResponse.Check::relationType)
			.containsExactly(FriendRelation.BOTH_WAY, FriendRelation.NO_RELATION);
		GetFriendsResponse.Friend bob = this.chat.relations().friends("alice").blockFirst();
		assertThat(bob.toAccount()).isEqualTo("bob");
		assertThat(bob.valueItem()).anySatisfy((item) -> {
			assertThat(item.tag()).isEqualTo(FriendTag.REMARK);
			assertThat(item.value().asString()).isEqualTo("Bobby");
		});
		assertThat(this.chat.relations().friends("bob").map(GetFriendsResponse.Friend::toAccount).collectList().block())
			.containsExactly("alice");
		assertThat(addOne(AddFriendRequest.of("alice", List.of(FriendToAdd.of("bob", SOURCE)))).resultCode())
			.isEqualTo(30001);
	}

	@Test
	void addingOneWayLeavesTheTargetsListAlone() {
		allowAny("bob");
		addOne(AddFriendRequest.of("alice", List.of(FriendToAdd.of("bob", SOURCE))).withAddType(AddType.SINGLE));
		assertThat(this.chat.relations()
			.check("bob", List.of("alice"), CheckType.BOTH)
			.block()
			.results()
			.get(0)
			.relationType()).isEqualTo(FriendRelation.B_WITH_A);
		this.chat.relations().delete("alice", List.of("bob"), DeleteType.SINGLE).block();
		assertThat(this.chat.relations().friends("alice").collectList().block()).isEmpty();
	}

	@Test
	void aTargetThatConfirmsRequestsGets30539AndAPendingRequest() {
		RelationResult pending = addOne(AddFriendRequest.of("alice", List.of(FriendToAdd.of("bob", SOURCE))));
		assertThat(pending.code()).isEqualTo(FriendResultCode.PENDING_APPROVAL);
		assertThat(this.chat.relations().friends("alice").collectList().block()).isEmpty();
		assertThat(this.emulator.pendingFriendRequests("bob")).containsExactly("alice");
		RelationResult forced = addOne(AddFriendRequest.of("alice", List.of(FriendToAdd.of("bob", SOURCE))).forced());
		assertThat(forced.isSuccess()).isTrue();
		assertThat(this.emulator.pendingFriendRequests("bob")).isEmpty();
		this.chat.profiles().set(SetProfileRequest.builder("carol").allowType(AllowType.DENY_ANY).build()).block();
		assertThat(addOne(AddFriendRequest.of("alice", List.of(FriendToAdd.of("carol", SOURCE)))).code())
			.isEqualTo(FriendResultCode.TARGET_DENIES_ANY);
	}

	@Test
	void theBlocklistRefusesFriendRequestsAndMessagesAndEndsFriendships() {
		allowAny("alice", "bob");
		addOne(AddFriendRequest.of("alice", List.of(FriendToAdd.of("bob", SOURCE))));
		assertThat(this.chat.relations().block("bob", List.of("alice", "ghost")).block().results())
			.extracting(RelationResult::resultCode)
			.containsExactly(0, 30003);
		assertThat(this.chat.relations().friends("alice").collectList().block()).isEmpty();
		assertThat(this.chat.relations().friends("bob").collectList().block()).isEmpty();
		assertThat(addOne(AddFriendRequest.of("alice", List.of(FriendToAdd.of("bob", SOURCE))).forced()).code())
			.isEqualTo(FriendResultCode.IN_TARGET_BLOCKLIST);
		assertThat(addOne(AddFriendRequest.of("bob", List.of(FriendToAdd.of("alice", SOURCE))).forced()).code())
			.isEqualTo(FriendResultCode.IN_REQUESTER_BLOCKLIST);
		assertThatExceptionOfType(ChatAdminResponseException.class)
			.isThrownBy(() -> this.chat.messages()
				.send(SendMessageRequest.builder("bob").from("alice").text("hi").build())
				.block())
			.satisfies((ex) -> assertThat(ex.getErrorCode()).isEqualTo(20007));
		assertThat(this.chat.messages()
			.send(SendMessageRequest.builder("alice").from("bob").text("hi").build())
			.block()
			.msgKey()).isNotEmpty();
		assertThat(this.chat.relations()
			.checkBlocked("alice", List.of("bob"), BlockCheckType.BOTH)
			.block()
			.blackListCheckItem()
			.get(0)
			.relation()).isEqualTo("BlackCheckResult_Type_BWithA");
		this.chat.relations().unblock("bob", List.of("alice")).block();
		assertThat(this.chat.messages()
			.send(SendMessageRequest.builder("bob").from("alice").text("hi").build())
			.block()
			.msgKey()).isNotEmpty();
	}

	@Test
	void blocklistAndFriendFluxesReadEveryPage() {
		List<String> users = IntStream.range(0, 250).mapToObj((i) -> "user" + i).toList();
		this.chat.accounts().importAccounts(users).block();
		this.chat.relations().block("alice", users).block();
		assertThat(this.chat.relations()
			.blocklist(GetBlocklistRequest.first("alice", 100))
			.map((blocked) -> blocked.toAccount())
			.collectList()
			.block()).containsExactlyElementsOf(users);
		assertThat(this.emulator.callCount("sns/black_list_get")).isEqualTo(3);
		this.chat.relations().unblock("alice", users).block();
		for (int i = 0; i < users.size(); i += 100) {
			List<FriendToAdd> batch = users.subList(i, Math.min(users.size(), i + 100))
				.stream()
				.map((user) -> FriendToAdd.of(user, SOURCE))
				.toList();
			this.chat.relations().add(AddFriendRequest.of("alice", batch).forced()).block();
		}
		assertThat(
				this.chat.relations().friends("alice").map(GetFriendsResponse.Friend::toAccount).collectList().block())
			.containsExactlyElementsOf(users);
		assertThat(this.emulator.callCount("sns/friend_get")).isEqualTo(3);
		assertThat(this.chat.relations().friends("alice").take(5).collectList().block()).hasSize(5);
		assertThat(this.emulator.callCount("sns/friend_get")).isEqualTo(4);
	}

	@Test
	void friendListsHoldTheirFriends() {
		addOne(AddFriendRequest.of("alice", List.of(FriendToAdd.of("bob", SOURCE))).forced());
		var created = this.chat.relations()
			.addFriendLists(new AddFriendListsRequest("alice", List.of("team"), List.of("bob", "carol")))
			.block();
		assertThat(created.resultItem()).extracting(RelationResult::resultCode).containsExactly(0, 32216);
		GetFriendListsResponse lists = this.chat.relations()
			.friendLists(GetFriendListsRequest.all("alice").withFriends())
			.block();
		assertThat(lists.resultItem()).singleElement().satisfies((list) -> {
			assertThat(list.groupName()).isEqualTo("team");
			assertThat(list.toAccount()).containsExactly("bob");
		});
		this.chat.relations().deleteFriendLists("alice", List.of("team")).block();
		assertThat(this.chat.relations().friendLists(GetFriendListsRequest.all("alice")).block().resultItem())
			.isEmpty();
	}

	@Test
	void followsAreCountedAndListed() {
		this.chat.relations().follow("alice", List.of("bob", "carol")).block();
		this.chat.relations().follow("bob", List.of("alice")).block();
		assertThat(this.chat.relations()
			.follows("alice", FollowListType.MUTUAL)
			.map((user) -> user.toAccount())
			.collectList()
			.block()).containsExactly("bob");
		assertThat(this.chat.relations()
			.follows("carol", FollowListType.FOLLOWERS)
			.map((user) -> user.toAccount())
			.collectList()
			.block()).containsExactly("alice");
		var counts = this.chat.relations().followCounts("alice", List.of("alice")).block().followInfo().get(0);
		assertThat(counts.followingCount()).isEqualTo(2);
		assertThat(counts.followerCount()).isEqualTo(1);
		assertThat(counts.mutualFollowingCount()).isEqualTo(1);
		this.chat.relations().unfollow("alice", List.of("bob")).block();
		JsonNode check = this.chat
			.execute("follow", "follow_check", Map.of("From_Account", "alice", "To_Account", List.of("bob", "carol")))
			.block();
		assertThat(check.findValues("FollowType")).extracting(JsonNode::asInt).containsExactly(1, 2);
	}

}
