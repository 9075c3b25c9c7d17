package io.github.chatadmin.client.api.conversation;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.chatadmin.client.ChatAdminOperations;
import io.github.chatadmin.client.ChatAdminTemplate;
import io.github.chatadmin.client.GoldenFixtures;
import io.github.chatadmin.client.TestTemplates;
import io.github.chatadmin.client.api.WireMockCalls;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.test.StepVerifier;
import tools.jackson.databind.JsonNode;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests of {@link DefaultConversationOperations} against WireMock: the conversation and
 * mark walks (lazy, following the vendor's cursors, refusing a cursor that does not
 * move), the splitting of marks and searches, and the checks of the declarations.
 */
class ConversationOperationsTests {

	private static final String GET_LIST = "/v4/recentcontact/get_list";

	private static final String GET_CONTACT_GROUP = "/v4/recentcontact/get_contact_group";

	private static final String MARK = "/v4/recentcontact/mark_contact";

	private static final String SEARCH = "/v4/recentcontact/search_contact_group";

	@RegisterExtension
	static WireMockExtension wireMock = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
		.build();

	private ChatAdminTemplate template;

	private ConversationOperations conversations;

	@BeforeEach
	void create() {
		this.template = TestTemplates.builder("http://127.0.0.1:" + wireMock.getPort()).build();
		this.conversations = new DefaultConversationOperations(this.template, 2);
	}

	@AfterEach
	void close() {
		this.template.close();
	}

	private static String listPage(int from, int to, int complete, long time, long index) {
		return WireMockCalls.ok("\"SessionItem\":["
				+ IntStream.range(from, to)
					.mapToObj((i) -> "{\"Type\":1,\"To_Account\":\"u" + i + "\",\"MsgTime\":" + (1700000000L - i)
							+ ",\"TopFlag\":0}")
					.collect(Collectors.joining(","))
				+ "],\"CompleteFlag\":" + complete + ",\"TimeStamp\":" + time + ",\"StartIndex\":" + index
				+ ",\"TopTimeStamp\":0,\"TopStartIndex\":0");
	}

	private static void stub(String path, String field, String value, String answer) {
		wireMock.stubFor(post(urlPathEqualTo(path)).withRequestBody(matchingJsonPath("$." + field, equalTo(value)))
			.willReturn(okJson(answer)));
	}

	@Test
	void listShouldFollowTheCursorsUntilCompleteFlag() {
		stub(GET_LIST, "StartIndex", "0", listPage(0, 2, 0, 1700000099L, 2));
		stub(GET_LIST, "StartIndex", "2", listPage(2, 3, 1, 0, 0));
		List<GetConversationsResponse.Conversation> all = this.conversations.list("alice")
			.collectList()
			.block(Duration.ofSeconds(10));
		assertThat(all).extracting(GetConversationsResponse.Conversation::toAccount).containsExactly("u0", "u1", "u2");
		List<JsonNode> bodies = WireMockCalls.bodies(wireMock, GET_LIST);
		assertThat(bodies).hasSize(2);
		assertThat(bodies.get(1).get("TimeStamp").asLong()).isEqualTo(1700000099L);
		assertThat(bodies.get(1).get("AssistFlags").asLong()).isEqualTo(GetConversationsRequest.ALL_FLAGS);
	}

	@Test
	void listShouldReadAPageOnlyOnDemand() {
		stub(GET_LIST, "StartIndex", "0", listPage(0, 2, 0, 5, 2));
		stub(GET_LIST, "StartIndex", "2", listPage(2, 3, 1, 0, 0));
		StepVerifier.create(this.conversations.list("alice"), 0)
			.thenRequest(1)
			.expectNextCount(1)
			.then(() -> assertThat(WireMockCalls.bodies(wireMock, GET_LIST)).hasSize(1))
			.thenCancel()
			.verify(Duration.ofSeconds(10));
	}

	@Test
	void listShouldFailOnACursorThatDoesNotMove() {
		stub(GET_LIST, "StartIndex", "0", listPage(0, 2, 0, 0, 0));
		StepVerifier.create(this.conversations.list("alice"))
			.expectNextCount(2)
			.expectError(IllegalStateException.class)
			.verify(Duration.ofSeconds(10));
	}

	@Test
	void marksShouldFollowNextStartIndex() {
		stub(GET_CONTACT_GROUP, "StartIndex", "0", WireMockCalls
			.ok("\"ContactItem\":[{\"Type\":1,\"To_Account\":\"a\",\"Timestamp\":1}],\"CompleteFlag\":0,\"NextStartIndex\":1"));
		stub(GET_CONTACT_GROUP, "StartIndex", "1", WireMockCalls
			.ok("\"ContactItem\":[{\"Type\":2,\"ToGroupId\":\"g\",\"Timestamp\":2}],\"CompleteFlag\":1,\"NextStartIndex\":0"));
		List<ConversationMarks> marks = this.conversations.marks("alice").collectList().block(Duration.ofSeconds(10));
		assertThat(marks).extracting(ConversationMarks::conversation)
			.containsExactly(ConversationRef.user("a"), ConversationRef.group("g"));
	}

	@Test
	void markShouldSplitAtOneHundredAndMergeInOrder() {
		wireMock.stubFor(post(urlPathEqualTo(MARK)).willReturn(okJson(WireMockCalls.ok("\"ResultItem\":[]"))));
		List<MarkContactRequest.Mark> marks = IntStream.range(0, 250)
			.mapToObj((i) -> MarkContactRequest.Mark.custom(ConversationRef.user("u" + i), "m"))
			.toList();
		this.conversations.mark("alice", marks).block(Duration.ofSeconds(10));
		assertThat(WireMockCalls.bodies(wireMock, MARK)).extracting((body) -> body.get("MarkItem").size())
			.containsExactlyInAnyOrder(100, 100, 50);
	}

	@Test
	void searchShouldSplitAtThreeHundredAndMergeInInputOrderWithGroupsOnce() {
		stub(SEARCH, "ContactItem[0].To_Account", "u0", searchAnswer("u0", 1));
		stub(SEARCH, "ContactItem[0].To_Account", "u300", searchAnswer("u300", 2));
		stub(SEARCH, "ContactItem[0].To_Account", "u600", searchAnswer("u600", 1));
		List<ConversationRef> refs = IntStream.range(0, 601).mapToObj((i) -> ConversationRef.user("u" + i)).toList();
		SearchContactGroupResponse response = this.conversations.search("alice", refs).block(Duration.ofSeconds(10));
		assertThat(WireMockCalls.bodies(wireMock, SEARCH)).extracting((body) -> body.get("ContactItem").size())
			.containsExactlyInAnyOrder(300, 300, 1);
		assertThat(WireMockCalls.bodies(wireMock, SEARCH)).extracting((body) -> body.get("From_Account").asString())
			.containsOnly("alice");
		assertThat(response.conversations()).extracting(ConversationMarks::toAccount)
			.containsExactly("u0", "u300", "u600");
		assertThat(response.groups()).containsExactly(new ContactGroup("g1", 1), new ContactGroup("g2", 2));
	}

	@Test
	void searchShouldMergeInInputOrderWhenALaterCallAnswersFirst() {
		Sinks.One<SearchContactGroupResponse> first = Sinks.one();
		List<Integer> sizes = new ArrayList<>();
		ChatAdminOperations operations = (ChatAdminOperations) Proxy.newProxyInstance(getClass().getClassLoader(),
				new Class<?>[] { ChatAdminOperations.class }, (proxy, method, args) -> {
					SearchContactGroupRequest request = (SearchContactGroupRequest) args[1];
					sizes.add(request.contactItem().size());
					SearchContactGroupResponse answer = GoldenFixtures.mapper()
						.readValue(searchAnswer(request.contactItem().get(0).toAccount(), sizes.size()),
								SearchContactGroupResponse.class);
					if (sizes.size() == 1) {
						return first.asMono();
					}
					return Mono.just(answer)
						.doFinally((signal) -> first.tryEmitValue(GoldenFixtures.mapper()
							.readValue(searchAnswer("u0", 1), SearchContactGroupResponse.class)));
				});
		List<ConversationRef> refs = IntStream.range(0, 301).mapToObj((i) -> ConversationRef.user("u" + i)).toList();
		SearchContactGroupResponse response = new DefaultConversationOperations(operations, 2).search("alice", refs)
			.block(Duration.ofSeconds(10));
		assertThat(sizes).containsExactly(300, 1);
		assertThat(response.conversations()).extracting(ConversationMarks::toAccount).containsExactly("u0", "u300");
		assertThat(response.groups()).containsExactly(new ContactGroup("g1", 1), new ContactGroup("g2", 2));
	}

	private static String searchAnswer(String firstUser, int group) {
		return WireMockCalls.ok("\"ContactResultItem\":[{\"Type\":1,\"To_Account\":\"" + firstUser
				+ "\"}],\"GroupItem\":[{\"GroupName\":\"g" + group + "\",\"GroupId\":" + group + "}]");
	}

	@Test
	void declarationsShouldRefuseBadInputBeforeSending() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ConversationCommands.DELETE
				.validate(DeleteConversationRequest.of("alice", ConversationRef.user(""), false)))
			.withMessageContaining("To_Account");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ConversationCommands.DELETE
				.validate(new DeleteConversationRequest("alice", ConversationType.GROUP, null, null, 0)))
			.withMessageContaining("ToGroupid");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ConversationCommands.CREATE_CONTACT_GROUP.validate(new CreateContactGroupRequest("alice",
					List.of(new CreateContactGroupRequest.NewGroup("a", null),
							new CreateContactGroupRequest.NewGroup("b", null)))))
			.withMessageContaining("GroupContactItem");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ConversationCommands.CREATE_CONTACT_GROUP
				.validate(CreateContactGroupRequest.of("alice", "x".repeat(65), List.of())))
			.withMessageContaining("GroupName");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ConversationCommands.UPDATE_CONTACT_GROUP
				.validate(UpdateContactGroupRequest.change("alice", "g", List.of(), List.of())))
			.withMessageContaining("ContactUpdateItem");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ConversationCommands.DEL_CONTACT_GROUP
				.validate(new DeleteContactGroupRequest("alice", List.of("a", "b"))))
			.withMessageContaining("GroupName");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ConversationCommands.MARK_CONTACT.validate(new MarkContactRequest("alice",
					List.of(new MarkContactRequest.Mark(4, ConversationRef.user("b"), null, null, null)))))
			.withMessageContaining("OptType");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.conversations.search("alice", List.of(new ConversationRef(null, "b", null))).block())
			.withMessageContaining("Type");
		assertThat(WireMockCalls.bodies(wireMock, SEARCH)).isEmpty();
	}

}
