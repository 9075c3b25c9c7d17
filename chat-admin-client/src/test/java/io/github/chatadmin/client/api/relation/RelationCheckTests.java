package io.github.chatadmin.client.api.relation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.chatadmin.client.ChatAdminTemplate;
import io.github.chatadmin.client.ChatCommand;
import io.github.chatadmin.client.TestTemplates;
import io.github.chatadmin.client.api.TagValue;
import io.github.chatadmin.client.api.WireMockCalls;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;

import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests that every relation command refuses bad input before anything is sent, on the
 * typed operations and on {@code execute(ChatCommand, request)}.
 */
class RelationCheckTests {

	private static final String SOURCE = "AddSource_Type_Android";

	@RegisterExtension
	static WireMockExtension wireMock = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
		.build();

	private ChatAdminTemplate template;

	private RelationOperations relations;

	@BeforeEach
	void create() {
		wireMock.stubFor(post(anyUrl()).willReturn(okJson(WireMockCalls.ok(""))));
		this.template = TestTemplates.builder("http://127.0.0.1:" + wireMock.getPort()).build();
		this.relations = new DefaultRelationOperations(this.template, 4);
	}

	@AfterEach
	void close() {
		this.template.close();
		wireMock.verify(0, postRequestedFor(anyUrl()));
	}

	private static List<String> users(int count) {
		return IntStream.range(0, count).mapToObj((i) -> "u" + i).toList();
	}

	static Stream<Arguments> badRequests() {
		return Stream.of(
				bad(RelationCommands.FRIEND_ADD, AddFriendRequest.of("", List.of(FriendToAdd.of("a", SOURCE))),
						"'From_Account'"),
				bad(RelationCommands.FRIEND_ADD, AddFriendRequest.of("id", List.of()), "'AddFriendItem'"),
				bad(RelationCommands.FRIEND_ADD, AddFriendRequest.of("id", List.of(FriendToAdd.of("a", "Android"))),
						"'AddFriendItem[0].AddSource'"),
				bad(RelationCommands.FRIEND_ADD,
						AddFriendRequest.of("id", List.of(FriendToAdd.of("a", SOURCE).withRemark("r".repeat(97)))),
						"'AddFriendItem[0].Remark'"),
				bad(RelationCommands.FRIEND_ADD,
						AddFriendRequest.of("id", List.of(FriendToAdd.of("a", SOURCE).inList("l".repeat(31)))),
						"'AddFriendItem[0].GroupName'"),
				bad(RelationCommands.FRIEND_ADD,
						AddFriendRequest.of("id", List.of(FriendToAdd.of("a", SOURCE).withWording("w".repeat(257)))),
						"'AddFriendItem[0].AddWording'"),
				bad(RelationCommands.FRIEND_ADD,
						new AddFriendRequest("id", List.of(FriendToAdd.of("a", SOURCE)), null, 2), "'ForceAddFlags'"),
				bad(RelationCommands.FRIEND_IMPORT,
						new ImportFriendsRequest("id", List.of(ImportedFriend.builder("x".repeat(33), SOURCE).build())),
						"'AddFriendItem[0].To_Account'"),
				bad(RelationCommands.FRIEND_IMPORT, new ImportFriendsRequest("id", List
					.of(ImportedFriend.builder("a", SOURCE).custom(TagValue.of("Tag_Profile_Custom_X", "v")).build())),
						"'AddFriendItem[0].CustomItem[0].Tag'"),
				bad(RelationCommands.FRIEND_UPDATE,
						new UpdateFriendsRequest("id",
								List.of(FriendUpdate.of("a", TagValue.of(FriendTag.ADD_SOURCE, SOURCE)))),
						"'UpdateItem[0].SnsItem[0].Tag'"),
				bad(RelationCommands.FRIEND_UPDATE, new UpdateFriendsRequest("id", List.of(FriendUpdate.of("a"))),
						"'UpdateItem[0].SnsItem'"),
				bad(RelationCommands.FRIEND_UPDATE,
						new UpdateFriendsRequest("id",
								List.of(FriendUpdate.of("a", TagValue.of(FriendTag.GROUP, "g")))),
						"array of names"),
				bad(RelationCommands.FRIEND_DELETE, new DeleteFriendsRequest("id", users(1001), null), "at most 1000"),
				bad(RelationCommands.FRIEND_DELETE, new DeleteFriendsRequest("id", List.of(), null), "'To_Account'"),
				bad(RelationCommands.FRIEND_DELETE,
						new DeleteFriendsRequest("id", List.of("a"), DeleteType.UNRECOGNIZED), "'DeleteType'"),
				bad(RelationCommands.FRIEND_DELETE_ALL, new DeleteAllFriendsRequest("", null), "'From_Account'"),
				bad(RelationCommands.FRIEND_CHECK, new CheckFriendsRequest("id", users(1001), CheckType.BOTH),
						"at most 1000"),
				bad(RelationCommands.FRIEND_CHECK, new CheckFriendsRequest("id", List.of("a"), CheckType.UNRECOGNIZED),
						"'CheckType'"),
				bad(RelationCommands.FRIEND_GET, new GetFriendsRequest("id", -1, null, null), "'StartIndex'"),
				bad(RelationCommands.FRIEND_GET_LIST, new GetFriendInfoRequest("id", users(101), List.of("t")),
						"at most 100"),
				bad(RelationCommands.FRIEND_GET_LIST, new GetFriendInfoRequest("id", List.of("a"), List.of()),
						"'TagList'"),
				bad(RelationCommands.BLOCKLIST_ADD, new UserListRequest("id", users(1001)), "at most 1000"),
				bad(RelationCommands.BLOCKLIST_DELETE, new UserListRequest("id", List.of("")), "'To_Account[0]'"),
				bad(RelationCommands.BLOCKLIST_GET, GetBlocklistRequest.first("id", 1001), "'MaxLimited'"),
				bad(RelationCommands.BLOCKLIST_GET, GetBlocklistRequest.first("id", 0), "'MaxLimited'"),
				bad(RelationCommands.BLOCKLIST_CHECK, new CheckBlocklistRequest("id", List.of("a"), null),
						"'CheckType'"),
				bad(RelationCommands.FRIEND_LIST_ADD, new AddFriendListsRequest("id", List.of(""), null),
						"'GroupName[0]'"),
				bad(RelationCommands.FRIEND_LIST_ADD, new AddFriendListsRequest("id", users(33), null), "at most 32"),
				bad(RelationCommands.FRIEND_LIST_ADD, new AddFriendListsRequest("id", List.of("g"), users(1001)),
						"'To_Account'"),
				bad(RelationCommands.FRIEND_LIST_DELETE, new DeleteFriendListsRequest("id", List.of()), "'GroupName'"),
				bad(RelationCommands.FRIEND_LIST_GET, GetFriendListsRequest.all("id").only(List.of("")),
						"'GroupName[0]'"),
				bad(RelationCommands.FOLLOW_ADD, FollowAddRequest.of("id", users(21)), "at most 20"),
				bad(RelationCommands.FOLLOW_DELETE, new UserListRequest("id", users(21)), "at most 20"),
				bad(RelationCommands.FOLLOW_CHECK, new UserListRequest("id", users(101)), "at most 100"),
				bad(RelationCommands.FOLLOW_GET_INFO, new UserListRequest("id", users(21)), "at most 20"),
				bad(RelationCommands.FOLLOW_GET, GetFollowsRequest.first("id", FollowListType.MUTUAL, 1001),
						"'WantNum'"),
				bad(RelationCommands.FOLLOW_GET, GetFollowsRequest.first("id", FollowListType.UNRECOGNIZED, 10),
						"'FollowType'"));
	}

	private static <Q> Arguments bad(ChatCommand<Q, ?> command, Q request, String message) {
		return Arguments.of(command, request, message);
	}

	@ParameterizedTest(name = "{0}: {2}")
	@MethodSource("badRequests")
	<Q> void executeShouldRefuseBadInputBeforeSending(ChatCommand<Q, ?> command, Q request, String message) {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.template.execute(command, request).block(Duration.ofSeconds(10)))
			.withMessageContaining(message);
	}

	@Test
	void operationsShouldRefuseBadInputBeforeSendingAnyPart() {
		List<String> lateBad = new ArrayList<>(users(2500));
		lateBad.set(2400, "");
		List<Supplier<Publisher<?>>> calls = new ArrayList<>();
		calls.add(() -> this.relations.delete("id", lateBad, DeleteType.BOTH));
		calls.add(() -> this.relations.delete("", List.of("a"), null));
		calls.add(() -> this.relations.check("id", lateBad, CheckType.SINGLE));
		calls.add(() -> this.relations.check("id", List.of("a"), null));
		calls.add(() -> this.relations.get("id", lateBad, List.of("Tag_SNS_IM_Remark")));
		calls.add(() -> this.relations.block("id", lateBad));
		calls.add(() -> this.relations.unblock("id", List.of()));
		calls.add(() -> this.relations.checkBlocked("", List.of("a"), BlockCheckType.BOTH));
		calls.add(() -> this.relations.follow("id", lateBad));
		calls.add(() -> this.relations.unfollow("id", lateBad));
		calls.add(() -> this.relations.checkFollows("id", lateBad));
		calls.add(() -> this.relations.followCounts("id", lateBad));
		calls.add(() -> this.relations.friends(""));
		calls.add(() -> this.relations.blocklist(""));
		calls.add(() -> this.relations.blocklist(GetBlocklistRequest.first("id", 5000)));
		calls.add(() -> this.relations.follows("", FollowListType.FOLLOWING));
		calls.add(() -> this.relations.deleteAll("", null));
		calls.add(() -> this.relations.deleteFriendLists("id", List.of()));
		calls.add(() -> this.relations.friendLists(GetFriendListsRequest.all("")));
		calls.add(() -> this.relations.addFriendLists(new AddFriendListsRequest("id", List.of(), null)));
		calls.add(() -> this.relations.add(AddFriendRequest.of("id", List.of(FriendToAdd.of("", SOURCE)))));
		calls.add(() -> this.relations.importFriends(new ImportFriendsRequest("id", List.of())));
		calls.add(() -> this.relations.update(new UpdateFriendsRequest("", List.of(FriendUpdate.remark("a", "r")))));
		for (int i = 0; i < calls.size(); i++) {
			Supplier<Publisher<?>> call = calls.get(i);
			assertThatIllegalArgumentException().as("call %d", i)
				.isThrownBy(() -> Flux.from(call.get()).blockLast(Duration.ofSeconds(10)));
		}
	}

}
