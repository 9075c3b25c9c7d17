package io.github.chatadmin.client.api.moderation;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.chatadmin.client.ChatAdminTemplate;
import io.github.chatadmin.client.ChatCommand;
import io.github.chatadmin.client.GoldenFixtures;
import io.github.chatadmin.client.TestTemplates;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import reactor.test.StepVerifier;

import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Golden fixtures, checks and WireMock walks of the content moderation commands.
 */
class ContentModerationTests {

	private static final GoldenFixtures fixtures = GoldenFixtures.of(ContentModerationTests.class);

	private static final String LIB = "1cd0d0ed-0e2c-4d35-ae86-2a1a8697706d";

	@RegisterExtension
	static WireMockExtension wireMock = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
		.build();

	private ChatAdminTemplate template;

	private ContentModerationOperations moderation;

	@BeforeEach
	void create() {
		this.template = TestTemplates.builder("http://127.0.0.1:" + wireMock.getPort()).build();
		this.moderation = new DefaultContentModerationOperations(this.template, 4);
	}

	@AfterEach
	void close() {
		this.template.close();
	}

	@Test
	void fixtures() {
		fixtures.assertWrittenAs(new ContentModerationRequest("C2C", "Text", "abc", "sender_xx", "receiver_yy"),
				"content_moderation.request.json");
		fixtures.assertWrittenAs(new BatchContentModerationRequest("Group",
				List.of(new BatchContentModerationRequest.Item(0, "Text", "abc123"),
						new BatchContentModerationRequest.Item(1, "Text", "abc1234"),
						new BatchContentModerationRequest.Item(2, "Image", "https://www.simple.com/1.jpg"),
						new BatchContentModerationRequest.Item(3, "Text", "tttcccc")),
				"sender_xx", "receiver_yy"), "batch_content_moderation.request.json");
		fixtures.assertWrittenAs(new CloudLibrariesRequest(1400187352, 0, 3),
				"get_cloud_audit_keywords_ids.request.json");
		CloudLibraryPage libraries = fixtures.read("get_cloud_audit_keywords_ids.response.json",
				CloudLibraryPage.class);
		assertThat(libraries.totalCount()).isEqualTo(3L);
		assertThat(libraries.libraries()).hasSize(3);
		assertThat(libraries.libraries().get(0).id()).isEqualTo("e77ff172-40f5-404c-8055-20f34504de82");
		assertThat(libraries.libraries().get(0).suggestion()).isEqualTo("Block");
		fixtures.assertWrittenAs(new CloudKeywordsRequest(1400187352, 0, 10, LIB, "test123456xyz1"),
				"get_cloud_audit_keywords.request.json");
		CloudKeywordPage words = fixtures.read("get_cloud_audit_keywords.response.json", CloudKeywordPage.class);
		assertThat(words.requestId()).isEqualTo("a2b6ab9c-ac0d-4627-b9fd-d3c7525048f9");
		assertThat(words.keywords())
			.containsExactly(new CloudKeywordPage.Keyword("10756913", "test123456xyz1", "2023-06-24 23:45:04"));
		fixtures.assertWrittenAs(
				new AddCloudKeywordsRequest(1400187352, LIB,
						List.of(new AddCloudKeywordsRequest.Keyword("xyz123456test1", "Ad"))),
				"add_cloud_audit_keywords.request.json");
		assertThat(fixtures.read("add_cloud_audit_keywords.response.json", ModerationAck.class).requestId())
			.isEqualTo("321ea546-46bd-45ae-b0e0-321c8ac6a3b0");
		fixtures.assertWrittenAs(new DeleteCloudKeywordsRequest(1400187352, LIB, List.of("test123456xyz2")),
				"delete_cloud_audit_keywords.request.json");
		DeleteCloudKeywordsResponse deleted = fixtures.read("delete_cloud_audit_keywords.response.json",
				DeleteCloudKeywordsResponse.class);
		assertThat(deleted.count()).isEqualTo(1L);
		assertThat(deleted.details())
			.containsExactly(new DeleteCloudKeywordsResponse.Detail("10756914", "test123456xyz2", true, ""));
	}

	@Test
	void cloudKeywordsShouldFollowTheOffsetUntilTotalCount() {
		String path = "/v4/im_msg_audit_mgr/get_cloud_audit_keywords";
		wireMock.stubFor(post(urlPathEqualTo(path)).withRequestBody(matchingJsonPath("$.Offset", equalTo("0")))
			.willReturn(okJson(
					"{\"ActionStatus\":\"OK\",\"ErrorCode\":0,\"TotalCount\":3,\"Infos\":[{\"ID\":\"1\"},{\"ID\":\"2\"}]}")));
		wireMock.stubFor(post(urlPathEqualTo(path)).withRequestBody(matchingJsonPath("$.Offset", equalTo("2")))
			.willReturn(
					okJson("{\"ActionStatus\":\"OK\",\"ErrorCode\":0,\"TotalCount\":3,\"Infos\":[{\"ID\":\"3\"}]}")));
		StepVerifier
			.create(this.moderation.cloudKeywords(new CloudKeywordsRequest(1400187352, 0, 2, LIB, null))
				.map(CloudKeywordPage.Keyword::id), 1)
			.expectNext("1")
			.then(() -> wireMock.verify(1, postRequestedFor(urlPathEqualTo(path))))
			.thenRequest(5)
			.expectNext("2", "3")
			.expectComplete()
			.verify(Duration.ofSeconds(10));
		wireMock.verify(2, postRequestedFor(urlPathEqualTo(path)));
	}

	@Test
	void cloudLibrariesShouldStopAtAnEmptyPage() {
		String path = "/v4/im_msg_audit_mgr/get_cloud_audit_keywords_ids";
		wireMock.stubFor(post(urlPathEqualTo(path))
			.willReturn(okJson("{\"ActionStatus\":\"OK\",\"ErrorCode\":0,\"TotalCount\":9,\"Infos\":[]}")));
		StepVerifier.create(this.moderation.cloudLibraries(new CloudLibrariesRequest(1, 0, 100)))
			.expectComplete()
			.verify(Duration.ofSeconds(10));
		wireMock.verify(1, postRequestedFor(urlPathEqualTo(path)));
	}

	static Stream<Arguments> badRequests() {
		List<BatchContentModerationRequest.Item> eleven = IntStream.range(0, 11)
			.mapToObj((i) -> new BatchContentModerationRequest.Item(i, "Text", "x"))
			.toList();
		List<LocalKeyword> elevenWords = IntStream.range(0, 11).mapToObj((i) -> LocalKeyword.of("w" + i)).toList();
		return Stream.of(
				Arguments.of(ContentModerationCommands.MODERATE, ContentModerationRequest.text("", "x"), "'AuditName'"),
				Arguments.of(ContentModerationCommands.MODERATE,
						ContentModerationRequest.text("C2C", "x".repeat(8 * 1024 + 1)), "'Content'"),
				Arguments.of(ContentModerationCommands.MODERATE,
						new ContentModerationRequest("C2C", "Gif", "x", null, null), "'ContentType'"),
				Arguments.of(ContentModerationCommands.MODERATE_BATCH,
						new BatchContentModerationRequest("C2C", eleven, null, null), "at most 10"),
				Arguments.of(ContentModerationCommands.MODERATE_BATCH,
						new BatchContentModerationRequest("C2C",
								List.of(new BatchContentModerationRequest.Item(0, "Audio", "u")), null, null),
						"'Contents[0].ContentType'"),
				Arguments.of(ContentModerationCommands.MODERATE_BATCH,
						new BatchContentModerationRequest("C2C",
								List.of(new BatchContentModerationRequest.Item(0, "Text", "a"),
										new BatchContentModerationRequest.Item(0, "Text", "b")),
								null, null),
						"'ContentId'"),
				Arguments.of(ContentModerationCommands.ADD_LOCAL, new LocalKeywordsRequest(1, elevenWords),
						"at most 10"),
				Arguments.of(ContentModerationCommands.ADD_LOCAL,
						new LocalKeywordsRequest(1, List.of(LocalKeyword.of(""))), "'LocalAuditWords[0].Keyword'"),
				Arguments.of(ContentModerationCommands.DELETE_LOCAL, new LocalKeywordsRequest(1, List.of()),
						"'LocalAuditWords'"),
				Arguments.of(ContentModerationCommands.GET_LOCAL, new LocalKeywordsPageRequest(1, 0, 101, null),
						"'Limit'"),
				Arguments.of(ContentModerationCommands.GET_CLOUD_LIBRARIES, new CloudLibrariesRequest(1, -1, 10),
						"'Offset'"),
				Arguments.of(ContentModerationCommands.GET_CLOUD, new CloudKeywordsRequest(1, 0, 10, "", null),
						"'LibID'"),
				Arguments.of(ContentModerationCommands.ADD_CLOUD, new AddCloudKeywordsRequest(1, LIB, List.of()),
						"'UserKeywords'"),
				Arguments.of(ContentModerationCommands.DELETE_CLOUD,
						new DeleteCloudKeywordsRequest(0, LIB, List.of("a")), "'SdkAppId'"),
				Arguments.of(ContentModerationCommands.DELETE_CLOUD, new DeleteCloudKeywordsRequest(1, LIB,
						IntStream.range(0, 11).mapToObj((i) -> "w" + i).toList()), "at most 10"));
	}

	@ParameterizedTest(name = "{0}: {2}")
	@MethodSource("badRequests")
	<Q> void executeShouldRefuseBadInputBeforeSending(ChatCommand<Q, ?> command, Q request, String message) {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.template.execute(command, request).block(Duration.ofSeconds(10)))
			.withMessageContaining(message);
		wireMock.verify(0, postRequestedFor(anyUrl()));
	}

}
