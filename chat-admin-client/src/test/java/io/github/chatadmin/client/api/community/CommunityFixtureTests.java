package io.github.chatadmin.client.api.community;

import java.util.List;

import io.github.chatadmin.client.ChatResponse;
import io.github.chatadmin.client.GoldenFixtures;
import io.github.chatadmin.client.api.group.GroupType;
import io.github.chatadmin.client.api.group.MessageFlag;
import io.github.chatadmin.client.api.group.MuteAllMember;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Golden fixtures of the community commands, from the vendor's pages: each typed request
 * is written as the page's request example, and each response example is read with its
 * values. The pages of {@code create_permission_group}, {@code get_permission_group},
 * {@code set_topic_permission_group}, {@code add_permission_group_member},
 * {@code get_permission_group_member_list} show no complete response, and those of
 * {@code delete_topic_permission_group} and {@code delete_permission_group_member} no
 * example at all.
 */
class CommunityFixtureTests {

	private static final GoldenFixtures fixtures = GoldenFixtures.of(CommunityFixtureTests.class);

	private static final String COMMUNITY = "@TGS#_@TGS#cQVLVHIM62CJ";

	private static final String PERMISSION_COMMUNITY = "@TGS#_@TGS#cV6IHIIM62C4";

	private static final String TOPIC_GROUP = "@PMG#_test_permission_group_with_topic";

	private static void assertOk(String name) {
		ChatResponse response = fixtures.read(name, ChatResponse.class);
		assertThat(response.actionStatus()).isEqualTo("OK");
		assertThat(response.errorCode()).isZero();
	}

	@Test
	void create_topic() {
		fixtures.assertWrittenAs(CreateTopicRequest.builder(COMMUNITY, "TestTopic").build(),
				"create_topic.request.json");
		fixtures.assertWrittenAs(
				CreateTopicRequest.builder(COMMUNITY, "TestTopic").topicId(COMMUNITY + "@TOPIC#_TestTopic").build(),
				"create_topic.request-2.json");
		fixtures.assertWrittenAs(CreateTopicRequest.builder(COMMUNITY, "TestTopic")
			.topicId(COMMUNITY + "@TOPIC#_TestTopic")
			.fromAccount("1400187352")
			.customString("This is a custom string")
			.faceUrl("http://this.is.face.url")
			.notification("This is topic Notification")
			.introduction("This is topic Introduction")
			.build(), "create_topic.request-3.json");
		assertThat(fixtures.read("create_topic.response.json", TopicIdResponse.class).topicId())
			.isEqualTo(COMMUNITY + "@TOPIC#_@TOPIC#cETE3HIM62CQ");
		assertThat(fixtures.read("create_topic.response-2.json", TopicIdResponse.class).topicId())
			.isEqualTo(COMMUNITY + "@TOPIC#_TestTopic");
	}

	@Test
	void get_topic() {
		String topic = COMMUNITY + "@TOPIC#_@TOPIC#cRTE3HIM62C5";
		fixtures.assertWrittenAs(GetTopicsRequest.all(COMMUNITY, "1400187352"), "get_topic.request.json");
		fixtures.assertWrittenAs(GetTopicsRequest.of(COMMUNITY, "1400187352", List.of(topic)),
				"get_topic.request-2.json");
		fixtures.assertWrittenAs(new GetTopicsRequest(COMMUNITY, "1400187352", List.of(topic),
				List.of("TopicName", "FaceUrl", "Notification", "Introduction")), "get_topic.request-3.json");
		TopicsResponse response = fixtures.read("get_topic.response.json", TopicsResponse.class);
		TopicAndSelfInfo item = response.topics().get(0);
		assertThat(item.errorCode()).isZero();
		assertThat(item.selfInfo().shutUpTime()).isZero();
		assertThat(item.selfInfo().msgFlag()).isEqualTo(MessageFlag.ACCEPT_AND_NOTIFY);
		TopicInfo info = item.topicInfo();
		assertThat(info.topicId()).isEqualTo(topic);
		assertThat(info.groupId()).isEqualTo(COMMUNITY);
		assertThat(info.topicName()).isEqualTo("TestTopicName");
		assertThat(info.nextMsgSeq()).isEqualTo(1L);
		assertThat(info.createTime()).isEqualTo(1658839448L);
		assertThat(info.lastMsgTime()).isZero();
		assertThat(info.muteAllMember()).isEqualTo(MuteAllMember.OFF);
		assertThat(info.customString()).isEqualTo("This is a customs string.");
		TopicInfo filtered = fixtures.read("get_topic.response-2.json", TopicsResponse.class)
			.topics()
			.get(0)
			.topicInfo();
		assertThat(filtered.faceUrl()).isEqualTo("http://this.is.new.face.url");
		assertThat(filtered.createTime()).isNull();
	}

	@Test
	void modify_topic() {
		String topic = COMMUNITY + "@TOPIC#_@TOPIC#cRTE3HIM62C5";
		fixtures.assertWrittenAs(ModifyTopicRequest.builder(COMMUNITY, topic)
			.topicName("TestTopicName")
			.notification("Notification")
			.build(), "modify_topic.request.json");
		fixtures.assertWrittenAs(ModifyTopicRequest.builder(COMMUNITY, topic)
			.fromAccount("1400187352")
			.topicName("TestTopicName")
			.faceUrl("http://this.is.new.face.url")
			.notification("Notification")
			.introduction("Introduction")
			.muteAllMember(MuteAllMember.ON)
			.customString("This is a customs string.")
			.build(), "modify_topic.request-2.json");
		assertOk("modify_topic.response.json");
	}

	@Test
	void destroy_topic() {
		fixtures.assertWrittenAs(
				new DestroyTopicsRequest(COMMUNITY,
						List.of(COMMUNITY + "@TOPIC#_TestTopic", COMMUNITY + "@TOPIC#_TestTopic_1")),
				"destroy_topic.request.json");
		DestroyTopicsResponse response = fixtures.read("destroy_topic.response.json", DestroyTopicsResponse.class);
		assertThat(response.results()).extracting(TopicResult::topicId)
			.containsExactly(COMMUNITY + "@TOPIC#_TestTopic", COMMUNITY + "@TOPIC#_TestTopic_1");
		assertThat(response.failures()).isEmpty();
	}

	@Test
	void import_topic() {
		String community = "@TGS#_@TGS#cBZXAIIM62CV";
		fixtures.assertWrittenAs(ImportTopicRequest.builder(community, "test_topic3").createTime(1448357837).build(),
				"import_topic.request.json");
		fixtures.assertWrittenAs(ImportTopicRequest.builder(community, "test_topic3")
			.type(GroupType.COMMUNITY)
			.introduction("This is topic Introduction")
			.notification("This is topic Notification")
			.faceUrl("http://this.is.face.url")
			.createTime(1448357837)
			.build(), "import_topic.request-2.json");
		assertThat(fixtures.read("import_topic.response.json", TopicIdResponse.class).topicId())
			.isEqualTo(community + "@TOPIC#_@TOPIC#cTCCCIIM62CW");
		assertThat(fixtures.read("import_topic.response-2.json", TopicIdResponse.class).topicId())
			.isEqualTo(community + "@TOPIC#_@TOPIC#c5CCCIIM62CW");
	}

	@Test
	void create_permission_group() {
		fixtures.assertWrittenAs(new CreatePermissionGroupRequest(PERMISSION_COMMUNITY, "@PMG#_test_permission_group",
				"test_permission_group", 123L, "test_custom_string"), "create_permission_group.request.json");
	}

	@Test
	void destroy_permission_group() {
		fixtures.assertWrittenAs(
				new DestroyPermissionGroupsRequest(PERMISSION_COMMUNITY, List.of("@PMG#_@PMG#cM2", "@PMG#_@PMG#cN3")),
				"destroy_permission_group.request.json");
		PermissionGroupResultsResponse response = fixtures.read("destroy_permission_group.response.json",
				PermissionGroupResultsResponse.class);
		assertThat(response.results()).containsExactly(new PermissionGroupResult(0, "", "@PMG#_@PMG#cM2"),
				new PermissionGroupResult(0, "", "@PMG#_@PMG#cN3"));
	}

	@Test
	void modify_permission_group() {
		fixtures.assertWrittenAs(
				new ModifyPermissionGroupRequest(PERMISSION_COMMUNITY, "@PMG#_test_permission_group",
						"test_modify_group_name", 123L, "test_modify_custom_string"),
				"modify_permission_group.request.json");
		assertOk("modify_permission_group.response.json");
	}

	@Test
	void get_permission_group() {
		fixtures.assertWrittenAs(GetPermissionGroupsRequest.first(PERMISSION_COMMUNITY, 20),
				"get_permission_group.request.json");
		fixtures.assertWrittenAs(
				GetPermissionGroupsRequest.of(PERMISSION_COMMUNITY, List.of(TOPIC_GROUP, "@PMG#_@PMG#cA7VPIIM62CJ")),
				"get_permission_group.request-2.json");
	}

	@Test
	void add_and_set_topic_permission_group() {
		fixtures.assertWrittenAs(
				new TopicPermissionsRequest(PERMISSION_COMMUNITY, TOPIC_GROUP,
						List.of(new TopicPermission(PERMISSION_COMMUNITY + "@TOPIC#_@TOPIC#cKXPQIIM62CD", 1234))),
				"add_topic_permission_group.request.json");
		fixtures.assertWrittenAs(
				new TopicPermissionsRequest(PERMISSION_COMMUNITY, TOPIC_GROUP,
						List.of(new TopicPermission(PERMISSION_COMMUNITY + "@TOPIC#_@TOPIC#cTEJHIIM62CJ", 123456))),
				"set_topic_permission_group.request.json");
		TopicPermissionsResponse response = fixtures.read("add_topic_permission_group.response.json",
				TopicPermissionsResponse.class);
		assertThat(response.results()).containsExactly(
				new TopicPermissionResult(0, "", PERMISSION_COMMUNITY + "@TOPIC#_@TOPIC#cKXPQIIM62CD", null));
	}

	@Test
	void get_topic_permission_group() {
		fixtures.assertWrittenAs(new GetTopicPermissionsRequest(PERMISSION_COMMUNITY, TOPIC_GROUP, null),
				"get_topic_permission_group.request.json");
		fixtures.assertWrittenAs(
				new GetTopicPermissionsRequest(PERMISSION_COMMUNITY, TOPIC_GROUP,
						List.of(PERMISSION_COMMUNITY + "@TOPIC#_@TOPIC#cTEJHIIM62CJ")),
				"get_topic_permission_group.request-2.json");
		TopicPermissionsResponse response = fixtures.read("get_topic_permission_group.response.json",
				TopicPermissionsResponse.class);
		assertThat(response.results()).extracting(TopicPermissionResult::permission).containsExactly(1234L, 123456L);
	}

	@Test
	void add_permission_group_member() {
		fixtures.assertWrittenAs(
				PermissionGroupMembersRequest.of("@TGS#_@TGS#cAVQXXXXXX", "@PMG#_@PMG#cDR", List.of("tommy", "jared")),
				"add_permission_group_member.request.json");
	}

	@Test
	void get_permission_group_member_list() {
		fixtures.assertWrittenAs(
				new PermissionGroupMemberListRequest("@TGS#_@TGS#cAVQXXXXXX", "@PMG#_@PMG#cDR", null, null),
				"get_permission_group_member_list.request.json");
		fixtures.assertWrittenAs(PermissionGroupMemberListRequest.first("@TGS#_@TGS#cAVQXXXXXX", "@PMG#_@PMG#cDR", 50),
				"get_permission_group_member_list.request-2.json");
	}

}
