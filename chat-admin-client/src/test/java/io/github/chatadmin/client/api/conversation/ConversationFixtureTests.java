package io.github.chatadmin.client.api.conversation;

import java.util.List;

import io.github.chatadmin.client.ChatResponse;
import io.github.chatadmin.client.GoldenFixtures;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Golden fixtures of the conversation commands, from the vendor's pages: each typed
 * request is written as the page's request example, and each response example is read
 * with its values.
 */
class ConversationFixtureTests {

	private static final GoldenFixtures fixtures = GoldenFixtures.of(ConversationFixtureTests.class);

	@Test
	void get_list() {
		fixtures.assertWrittenAs(new GetConversationsRequest("id1", 0, 0, 0, 0, 7), "get_list.request.json");
		fixtures.assertWrittenAs(GetConversationsRequest.first("user_0001"), "get_list.request-2.json");
		GetConversationsResponse page = fixtures.read("get_list.response.json", GetConversationsResponse.class);
		assertThat(page.conversations()).hasSize(4);
		GetConversationsResponse.Conversation first = page.conversations().get(0);
		assertThat(first.type()).isEqualTo(ConversationType.C2C);
		assertThat(first.toAccount()).isEqualTo("id2");
		assertThat(first.msgTime()).isEqualTo(1630997627L);
		assertThat(first.isPinned()).isTrue();
		GetConversationsResponse.Conversation group = page.conversations().get(3);
		assertThat(group.type()).isEqualTo(ConversationType.GROUP);
		assertThat(group.groupId()).isEqualTo("id5");
		assertThat(group.isPinned()).isFalse();
		assertThat(page.completeFlag()).isEqualTo(1);
		assertThat(page.timeStamp()).isEqualTo(1631012800L);
		assertThat(page.topTimeStamp()).isEqualTo(1631012800L);
		assertThat(page.extra()).containsKey("ActionStatus");
		assertThat(GetConversationsRequest.first("id1").next(page)).isNull();
	}

	@Test
	void delete() {
		fixtures.assertWrittenAs(DeleteConversationRequest.of("id1", ConversationRef.user("id2"), true),
				"delete.request.json");
		fixtures.assertWrittenAs(DeleteConversationRequest.of("id1", ConversationRef.group("id2"), true),
				"delete.request-2.json");
		assertThat(fixtures.read("delete.response.json", ChatResponse.class).errorCode()).isZero();
	}

	@Test
	void create_contact_group() {
		fixtures.assertWrittenAs(
				CreateContactGroupRequest.of("user15", "test0", List.of(ConversationRef.user("user0"))),
				"create_contact_group.request.json");
		fixtures.assertWrittenAs(
				CreateContactGroupRequest.of("user_0001", "group_0001",
						List.of(ConversationRef.user("user_0002"), ConversationRef.group("@TGS#1B2AUI7RZ"))),
				"create_contact_group.request-2.json");
		CreateContactGroupResponse response = fixtures.read("create_contact_group.response.json",
				CreateContactGroupResponse.class);
		assertThat(response.results()).singleElement().satisfies((result) -> {
			assertThat(result.groupItem()).isEqualTo(new ContactGroup("test2", 2));
			assertThat(result.results()).singleElement().satisfies((item) -> {
				assertThat(item.contactItem()).isEqualTo(ConversationRef.user("user1"));
				assertThat(item.isSuccess()).isTrue();
			});
		});
		assertThat(response.extra()).containsKey("ErrorDisplay");
	}

	@Test
	void update_contact_group() {
		fixtures.assertWrittenAs(
				UpdateContactGroupRequest.change("user20", "test1", List.of(ConversationRef.user("user1")), List.of()),
				"update_contact_group.request.json");
		UpdateContactGroupResponse response = fixtures.read("update_contact_group.response.json",
				UpdateContactGroupResponse.class);
		assertThat(response.updateType()).isEqualTo(1);
		assertThat(response.updateGroupResult().groupName()).isEqualTo("test1");
		assertThat(response.updateGroupResult().groupId()).isEqualTo(1L);
		assertThat(response.updateGroupResult().results()).singleElement().satisfies((result) -> {
			assertThat(result.contactItem()).isEqualTo(ConversationRef.user("user1"));
			assertThat(result.isSuccess()).isTrue();
		});
		assertThat(response.extra()).containsKeys("ActionStatus", "ErrorCode", "ErrorInfo");
	}

	@Test
	void del_contact_group() {
		fixtures.assertWrittenAs(DeleteContactGroupRequest.of("user15", "test0"), "del_contact_group.request.json");
		DeleteContactGroupResponse response = fixtures.read("del_contact_group.response.json",
				DeleteContactGroupResponse.class);
		assertThat(response.groups()).containsExactly(new ContactGroup("test0", 2));
	}

	@Test
	void mark_contact() {
		fixtures
			.assertWrittenAs(
					new MarkContactRequest("user0", List.of(new MarkContactRequest.Mark(MarkContactRequest.BOTH,
							ConversationRef.user("user1"), null, List.of(1, 2, 3), "abcd"))),
					"mark_contact.request.json");
		MarkContactResponse response = fixtures.read("mark_contact.response.json", MarkContactResponse.class);
		assertThat(response.results()).singleElement().satisfies((result) -> {
			assertThat(result.optType()).isEqualTo(3);
			assertThat(result.contactItem()).isEqualTo(ConversationRef.user("user1"));
			assertThat(result.resultCode()).isZero();
		});
		assertThat(response.extra()).containsKey("ErrorDisplay");
	}

	@Test
	void search_contact_group() {
		fixtures.assertWrittenAs(new SearchContactGroupRequest("yahaha", List.of(ConversationRef.user("xixi"))),
				"search_contact_group.request.json");
		fixtures.assertWrittenAs(
				new SearchContactGroupRequest("user_0001",
						List.of(ConversationRef.user("user_0002"), ConversationRef.group("@TGS#1B2AUI7RZ"))),
				"search_contact_group.request-2.json");
		SearchContactGroupResponse one = fixtures.read("search_contact_group.response.json",
				SearchContactGroupResponse.class);
		assertThat(one.conversations()).singleElement().satisfies((marks) -> {
			assertThat(marks.conversation()).isEqualTo(ConversationRef.user("xixi"));
			assertThat(marks.standardMark()).isEqualTo("11111110");
			assertThat(marks.customMark()).isEqualTo("xxyyyzzzfffffffxxx111111");
			assertThat(marks.groupIds()).containsExactly(1L, 2L);
			assertThat(marks.timestamp()).isEqualTo(1673500546L);
		});
		assertThat(one.groups()).containsExactly(new ContactGroup("test1x", 1), new ContactGroup("test10", 2));
		SearchContactGroupResponse two = fixtures.read("search_contact_group.response-2.json",
				SearchContactGroupResponse.class);
		assertThat(two.conversations().get(1).conversation()).isEqualTo(ConversationRef.group("@TGS#1B2AUI7RZ"));
		assertThat(two.conversations().get(1).timestamp()).isEqualTo(1775186067L);
	}

	@Test
	void get_contact_group() {
		fixtures.assertWrittenAs(GetContactGroupRequest.first("user0"), "get_contact_group.request.json");
		GetContactGroupResponse page = fixtures.read("get_contact_group.response.json", GetContactGroupResponse.class);
		assertThat(page.conversations()).extracting(ConversationMarks::conversation)
			.containsExactly(ConversationRef.user("teacher4"), ConversationRef.group("@TGS#1N3RSUYG2"));
		assertThat(page.conversations().get(1).customMark()).isEqualTo("abcd");
		assertThat(page.conversations().get(1).groupIds()).isEmpty();
		assertThat(page.groups()).hasSize(2);
		assertThat(page.completeFlag()).isEqualTo(1);
		assertThat(GetContactGroupRequest.first("user0").next(page)).isNull();
	}

	@Test
	void typeShouldKeepAValueItDoesNotKnow() {
		ConversationRef ref = GoldenFixtures.mapper()
			.readValue("{\"Type\":7,\"To_Account\":\"id2\"}", ConversationRef.class);
		assertThat(ref.type().value()).isEqualTo(7);
		assertThat(ref.type().isKnown()).isFalse();
		assertThat(ref.type()).isNotEqualTo(ConversationType.C2C).isNotEqualTo(ConversationType.GROUP);
		assertThat(GoldenFixtures.written(ref).get("Type").asInt()).isEqualTo(7);
		assertThat(GoldenFixtures.written(ref.type()).asInt()).isEqualTo(7);
		assertThat(GoldenFixtures.mapper().readValue("1", ConversationType.class)).isSameAs(ConversationType.C2C);
		assertThat(GoldenFixtures.mapper().readValue("2", ConversationType.class).isKnown()).isTrue();
		assertThat(GoldenFixtures.written(ConversationType.GROUP).asInt()).isEqualTo(2);
	}

}
