package io.github.chatadmin.client.api.bot;

import java.time.Duration;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.chatadmin.client.ChatAdminTemplate;
import io.github.chatadmin.client.ChatCommand;
import io.github.chatadmin.client.ChatResponse;
import io.github.chatadmin.client.GoldenFixtures;
import io.github.chatadmin.client.TestTemplates;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Golden fixtures and checks of the chatbot commands.
 */
class BotTests {

	private static final GoldenFixtures fixtures = GoldenFixtures.of(BotTests.class);

	@RegisterExtension
	static WireMockExtension wireMock = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
		.build();

	private ChatAdminTemplate template;

	@BeforeEach
	void create() {
		this.template = TestTemplates.builder("http://127.0.0.1:" + wireMock.getPort()).build();
	}

	@AfterEach
	void close() {
		this.template.close();
	}

	@Test
	void fixtures() {
		fixtures.assertWrittenAs(
				new CreateRobotRequest("@RBT#001", "Jarvis", "www.example.com/head.jpg", "hello, world"),
				"create_robot.request.json");
		assertThat(fixtures.read("create_robot.response.json", ChatResponse.class).errorCode()).isZero();
		fixtures.assertWrittenAs(new DeleteRobotRequest("@RBT#001"), "delete_robot.request.json");
		assertThat(fixtures.read("delete_robot.response.json", ChatResponse.class).errorCode()).isZero();
		assertThat(fixtures.tree("get_all_robots.request.json")).isEmpty();
		assertThat(fixtures.read("get_all_robots.response.json", RobotListResponse.class).robots())
			.containsExactly("@RBT#001", "@RBT#002", "@RBT#003");
		RobotStreamRequest first = RobotStreamRequest.first("@RBT#my_bot", "user01", "hello, ");
		fixtures.assertWrittenAs(first, "send_stream_msg.request.json");
		fixtures.assertWrittenAs(first.next("606781340_3986845397_1706000918", "world", true),
				"send_stream_msg.request-2.json");
		assertThat(fixtures.read("send_stream_msg.response.json", RobotStreamResponse.class).msgKey())
			.isEqualTo("606781340_3986845397_1706000918");
	}

	@Test
	void listShouldSendAnEmptyObject() {
		wireMock.stubFor(post(urlPathEqualTo("/v4/openim_robot_http_svc/get_all_robots"))
			.willReturn(okJson("{\"ActionStatus\":\"OK\",\"ErrorCode\":0,\"Robot_Account\":[\"@RBT#1\"]}")));
		BotOperations bots = new DefaultBotOperations(this.template, 4);
		assertThat(bots.list().block(Duration.ofSeconds(10)).robots()).containsExactly("@RBT#1");
		wireMock.verify(postRequestedFor(urlPathEqualTo("/v4/openim_robot_http_svc/get_all_robots"))
			.withRequestBody(equalToJson("{}")));
	}

	static Stream<Arguments> badRequests() {
		return Stream.of(Arguments.of(BotCommands.CREATE, CreateRobotRequest.of("bot1"), "@RBT#"),
				Arguments.of(BotCommands.CREATE, CreateRobotRequest.of("@RBT#" + "x".repeat(28)), "32"),
				Arguments.of(BotCommands.CREATE, new CreateRobotRequest("@RBT#1", null, null, "x".repeat(501)),
						"'SelfSignature'"),
				Arguments.of(BotCommands.DELETE, new DeleteRobotRequest(""), "'Robot_Account'"),
				Arguments.of(BotCommands.SEND_STREAM, RobotStreamRequest.first("user", "u", "x"), "'From_Account'"),
				Arguments.of(BotCommands.SEND_STREAM, RobotStreamRequest.first("@RBT#1", "", "x"), "'To_Account'"),
				Arguments.of(BotCommands.SEND_STREAM, new RobotStreamRequest("@RBT#1", "u", "x", null, 1), "'MsgKey'"));
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
