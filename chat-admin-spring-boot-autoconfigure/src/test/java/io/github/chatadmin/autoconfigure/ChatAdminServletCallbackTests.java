package io.github.chatadmin.autoconfigure;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import io.github.chatadmin.client.callback.CallbackDispatcher;
import io.github.chatadmin.client.callback.CallbackVerifier;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistryAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.ReactiveWebApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.servlet.function.RouterFunction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Tests for {@link ChatAdminCallbackAutoConfiguration} in a Servlet web application: the
 * Spring MVC callback endpoint behaves as the WebFlux one.
 *
 * @author chat-admin
 */
@ExtendWith(OutputCaptureExtension.class)
class ChatAdminServletCallbackTests {

	private static final String TOKEN = "cb-token-5e1d0b7a93";

	private static final String PATH = "/tencent-chat/callback";

	private static final String AFTER_SEND = "{\"CallbackCommand\":\"C2C.CallbackAfterSendMsg\",\"From_Account\":\"jared\","
			+ "\"To_Account\":\"John\",\"MsgSeq\":48374,\"MsgRandom\":2837546,\"MsgTime\":1557481126,"
			+ "\"MsgBody\":[{\"MsgType\":\"TIMTextElem\",\"MsgContent\":{\"Text\":\"hi\"}}]}";

	private static final String BEFORE_SEND = AFTER_SEND.replace("CallbackAfterSendMsg", "CallbackBeforeSendMsg");

	private static final String OK = "{\"ActionStatus\":\"OK\",\"ErrorCode\":0,\"ErrorInfo\":\"\"}";

	private final WebApplicationContextRunner contextRunner = new WebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ChatAdminCallbackAutoConfiguration.class))
		.withBean(TestObservationRegistry.class, TestObservationRegistry::create)
		.withUserConfiguration(ChatAdminCallbackAutoConfigurationTests.Handlers.class)
		.withPropertyValues("tencent.chat.sdk-app-id=1400000001", "tencent.chat.callback.enabled=true",
				"tencent.chat.callback.token=" + TOKEN);

	@Test
	void registersAServletEndpointOnlyInServletApps() {
		this.contextRunner.run((context) -> assertThat(context).hasSingleBean(RouterFunction.class)
			.doesNotHaveBean(org.springframework.web.reactive.function.server.RouterFunction.class));
		new ReactiveWebApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(ChatAdminCallbackAutoConfiguration.class))
			.withPropertyValues("tencent.chat.sdk-app-id=1400000001", "tencent.chat.callback.enabled=true")
			.run((context) -> assertThat(context).doesNotHaveBean(RouterFunction.class)
				.hasSingleBean(org.springframework.web.reactive.function.server.RouterFunction.class));
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(ChatAdminCallbackAutoConfiguration.class))
			.withPropertyValues("tencent.chat.sdk-app-id=1400000001", "tencent.chat.callback.enabled=true")
			.run((context) -> assertThat(context).hasSingleBean(CallbackDispatcher.class)
				.doesNotHaveBean(RouterFunction.class));
		new WebApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(ChatAdminCallbackAutoConfiguration.class))
			.withPropertyValues("tencent.chat.sdk-app-id=1400000001")
			.run((context) -> assertThat(context).doesNotHaveBean(CallbackDispatcher.class)
				.doesNotHaveBean(RouterFunction.class));
	}

	@Test
	void signedCallbackIsDispatchedToItsHandler() {
		this.contextRunner.run((context) -> {
			send(mvc(context), signedUri("C2C.CallbackAfterSendMsg", now()), AFTER_SEND).andExpect(status().isOk())
				.andExpect(content().json(OK, true));
			assertThat(context.getBean(ChatAdminCallbackAutoConfigurationTests.Handlers.class).calls)
				.containsExactly("afterSend:jared:48374", "all:C2C.CallbackAfterSendMsg");
			TestObservationRegistryAssert.assertThat(context.getBean(TestObservationRegistry.class))
				.hasObservationWithNameEqualTo(CallbackDispatcher.OBSERVATION_NAME)
				.that()
				.hasLowCardinalityKeyValue("command", "C2C.CallbackAfterSendMsg")
				.hasLowCardinalityKeyValue("outcome", "ok");
		});
	}

	@Test
	void handlersRunInOrderAndTheFirstDenialIsTheReply() {
		this.contextRunner.run((context) -> {
			send(mvc(context), signedUri("C2C.CallbackBeforeSendMsg", now()), BEFORE_SEND).andExpect(status().isOk())
				.andExpect(
						content().json("{\"ActionStatus\":\"OK\",\"ErrorCode\":120001,\"ErrorInfo\":\"no hi\"}", true));
			assertThat(context.getBean(ChatAdminCallbackAutoConfigurationTests.Handlers.class).calls)
				.containsExactly("beforeSend:first", "beforeSend:deny");
			TestObservationRegistryAssert.assertThat(context.getBean(TestObservationRegistry.class))
				.hasObservationWithNameEqualTo(CallbackDispatcher.OBSERVATION_NAME)
				.that()
				.hasLowCardinalityKeyValue("outcome", "denied");
		});
	}

	@Test
	void refusalsNeverCallAHandler(CapturedOutput output) {
		this.contextRunner.withPropertyValues("tencent.chat.callback.max-body-size=64B").run((context) -> {
			long now = now();
			MockMvc mvc = mvc(context);
			String wrongSign = PATH + "?SdkAppid=1400000001&CallbackCommand=C2C.CallbackAfterSendMsg"
					+ "&contenttype=json&RequestTime=" + now + "&Sign=" + CallbackVerifier.sign("not-the-token", now);
			String refusal = send(mvc, wrongSign, "{}").andExpect(status().isUnauthorized())
				.andExpect(jsonPath("$.ActionStatus").value("FAIL"))
				.andReturn()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
			assertThat(refusal).doesNotContain(TOKEN).doesNotContain(CallbackVerifier.sign("not-the-token", now));
			send(mvc, signedUri("C2C.CallbackAfterSendMsg", now - 120), "{}").andExpect(status().isUnauthorized());
			send(mvc, signedUri("C2C.CallbackAfterSendMsg", now + 120), "{}").andExpect(status().isUnauthorized());
			send(mvc, signedUri("C2C.CallbackAfterSendMsg", now).replace("1400000001", "1400000002"), "{}")
				.andExpect(status().isForbidden());
			send(mvc, PATH + "?SdkAppid=1400000001&CallbackCommand=C2C.CallbackAfterSendMsg", "{}")
				.andExpect(status().isBadRequest());
			send(mvc, signedUri("C2C.CallbackAfterSendMsg", now), AFTER_SEND).andExpect(status().isPayloadTooLarge())
				.andExpect(jsonPath("$.ActionStatus").value("FAIL"));
			send(mvc, signedUri("C2C.CallbackAfterSendMsg", now), "not json").andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.ActionStatus").value("FAIL"));
			assertThat(context.getBean(ChatAdminCallbackAutoConfigurationTests.Handlers.class).calls).isEmpty();
			TestObservationRegistryAssert.assertThat(context.getBean(TestObservationRegistry.class))
				.hasNumberOfObservationsWithNameEqualTo(CallbackDispatcher.OBSERVATION_NAME, 7)
				.hasAnObservationWithAKeyValue("outcome", "rejected.wrong_sign")
				.hasAnObservationWithAKeyValue("outcome", "rejected.stale_request_time")
				.hasAnObservationWithAKeyValue("outcome", "rejected.future_request_time")
				.hasAnObservationWithAKeyValue("outcome", "rejected.wrong_sdk_app_id")
				.hasAnObservationWithAKeyValue("outcome", "rejected.missing_parameter")
				.hasAnObservationWithAKeyValue("outcome", "rejected.body_too_large")
				.hasAnObservationWithAKeyValue("outcome", "rejected.malformed_body");
		});
		assertThat(output).contains("Refused a callback").doesNotContain(TOKEN);
	}

	@Test
	void aFormBodyIsNeverReadAsQueryParameters() {
		this.contextRunner.run((context) -> {
			mvc(context)
				.perform(post(PATH + "?CallbackCommand=C2C.CallbackAfterSendMsg")
					.contentType(MediaType.APPLICATION_FORM_URLENCODED)
					.content("SdkAppid=1400000001&RequestTime=" + now() + "&Sign="
							+ CallbackVerifier.sign(TOKEN, now())))
				.andExpect(status().isBadRequest());
			assertThat(context.getBean(ChatAdminCallbackAutoConfigurationTests.Handlers.class).calls).isEmpty();
		});
	}

	@Test
	void failingHandlerGetsTheDefaultReply(CapturedOutput output) {
		this.contextRunner.withUserConfiguration(ChatAdminCallbackAutoConfigurationTests.FailingHandler.class)
			.run((context) -> {
				send(mvc(context), signedUri("Group.CallbackAfterCreateGroup", now()), "{\"GroupId\":\"g1\"}")
					.andExpect(status().isOk())
					.andExpect(content().json(OK, true));
				TestObservationRegistryAssert.assertThat(context.getBean(TestObservationRegistry.class))
					.hasObservationWithNameEqualTo(CallbackDispatcher.OBSERVATION_NAME)
					.that()
					.hasLowCardinalityKeyValue("outcome", "handler_error");
			});
		assertThat(output).contains("failed; answering the default reply").doesNotContain(TOKEN);
	}

	@Test
	void handlerTimeoutGetsTheDefaultReply(CapturedOutput output) {
		this.contextRunner.withUserConfiguration(ChatAdminCallbackAutoConfigurationTests.SilentHandler.class)
			.withPropertyValues("tencent.chat.callback.handler-timeout=100ms")
			.run((context) -> {
				send(mvc(context), signedUri("Group.CallbackBeforeSendMsg", now()), "{\"GroupId\":\"g1\"}")
					.andExpect(status().isOk())
					.andExpect(content().json(OK, true));
				TestObservationRegistryAssert.assertThat(context.getBean(TestObservationRegistry.class))
					.hasObservationWithNameEqualTo(CallbackDispatcher.OBSERVATION_NAME)
					.that()
					.hasLowCardinalityKeyValue("outcome", "handler_timeout");
			});
		assertThat(output).contains("did not answer within").doesNotContain(TOKEN);
	}

	@Test
	void withoutTokenOnlySdkAppIdIsCheckedAndStartupWarns(CapturedOutput output) {
		new WebApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(ChatAdminCallbackAutoConfiguration.class))
			.withUserConfiguration(ChatAdminCallbackAutoConfigurationTests.Handlers.class)
			.withPropertyValues("tencent.chat.sdk-app-id=1400000001", "tencent.chat.callback.enabled=true")
			.run((context) -> {
				MockMvc mvc = mvc(context);
				send(mvc, PATH + "?SdkAppid=1400000001&CallbackCommand=C2C.CallbackAfterSendMsg", AFTER_SEND)
					.andExpect(status().isOk())
					.andExpect(content().json(OK, true));
				send(mvc, PATH + "?SdkAppid=1400000009&CallbackCommand=C2C.CallbackAfterSendMsg", AFTER_SEND)
					.andExpect(status().isForbidden());
				assertThat(context.getBean(ChatAdminCallbackAutoConfigurationTests.Handlers.class).calls).hasSize(2);
			});
		assertThat(output).contains("WARN").contains("callbacks at /tencent-chat/callback are unauthenticated");
	}

	@Test
	void withATokenStartupDoesNotWarn(CapturedOutput output) {
		this.contextRunner.run((context) -> assertThat(context).hasNotFailed());
		assertThat(output).doesNotContain("unauthenticated").doesNotContain(TOKEN);
	}

	private static ResultActions send(MockMvc mvc, String uri, String body) throws Exception {
		return mvc.perform(post(uri).contentType(MediaType.APPLICATION_JSON).content(body));
	}

	@SuppressWarnings("unchecked")
	private static MockMvc mvc(ApplicationContext context) {
		return MockMvcBuilders.routerFunctions(context.getBean(RouterFunction.class)).build();
	}

	private static long now() {
		return Instant.now().getEpochSecond();
	}

	private static String signedUri(String command, long requestTime) {
		return PATH + "?SdkAppid=1400000001&CallbackCommand=" + command
				+ "&contenttype=json&ClientIP=127.0.0.1&OptPlatform=RESTAPI&RequestTime=" + requestTime + "&Sign="
				+ CallbackVerifier.sign(TOKEN, requestTime);
	}

}
