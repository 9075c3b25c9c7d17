package io.github.chatadmin.client.api.push;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.chatadmin.client.ChatAdminTemplate;
import io.github.chatadmin.client.TestTemplates;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.test.StepVerifier;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests of {@link DefaultPushOperations} against WireMock: the scheduled-task walk and
 * the splitting of attribute and tag lists.
 */
class PushOperationsTests {

	private static final String LIST = "/v4/timpush/list_sched_task";

	@RegisterExtension
	static WireMockExtension wireMock = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
		.build();

	private ChatAdminTemplate template;

	private PushOperations push;

	@BeforeEach
	void create() {
		this.template = TestTemplates.builder("http://127.0.0.1:" + wireMock.getPort()).build();
		this.push = new DefaultPushOperations(this.template, 4);
	}

	@AfterEach
	void close() {
		this.template.close();
	}

	private static String page(long total, long... ids) {
		StringBuilder tasks = new StringBuilder();
		for (long id : ids) {
			tasks.append((tasks.length() > 0) ? "," : "")
				.append("{\"TaskID\":")
				.append(id)
				.append(",\"Status\":\"pending\"}");
		}
		return "{\"ActionStatus\":\"OK\",\"ErrorCode\":0,\"Total\":" + total + ",\"Tasks\":[" + tasks + "]}";
	}

	private static ListScheduledTasksRequest first() {
		return new ListScheduledTasksRequest(88888888, 0, 2, "schedat", false, "2025-05-01 00:00:00",
				"2025-06-01 00:00:00", null);
	}

	@Test
	void scheduledTasksShouldFollowTheOffsetUntilTotalAndReadOnDemand() {
		wireMock.stubFor(post(urlPathEqualTo(LIST)).withRequestBody(matchingJsonPath("$.Offset", equalToJson("0")))
			.willReturn(okJson(page(5, 4294967297L, 2))));
		wireMock.stubFor(post(urlPathEqualTo(LIST)).withRequestBody(matchingJsonPath("$.Offset", equalToJson("2")))
			.willReturn(okJson(page(5, 3, 4))));
		wireMock.stubFor(post(urlPathEqualTo(LIST)).withRequestBody(matchingJsonPath("$.Offset", equalToJson("4")))
			.willReturn(okJson(page(5, 5))));
		StepVerifier.create(this.push.scheduledTasks(first()).map(ScheduledTask::taskId), 1)
			.expectNext(4294967297L)
			.then(() -> wireMock.verify(1, postRequestedFor(urlPathEqualTo(LIST))))
			.thenRequest(10)
			.expectNext(2L, 3L, 4L, 5L)
			.expectComplete()
			.verify(Duration.ofSeconds(10));
		wireMock.verify(3, postRequestedFor(urlPathEqualTo(LIST)));
	}

	@Test
	void scheduledTasksShouldStopAtAnEmptyPage() {
		wireMock.stubFor(post(urlPathEqualTo(LIST)).willReturn(okJson(page(100))));
		StepVerifier.create(this.push.scheduledTasks(first())).expectComplete().verify(Duration.ofSeconds(10));
		wireMock.verify(1, postRequestedFor(urlPathEqualTo(LIST)));
	}

	@Test
	void attributesShouldBeReadInCallsOf100MergedInOrderWithAFailedCallAsFailures() {
		String path = "/v4/timpush/get_attr";
		wireMock
			.stubFor(post(urlPathEqualTo(path)).withRequestBody(matchingJsonPath("$.To_Account[0]", equalTo("u100")))
				.willReturn(okJson("{\"ActionStatus\":\"FAIL\",\"ErrorCode\":90018,\"ErrorInfo\":\"too many\"}")));
		wireMock.stubFor(post(urlPathEqualTo(path)).withRequestBody(matchingJsonPath("$.To_Account[0]", equalTo("u0")))
			.willReturn(okJson("{\"ActionStatus\":\"OK\",\"ErrorCode\":0,\"UserAttrs\":[{\"To_Account\":\"u0\","
					+ "\"Attrs\":{\"city\":\"a\"}}]}")));
		wireMock
			.stubFor(post(urlPathEqualTo(path)).withRequestBody(matchingJsonPath("$.To_Account[0]", equalTo("u200")))
				.willReturn(okJson("{\"ActionStatus\":\"OK\",\"ErrorCode\":0,\"UserAttrs\":[{\"To_Account\":\"u200\","
						+ "\"Attrs\":{}}],\"ErrorList\":[{\"To_Account\":\"u201\",\"ErrorCode\":70107}]}")));
		List<String> users = IntStream.range(0, 205).mapToObj((i) -> "u" + i).toList();
		UserAttributesResponse response = this.push.attributes(users).block(Duration.ofSeconds(10));
		assertThat(response.users()).extracting(UserAttributes::toAccount).containsExactly("u0", "u200");
		assertThat(response.failures()).hasSize(101);
		assertThat(response.failures().get(0)).isEqualTo(new PushUserError("u100", 90018, null));
		assertThat(response.failures().get(100)).isEqualTo(new PushUserError("u201", 70107, null));
		wireMock.verify(3, postRequestedFor(urlPathEqualTo(path)));
	}

	@Test
	void tagWritesShouldBeSplitAt100() {
		String path = "/v4/timpush/add_tag";
		wireMock.stubFor(post(urlPathEqualTo(path)).willReturn(okJson("{\"ActionStatus\":\"OK\",\"ErrorCode\":0}")));
		List<UserTags> users = IntStream.range(0, 250).mapToObj((i) -> new UserTags("u" + i, List.of("vip"))).toList();
		assertThat(this.push.addTags(users).block(Duration.ofSeconds(10)).failures()).isEmpty();
		wireMock.verify(3, postRequestedFor(urlPathEqualTo(path)));
		wireMock.verify(1, postRequestedFor(urlPathEqualTo(path))
			.withRequestBody(matchingJsonPath("$.UserTags[49].To_Account", equalTo("u249"))));
	}

	@Test
	void attributeNamesShouldSendAnEmptyObject() {
		wireMock.stubFor(post(urlPathEqualTo("/v4/timpush/get_attr_name"))
			.willReturn(okJson("{\"ActionStatus\":\"OK\",\"ErrorCode\":0,\"AttrNames\":{\"0\":\"sex\"}}")));
		assertThat(this.push.attributeNames().block(Duration.ofSeconds(10)).names()).containsEntry("0", "sex");
		wireMock
			.verify(postRequestedFor(urlPathEqualTo("/v4/timpush/get_attr_name")).withRequestBody(equalToJson("{}")));
	}

}
