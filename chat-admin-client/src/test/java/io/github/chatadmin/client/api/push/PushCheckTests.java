package io.github.chatadmin.client.api.push;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.chatadmin.client.ChatAdminTemplate;
import io.github.chatadmin.client.ChatCommand;
import io.github.chatadmin.client.TestTemplates;
import io.github.chatadmin.client.api.message.OfflinePushInfo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import reactor.core.publisher.Mono;

import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests that every push command refuses bad input before anything is sent.
 */
class PushCheckTests {

	private static final OfflinePushInfo INFO = OfflinePushInfo.builder().title("t").desc("d").build();

	@RegisterExtension
	static WireMockExtension wireMock = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
		.build();

	private ChatAdminTemplate template;

	private PushOperations push;

	@BeforeEach
	void create() {
		wireMock.stubFor(post(anyUrl()).willReturn(okJson("{\"ActionStatus\":\"OK\",\"ErrorCode\":0}")));
		this.template = TestTemplates.builder("http://127.0.0.1:" + wireMock.getPort()).build();
		this.push = new DefaultPushOperations(this.template, 4);
	}

	@AfterEach
	void close() {
		this.template.close();
		wireMock.verify(0, postRequestedFor(anyUrl()));
	}

	static Stream<Arguments> badRequests() {
		List<String> users101 = IntStream.range(0, 101).mapToObj((i) -> "u" + i).toList();
		List<String> users501 = IntStream.range(0, 501).mapToObj((i) -> "u" + i).toList();
		ScheduledPushContent all = ScheduledPushContent.toAll("admin", INFO);
		return Stream.of(bad(PushCommands.PUSH, PushRequest.builder().build(), "'OfflinePushInfo'"),
				bad(PushCommands.PUSH, PushRequest.builder().msgRandom(4294967296L).offlinePushInfo(INFO).build(),
						"'MsgRandom'"),
				bad(PushCommands.PUSH,
						PushRequest.builder()
							.condition(new PushCondition(List.of("a"), null, null, Map.of("k", "v"), null))
							.offlinePushInfo(INFO)
							.build(),
						"90039"),
				bad(PushCommands.PUSH,
						PushRequest.builder().condition(PushCondition.tagsOr("a", "a")).offlinePushInfo(INFO).build(),
						"90022"),
				bad(PushCommands.PUSH,
						PushRequest.builder()
							.condition(PushCondition
								.tagsOr(IntStream.range(0, 11).mapToObj((i) -> "t" + i).toArray(String[]::new)))
							.offlinePushInfo(INFO)
							.build(),
						"'Condition.TagsOr'"),
				bad(PushCommands.PUSH,
						PushRequest.builder()
							.condition(PushCondition.tagsAnd("x".repeat(51)))
							.offlinePushInfo(INFO)
							.build(),
						"'Condition.TagsAnd[0]' is 51 bytes"),
				bad(PushCommands.PUSH, PushRequest.builder().onlineOnlyFlag(2).offlinePushInfo(INFO).build(),
						"'OnlineOnlyFlag'"),
				bad(PushCommands.PUSH_TO_USERS, UserPushRequest.of("admin", users501, INFO), "at most 500"),
				bad(PushCommands.PUSH_TO_USERS, UserPushRequest.of("admin", List.of(), INFO), "'To_Account'"),
				bad(PushCommands.PUSH_TO_USERS,
						UserPushRequest.of("admin", List.of("u"), INFO).withDataId("x".repeat(65)), "'DataId'"),
				bad(PushCommands.REVOKE, RevokePushRequest.of(""), "'TaskId'"),
				bad(PushCommands.SET_ATTRIBUTE_NAMES, AttributeNamesRequest.of(Map.of("a", "sex")), "'AttrNames' keys"),
				bad(PushCommands.SET_ATTRIBUTE_NAMES,
						AttributeNamesRequest.of(Map.of("0", "sex")).withTypes(Map.of("1", 0)), "'AttrTypes.1'"),
				bad(PushCommands.SET_ATTRIBUTE_NAMES,
						AttributeNamesRequest.of(Map.of("0", "sex")).withTypes(Map.of("0", 2)), "'AttrTypes.0'"),
				bad(PushCommands.LEGACY_SET_ATTRIBUTE_NAMES,
						AttributeNamesRequest.of(Map.of("0", "sex")).withTypes(Map.of("0", 0)), "legacy"),
				bad(PushCommands.GET_ATTRIBUTES, PushUsersRequest.of(users101), "at most 100"),
				bad(PushCommands.GET_ATTRIBUTES, PushUsersRequest.of(List.of("")), "'To_Account[0]'"),
				bad(PushCommands.SET_ATTRIBUTES,
						new UserAttributesRequest(List.of(new UserAttributes("u", Map.of("city", "x".repeat(51))))),
						"'UserAttrs[0].Attrs.city'"),
				bad(PushCommands.REMOVE_ATTRIBUTES,
						new RemoveAttributesRequest(List.of(new UserAttributeNames("u", List.of()))),
						"'UserAttrs[0].Attrs'"),
				bad(PushCommands.GET_TAGS, PushUsersRequest.of(List.of()), "'To_Account'"),
				bad(PushCommands.ADD_TAGS,
						new UserTagsRequest(
								List.of(new UserTags("u", IntStream.range(0, 11).mapToObj((i) -> "t" + i).toList()))),
						"'UserTags[0].Tags'"),
				bad(PushCommands.REMOVE_TAGS, new UserTagsRequest(List.of(new UserTags("", List.of("a")))),
						"'UserTags[0].To_Account'"),
				bad(PushCommands.CLEAR_TAGS, PushUsersRequest.of(users101), "at most 100"),
				bad(PushCommands.ADD_SCHEDULED,
						new AddScheduledPushRequest(1, ScheduledPushType.ALL, "2025-06-01T10:00:00Z", all),
						"'SchedAt'"),
				bad(PushCommands.ADD_SCHEDULED,
						new AddScheduledPushRequest(1, ScheduledPushType.of("Some"), "2025-06-01 10:00:00", all),
						"'Type'"),
				bad(PushCommands.ADD_SCHEDULED,
						new AddScheduledPushRequest(1, ScheduledPushType.USER, "2025-06-01 10:00:00",
								ScheduledPushContent.toUsers("a", users501, INFO)),
						"'Content.To_Account'"),
				bad(PushCommands.ADD_SCHEDULED,
						new AddScheduledPushRequest(1, ScheduledPushType.TAG, "2025-06-01 10:00:00", all),
						"'Content.Condition'"),
				bad(PushCommands.ADD_SCHEDULED,
						new AddScheduledPushRequest(0, ScheduledPushType.ALL, "2025-06-01 10:00:00", all),
						"'Sdkappid'"),
				bad(PushCommands.GET_SCHEDULED, new ScheduledTaskRequest(1, 0), "'TaskID'"),
				bad(PushCommands.LIST_SCHEDULED,
						new ListScheduledTasksRequest(1, 0, 0, "schedat", false, "2025-05-01 00:00:00",
								"2025-06-01 00:00:00", null),
						"'Want'"),
				bad(PushCommands.LIST_SCHEDULED,
						new ListScheduledTasksRequest(1, 0, 10, "schedat", false, "2025-07-01 00:00:00",
								"2025-06-01 00:00:00", null),
						"'BeginTime'"),
				bad(PushCommands.DELETE_SCHEDULED, new DeleteScheduledPushRequest(1, 5, null), "'Type'"),
				bad(PushCommands.MODIFY_SCHEDULED,
						new ModifyScheduledPushRequest(1, 5, ScheduledPushType.ALL, null, null), "changes nothing"),
				bad(PushCommands.LEGACY_PUSH, LegacyPushRequest.builder().build(), "'MsgBody'"),
				bad(PushCommands.LEGACY_PUSH, LegacyPushRequest.builder().msgLifeTime(604801).text("x").build(),
						"'MsgLifeTime'"),
				bad(PushCommands.LEGACY_PUSH,
						LegacyPushRequest.builder()
							.condition(PushCondition.tagsOr("a").withTagsNot("b"))
							.text("x")
							.build(),
						"'Condition.TagsNot'"),
				bad(PushCommands.LEGACY_GET_ATTRIBUTES, PushUsersRequest.of(List.of("x".repeat(33))),
						"'To_Account[0]'"),
				bad(PushCommands.LEGACY_SET_ATTRIBUTES, new UserAttributesRequest(List.of()), "'UserAttrs'"),
				bad(PushCommands.LEGACY_REMOVE_ATTRIBUTES, new RemoveAttributesRequest(List.of()), "'UserAttrs'"),
				bad(PushCommands.LEGACY_GET_TAGS, PushUsersRequest.of(users101), "at most 100"),
				bad(PushCommands.LEGACY_ADD_TAGS, new UserTagsRequest(List.of()), "'UserTags'"),
				bad(PushCommands.LEGACY_REMOVE_TAGS, new UserTagsRequest(List.of(new UserTags("u", null))),
						"'UserTags[0].Tags'"),
				bad(PushCommands.LEGACY_CLEAR_TAGS, PushUsersRequest.of(List.of()), "'To_Account'"));
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
		List<String> users = new ArrayList<>(IntStream.range(0, 250).mapToObj((i) -> "u" + i).toList());
		users.set(240, "");
		List<Supplier<Mono<?>>> calls = new ArrayList<>();
		calls.add(() -> this.push.attributes(users));
		calls.add(() -> this.push.tags(users));
		calls.add(() -> this.push.clearTags(users));
		calls.add(() -> this.push.legacyClearTags(users));
		calls.add(() -> this.push.addTags(users.stream().map((user) -> new UserTags(user, List.of("a"))).toList()));
		calls.add(() -> this.push.attributes(List.of()));
		calls.add(() -> this.push.revoke(""));
		calls.add(() -> this.push
			.scheduledTasks(new ListScheduledTasksRequest(1, -1, 10, "schedat", false, "2025-05-01 00:00:00",
					"2025-06-01 00:00:00", null))
			.then());
		for (Supplier<Mono<?>> call : calls) {
			assertThatIllegalArgumentException().isThrownBy(() -> call.get().block(Duration.ofSeconds(10)));
		}
	}

}
