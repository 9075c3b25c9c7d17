package io.github.chatadmin.client.api.community;

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
import io.github.chatadmin.client.api.group.GroupType;
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
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * Tests that every community command refuses bad input before anything is sent, on the
 * typed operations and on {@code execute(ChatCommand, request)}.
 */
class CommunityCheckTests {

	private static final String COMMUNITY = "@TGS#_@TGS#cQVLVHIM62CJ";

	private static final String TOPIC = COMMUNITY + "@TOPIC#_@TOPIC#cRTE3HIM62C5";

	private static final String PMG = "@PMG#_@PMG#cDR";

	@RegisterExtension
	static WireMockExtension wireMock = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
		.build();

	private ChatAdminTemplate template;

	private CommunityOperations communities;

	@BeforeEach
	void create() {
		wireMock.stubFor(post(anyUrl()).willReturn(okJson("{\"ActionStatus\":\"OK\",\"ErrorCode\":0}")));
		this.template = TestTemplates.builder("http://127.0.0.1:" + wireMock.getPort()).build();
		this.communities = new DefaultCommunityOperations(this.template, 4);
	}

	@AfterEach
	void close() {
		this.template.close();
		wireMock.verify(0, postRequestedFor(anyUrl()));
	}

	static List<String> users(int count) {
		return IntStream.range(0, count).mapToObj((i) -> "u" + i).toList();
	}

	static Stream<Arguments> badRequests() {
		return Stream.of(
				bad(CommunityCommands.CREATE_TOPIC, CreateTopicRequest.builder("@TGS#2C5SZEAEF", "t").build(),
						"community ID"),
				bad(CommunityCommands.CREATE_TOPIC, CreateTopicRequest.builder(COMMUNITY, "").build(), "'TopicName'"),
				bad(CommunityCommands.CREATE_TOPIC, CreateTopicRequest.builder(COMMUNITY, "t".repeat(31)).build(),
						"'TopicName'"),
				bad(CommunityCommands.CREATE_TOPIC, CreateTopicRequest.builder(COMMUNITY, "t").topicId("mine").build(),
						"'TopicId'"),
				bad(CommunityCommands.CREATE_TOPIC,
						CreateTopicRequest.builder(COMMUNITY, "t").topicId(COMMUNITY + "@TOPIC#_x@TGS#_y").build(),
						"'TopicId'"),
				bad(CommunityCommands.CREATE_TOPIC,
						CreateTopicRequest.builder(COMMUNITY, "t")
							.topicId(COMMUNITY + "@TOPIC#_" + "x".repeat(80))
							.build(),
						"96"),
				bad(CommunityCommands.CREATE_TOPIC,
						CreateTopicRequest.builder(COMMUNITY, "t").customString("c".repeat(3001)).build(),
						"'CustomString'"),
				bad(CommunityCommands.GET_TOPICS, new GetTopicsRequest(COMMUNITY, "", null, null), "'From_Account'"),
				bad(CommunityCommands.GET_TOPICS, GetTopicsRequest.of(COMMUNITY, "a", List.of("")), "'TopicIdList[0]'"),
				bad(CommunityCommands.MODIFY_TOPIC, ModifyTopicRequest.builder(COMMUNITY, "").build(), "'TopicId'"),
				bad(CommunityCommands.MODIFY_TOPIC,
						ModifyTopicRequest.builder(COMMUNITY, TOPIC).notification("n".repeat(301)).build(),
						"'Notification'"),
				bad(CommunityCommands.DESTROY_TOPICS, new DestroyTopicsRequest(COMMUNITY, List.of()), "'TopicIdList'"),
				bad(CommunityCommands.IMPORT_TOPIC,
						ImportTopicRequest.builder(COMMUNITY, "t").type(GroupType.PUBLIC).build(), "'Type'"),
				bad(CommunityCommands.IMPORT_TOPIC, ImportTopicRequest.builder(COMMUNITY, "t").createTime(-1).build(),
						"'CreateTime'"),
				bad(CommunityCommands.CREATE_PERMISSION_GROUP,
						CreatePermissionGroupRequest.of(COMMUNITY, "n".repeat(151), 1), "'PermissionGroupName'"),
				bad(CommunityCommands.CREATE_PERMISSION_GROUP, CreatePermissionGroupRequest.of(COMMUNITY, "n", -1),
						"'Permission'"),
				bad(CommunityCommands.DESTROY_PERMISSION_GROUPS,
						new DestroyPermissionGroupsRequest(COMMUNITY, users(21)), "at most 20"),
				bad(CommunityCommands.MODIFY_PERMISSION_GROUP,
						new ModifyPermissionGroupRequest(COMMUNITY, "", null, null, null), "'PermissionGroupId'"),
				bad(CommunityCommands.GET_PERMISSION_GROUPS, GetPermissionGroupsRequest.first(COMMUNITY, 21),
						"'Limit'"),
				bad(CommunityCommands.ADD_TOPIC_PERMISSIONS,
						new TopicPermissionsRequest(COMMUNITY, PMG,
								IntStream.range(0, 51).mapToObj((i) -> new TopicPermission(TOPIC + i, 1)).toList()),
						"at most 50"),
				bad(CommunityCommands.SET_TOPIC_PERMISSIONS, new TopicPermissionsRequest(COMMUNITY, PMG, List.of()),
						"'TopicPermissionList'"),
				bad(CommunityCommands.DELETE_TOPIC_PERMISSIONS,
						new DeleteTopicPermissionsRequest(COMMUNITY, PMG, List.of()), "'TopicIdList'"),
				bad(CommunityCommands.GET_TOPIC_PERMISSIONS, new GetTopicPermissionsRequest(COMMUNITY, "", null),
						"'PermissionGroupId'"),
				bad(CommunityCommands.ADD_PERMISSION_GROUP_MEMBERS,
						PermissionGroupMembersRequest.of(COMMUNITY, PMG, users(101)), "at most 100"),
				bad(CommunityCommands.DELETE_PERMISSION_GROUP_MEMBERS,
						PermissionGroupMembersRequest.of(COMMUNITY, PMG, List.of("x".repeat(33))),
						"'MemberList[0].Member_Account'"),
				bad(CommunityCommands.PERMISSION_GROUP_MEMBERS,
						PermissionGroupMemberListRequest.first(COMMUNITY, PMG, 0), "'Limit'"));
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
	void customTopicIdsOfTheVendorsShapeShouldPass() {
		assertThatNoException().isThrownBy(() -> CommunityCommands.CREATE_TOPIC
			.validate(CreateTopicRequest.builder(COMMUNITY, "t").topicId(COMMUNITY + "@TOPIC#_TestTopic").build()));
	}

	@Test
	void operationsShouldRefuseBadInputBeforeSendingAnyPart() {
		List<String> longList = new ArrayList<>(users(250));
		longList.set(240, "");
		List<Supplier<Mono<?>>> calls = new ArrayList<>();
		calls.add(() -> this.communities.createTopic(COMMUNITY, ""));
		calls.add(() -> this.communities.topics("@TGS#2C5SZEAEF", "a"));
		calls.add(() -> this.communities.modifyTopic(ModifyTopicRequest.builder(COMMUNITY, "").build()));
		calls.add(() -> this.communities.destroyTopics(COMMUNITY, List.of()));
		calls.add(() -> this.communities.importTopic(ImportTopicRequest.builder("", "t").build()));
		calls.add(() -> this.communities
			.createPermissionGroup(new CreatePermissionGroupRequest(COMMUNITY, null, "", null, null)));
		calls.add(() -> this.communities.destroyPermissionGroups(COMMUNITY, longList));
		calls.add(() -> this.communities
			.modifyPermissionGroup(new ModifyPermissionGroupRequest("", PMG, null, null, null)));
		calls.add(() -> this.communities.permissionGroups("").then());
		calls.add(() -> this.communities.permissionGroupsPage(GetPermissionGroupsRequest.of(COMMUNITY, List.of())));
		calls.add(() -> this.communities.addTopicPermissions(new TopicPermissionsRequest(COMMUNITY, PMG,
				IntStream.range(0, 120).mapToObj((i) -> new TopicPermission((i == 110) ? "" : TOPIC, 1)).toList())));
		calls.add(() -> this.communities.setTopicPermissions(new TopicPermissionsRequest(COMMUNITY, PMG, List.of())));
		calls.add(() -> this.communities.deleteTopicPermissions(COMMUNITY, PMG, List.of()));
		calls.add(() -> this.communities.topicPermissions(COMMUNITY, "", null));
		calls.add(() -> this.communities.addPermissionGroupMembers(COMMUNITY, PMG, longList));
		calls.add(() -> this.communities.deletePermissionGroupMembers(COMMUNITY, PMG, longList));
		calls.add(() -> this.communities.permissionGroupMembers(COMMUNITY, "").then());
		calls.add(() -> this.communities
			.permissionGroupMembersPage(new PermissionGroupMemberListRequest(COMMUNITY, PMG, -1, "")));
		for (int i = 0; i < calls.size(); i++) {
			Supplier<Mono<?>> call = calls.get(i);
			assertThatIllegalArgumentException().as("call %d", i)
				.isThrownBy(() -> call.get().block(Duration.ofSeconds(10)));
		}
	}

}
