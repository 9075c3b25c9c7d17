package io.github.chatadmin.autoconfigure;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.github.chatadmin.client.callback.CallbackDispatcher;
import io.github.chatadmin.client.callback.CallbackEvent;
import io.github.chatadmin.client.callback.CallbackHandler;
import io.github.chatadmin.client.callback.CallbackReply;
import io.github.chatadmin.client.callback.CallbackVerifier;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistryAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import reactor.core.publisher.Mono;

import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.ReactiveWebApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.server.RouterFunction;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ChatAdminCallbackAutoConfiguration}: the WebFlux callback endpoint.
 *
 * @author chat-admin
 */
@ExtendWith(OutputCaptureExtension.class)
class ChatAdminCallbackAutoConfigurationTests {

	private static final String TOKEN = "cb-token-7f3a9c1e5d";

	private static final String PATH = "/tencent-chat/callback";

	private static final String AFTER_SEND = "{\"CallbackCommand\":\"C2C.CallbackAfterSendMsg\",\"From_Account\":\"jared\","
			+ "\"To_Account\":\"John\",\"MsgSeq\":48374,\"MsgRandom\":2837546,\"MsgTime\":1557481126,"
			+ "\"MsgBody\":[{\"MsgType\":\"TIMTextElem\",\"MsgContent\":{\"Text\":\"hi\"}}]}";

	private static final String BEFORE_SEND = AFTER_SEND.replace("CallbackAfterSendMsg", "CallbackBeforeSendMsg");

	private static final String OK = "{\"ActionStatus\":\"OK\",\"ErrorCode\":0,\"ErrorInfo\":\"\"}";

	private final ReactiveWebApplicationContextRunner contextRunner = new ReactiveWebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ChatAdminCallbackAutoConfiguration.class))
		.withBean(TestObservationRegistry.class, TestObservationRegistry::create)
		.withUserConfiguration(Handlers.class)
		.withPropertyValues("tencent.chat.sdk-app-id=1400000001", "tencent.chat.callback.enabled=true",
				"tencent.chat.callback.token=" + TOKEN);

	@Test
	void isOffByDefault() {
		new ReactiveWebApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(ChatAdminCallbackAutoConfiguration.class))
			.withPropertyValues("tencent.chat.sdk-app-id=1400000001")
			.run((context) -> assertThat(context).doesNotHaveBean(CallbackDispatcher.class)
				.doesNotHaveBean(RouterFunction.class));
	}

	@Test
	void registersNoRouterFunctionOutsideReactiveApps() {
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(ChatAdminCallbackAutoConfiguration.class))
			.withPropertyValues("tencent.chat.sdk-app-id=1400000001", "tencent.chat.callback.enabled=true")
			.run((context) -> assertThat(context).hasSingleBean(CallbackDispatcher.class)
				.doesNotHaveBean(RouterFunction.class));
	}

	@Test
	void signedCallbackIsDispatchedToItsHandler() {
		this.contextRunner.run((context) -> {
			client(context).post()
				.uri(signedUri("C2C.CallbackAfterSendMsg", now()))
				.contentType(MediaType.APPLICATION_JSON)
				.bodyValue(AFTER_SEND)
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody()
				.json(OK, true);
			Handlers handlers = context.getBean(Handlers.class);
			assertThat(handlers.calls).containsExactly("afterSend:jared:48374", "all:C2C.CallbackAfterSendMsg");
		});
	}

	@Test
	void handlersRunInOrderAndTheFirstDenialIsTheReply() {
		this.contextRunner.run((context) -> {
			client(context).post()
				.uri(signedUri("C2C.CallbackBeforeSendMsg", now()))
				.contentType(MediaType.APPLICATION_JSON)
				.bodyValue(BEFORE_SEND)
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody()
				.json("{\"ActionStatus\":\"OK\",\"ErrorCode\":120001,\"ErrorInfo\":\"no hi\"}", true);
			assertThat(context.getBean(Handlers.class).calls).containsExactly("beforeSend:first", "beforeSend:deny");
			TestObservationRegistryAssert.assertThat(context.getBean(TestObservationRegistry.class))
				.hasObservationWithNameEqualTo(CallbackDispatcher.OBSERVATION_NAME)
				.that()
				.hasLowCardinalityKeyValue("command", "C2C.CallbackBeforeSendMsg")
				.hasLowCardinalityKeyValue("outcome", "denied");
		});
	}

	@Test
	void refusalsNeverCallAHandler(CapturedOutput output) {
		this.contextRunner.withPropertyValues("tencent.chat.callback.max-body-size=64B").run((context) -> {
			long now = now();
			WebTestClient client = client(context);
			String wrongSign = "/tencent-chat/callback?SdkAppid=1400000001&CallbackCommand=C2C.CallbackAfterSendMsg"
					+ "&contenttype=json&RequestTime=" + now + "&Sign=" + CallbackVerifier.sign("not-the-token", now);
			post(client, wrongSign, "{}").expectStatus().isUnauthorized().expectBody().consumeWith((result) -> {
				assertThat(new String(result.getResponseBody(), StandardCharsets.UTF_8))
					.contains("\"ActionStatus\":\"FAIL\"")
					.doesNotContain(TOKEN)
					.doesNotContain(CallbackVerifier.sign("not-the-token", now));
			});
			post(client, signedUri("C2C.CallbackAfterSendMsg", now - 120), "{}").expectStatus()
				.isUnauthorized()
				.expectBody()
				.jsonPath("$.ActionStatus")
				.isEqualTo("FAIL");
			post(client, signedUri("C2C.CallbackAfterSendMsg", now + 120), "{}").expectStatus()
				.isUnauthorized()
				.expectBody()
				.jsonPath("$.ActionStatus")
				.isEqualTo("FAIL");
			post(client, signedUri("C2C.CallbackAfterSendMsg", now).replace("1400000001", "1400000002"), "{}")
				.expectStatus()
				.isForbidden()
				.expectBody()
				.jsonPath("$.ActionStatus")
				.isEqualTo("FAIL");
			post(client, "/tencent-chat/callback?SdkAppid=1400000001&CallbackCommand=C2C.CallbackAfterSendMsg", "{}")
				.expectStatus()
				.isBadRequest()
				.expectBody()
				.jsonPath("$.ActionStatus")
				.isEqualTo("FAIL");
			post(client, signedUri("C2C.CallbackAfterSendMsg", now), AFTER_SEND).expectStatus()
				.isEqualTo(413)
				.expectBody()
				.jsonPath("$.ActionStatus")
				.isEqualTo("FAIL");
			post(client, signedUri("C2C.CallbackAfterSendMsg", now), "not json").expectStatus()
				.isBadRequest()
				.expectBody()
				.jsonPath("$.ActionStatus")
				.isEqualTo("FAIL");
			assertThat(context.getBean(Handlers.class).calls).isEmpty();
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
	void failingHandlerGetsTheDefaultReply(CapturedOutput output) {
		this.contextRunner.withUserConfiguration(FailingHandler.class).run((context) -> {
			post(client(context), signedUri("Group.CallbackAfterCreateGroup", now()), "{\"GroupId\":\"g1\"}")
				.expectStatus()
				.isOk()
				.expectBody()
				.json(OK, true);
			TestObservationRegistryAssert.assertThat(context.getBean(TestObservationRegistry.class))
				.hasObservationWithNameEqualTo(CallbackDispatcher.OBSERVATION_NAME)
				.that()
				.hasLowCardinalityKeyValue("command", "Group.CallbackAfterCreateGroup")
				.hasLowCardinalityKeyValue("outcome", "handler_error");
		});
		assertThat(output).contains("WARN").contains("failed; answering the default reply").doesNotContain(TOKEN);
	}

	@Test
	void handlerTimeoutGetsTheDefaultReply(CapturedOutput output) {
		this.contextRunner.withUserConfiguration(SilentHandler.class)
			.withPropertyValues("tencent.chat.callback.handler-timeout=100ms")
			.run((context) -> {
				post(client(context), signedUri("Group.CallbackBeforeSendMsg", now()), "{\"GroupId\":\"g1\"}")
					.expectStatus()
					.isOk()
					.expectBody()
					.json(OK, true);
				TestObservationRegistryAssert.assertThat(context.getBean(TestObservationRegistry.class))
					.hasObservationWithNameEqualTo(CallbackDispatcher.OBSERVATION_NAME)
					.that()
					.hasLowCardinalityKeyValue("outcome", "handler_timeout");
			});
		assertThat(output).contains("did not answer within").doesNotContain(TOKEN);
	}

	@Test
	void unknownCommandIsAcknowledgedAndTaggedOther() {
		this.contextRunner.run((context) -> {
			post(client(context), signedUri("Future.CallbackSomething", now()), "{\"X\":1}").expectStatus()
				.isOk()
				.expectBody()
				.json(OK, true);
			assertThat(context.getBean(Handlers.class).calls).containsExactly("all:Future.CallbackSomething");
			TestObservationRegistryAssert.assertThat(context.getBean(TestObservationRegistry.class))
				.hasObservationWithNameEqualTo(CallbackDispatcher.OBSERVATION_NAME)
				.that()
				.hasLowCardinalityKeyValue("command", "other")
				.hasLowCardinalityKeyValue("outcome", "ok");
		});
	}

	@Test
	void withoutTokenOnlySdkAppIdIsCheckedAndStartupWarns(CapturedOutput output) {
		new ReactiveWebApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(ChatAdminCallbackAutoConfiguration.class))
			.withUserConfiguration(Handlers.class)
			.withPropertyValues("tencent.chat.sdk-app-id=1400000001", "tencent.chat.callback.enabled=true")
			.run((context) -> {
				WebTestClient client = client(context);
				post(client, PATH + "?SdkAppid=1400000001&CallbackCommand=C2C.CallbackAfterSendMsg", AFTER_SEND)
					.expectStatus()
					.isOk()
					.expectBody()
					.json(OK, true);
				post(client, PATH + "?SdkAppid=1400000009&CallbackCommand=C2C.CallbackAfterSendMsg", AFTER_SEND)
					.expectStatus()
					.isForbidden()
					.expectBody()
					.jsonPath("$.ActionStatus")
					.isEqualTo("FAIL");
				assertThat(context.getBean(Handlers.class).calls).hasSize(2);
			});
		assertThat(output).contains("WARN").contains("callbacks at /tencent-chat/callback are unauthenticated");
	}

	@Test
	void tokenIsNeverInLogsOrTags(CapturedOutput output) {
		List<String> tags = new CopyOnWriteArrayList<>();
		this.contextRunner.run((context) -> {
			context.getBean(TestObservationRegistry.class)
				.observationConfig()
				.observationHandler(new ObservationHandler<>() {

					@Override
					public void onStop(Observation.Context observation) {
						observation.getAllKeyValues().forEach((keyValue) -> tags.add(keyValue.getValue()));
					}

					@Override
					public boolean supportsContext(Observation.Context observation) {
						return true;
					}

				});
			long now = now();
			post(client(context), signedUri("C2C.CallbackAfterSendMsg", now), AFTER_SEND).expectStatus()
				.isOk()
				.expectBody()
				.json(OK, true);
			post(client(context), signedUri("C2C.CallbackAfterSendMsg", now).replace("Sign=", "Sign=0"), AFTER_SEND)
				.expectStatus()
				.isUnauthorized()
				.expectBody()
				.jsonPath("$.ActionStatus")
				.isEqualTo("FAIL");
			assertThat(context.getBean(CallbackDispatcher.class).toString()).doesNotContain(TOKEN);
		});
		assertThat(tags).contains("C2C.CallbackAfterSendMsg", "ok", "rejected.wrong_sign");
		assertThat(tags).noneMatch((tag) -> tag.contains(TOKEN) || tag.length() >= 64);
		assertThat(output).doesNotContain(TOKEN).doesNotContain(CallbackVerifier.sign(TOKEN, now()));
	}

	@Test
	void tokenIsMaskedInActuator() {
		ChatAdminSanitizingFunction function = new ChatAdminSanitizingFunction(() -> null, () -> TOKEN);
		assertThat(function.apply(new SanitizableData(null, "tencent.chat.callback.token", TOKEN)).getValue())
			.isEqualTo(SanitizableData.SANITIZED_VALUE);
		assertThat(function.apply(new SanitizableData(null, "TENCENT_CHAT_CALLBACK_TOKEN", TOKEN)).getValue())
			.isEqualTo(SanitizableData.SANITIZED_VALUE);
		assertThat(function.apply(new SanitizableData(null, "sun.java.command", "app --x=" + TOKEN)).getValue())
			.isEqualTo(SanitizableData.SANITIZED_VALUE);
		assertThat(function.apply(new SanitizableData(null, "tencent.chat.callback.path", PATH)).getValue())
			.isEqualTo(PATH);
	}

	private static WebTestClient.ResponseSpec post(WebTestClient client, String uri, String body) {
		return client.post().uri(uri).contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
	}

	private static WebTestClient client(ApplicationContext context) {
		return WebTestClient.bindToRouterFunction(context.getBean(RouterFunction.class)).build();
	}

	private static long now() {
		return Instant.now().getEpochSecond();
	}

	private static String signedUri(String command, long requestTime) {
		return PATH + "?SdkAppid=1400000001&CallbackCommand=" + command
				+ "&contenttype=json&ClientIP=127.0.0.1&OptPlatform=RESTAPI&RequestTime=" + requestTime + "&Sign="
				+ CallbackVerifier.sign(TOKEN, requestTime);
	}

	@Configuration(proxyBeanMethods = false)
	static class Handlers {

		final List<String> calls = new CopyOnWriteArrayList<>();

		@Bean
		CallbackHandler<CallbackEvent.C2CAfterSendMsg> afterSend() {
			return (event) -> {
				this.calls.add("afterSend:" + event.fromAccount() + ":" + event.msgSeq());
				return Mono.empty();
			};
		}

		@Bean
		@Order(1)
		CallbackHandler<CallbackEvent.C2CBeforeSendMsg> firstBeforeSend() {
			return (event) -> {
				this.calls.add("beforeSend:first");
				return Mono.just(CallbackReply.ok());
			};
		}

		@Bean
		@Order(3)
		CallbackHandler<CallbackEvent.C2CBeforeSendMsg> neverBeforeSend() {
			return (event) -> {
				this.calls.add("beforeSend:never");
				return Mono.just(CallbackReply.ok());
			};
		}

		@Bean
		@Order(2)
		CallbackHandler<CallbackEvent.C2CBeforeSendMsg> denyingBeforeSend() {
			return (event) -> {
				this.calls.add("beforeSend:deny");
				return Mono
					.just(CallbackReply.deny(120001, "no " + event.msgBody().get(0).msgType().substring(0, 0) + "hi"));
			};
		}

		@Bean
		CallbackHandler<CallbackEvent> all() {
			return (event) -> {
				if (!(event instanceof CallbackEvent.C2CBeforeSendMsg)) {
					this.calls.add("all:" + event.command());
				}
				return Mono.empty();
			};
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class FailingHandler {

		@Bean
		CallbackHandler<CallbackEvent.GroupAfterCreateGroup> failing() {
			return (event) -> {
				throw new IllegalStateException("boom");
			};
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class SilentHandler {

		@Bean
		CallbackHandler<CallbackEvent.GroupBeforeSendMsg> silent() {
			return (event) -> Mono.never();
		}

	}

}
