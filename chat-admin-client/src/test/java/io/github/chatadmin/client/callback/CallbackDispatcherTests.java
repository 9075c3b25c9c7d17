package io.github.chatadmin.client.callback;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests of the bodies {@link CallbackDispatcher} answers: the default reply, written
 * once, and the replies of handlers, written each time.
 */
class CallbackDispatcherTests {

	private static final String OK = "{\"ActionStatus\":\"OK\",\"ErrorCode\":0,\"ErrorInfo\":\"\"}";

	private static final byte[] BODY = "{\"CallbackCommand\":\"Other.Command\"}".getBytes(StandardCharsets.UTF_8);

	private static CallbackDispatcher dispatcher(List<? extends CallbackHandler<?>> handlers) {
		return new CallbackDispatcher(new CallbackVerifier(1400000000L, null, Duration.ofMinutes(1), Clock.systemUTC()),
				(type) -> handlers, Duration.ofSeconds(10), ObservationRegistry.NOOP);
	}

	private static String answer(CallbackDispatcher dispatcher) {
		CallbackResponse response = dispatcher.dispatch("Other.Command", BODY).block(Duration.ofSeconds(10));
		assertThat(response.status()).isEqualTo(200);
		return response.body();
	}

	@Test
	void shouldAnswerTheDefaultReplyAsTheVendorWritesIt() {
		CallbackHandler<CallbackEvent> ok = (event) -> Mono.just(CallbackReply.ok());
		CallbackHandler<CallbackEvent> empty = (event) -> Mono.empty();
		CallbackHandler<CallbackEvent> failing = (event) -> Mono.error(new IllegalStateException("boom"));
		assertThat(answer(dispatcher(List.of()))).isEqualTo(OK);
		assertThat(answer(dispatcher(List.of(ok)))).isEqualTo(OK);
		assertThat(answer(dispatcher(List.of(empty)))).isEqualTo(OK);
		assertThat(answer(dispatcher(List.of(failing)))).isEqualTo(OK);
		assertThat(answer(dispatcher(List.of(ok, ok)))).isEqualTo(OK);
	}

	@Test
	void shouldWriteEachOtherReply() {
		CallbackHandler<CallbackEvent> deny = (event) -> Mono.just(CallbackReply.deny(120001, "no"));
		CallbackHandler<CallbackEvent> denyOther = (event) -> Mono.just(CallbackReply.deny(120002, "not now"));
		assertThat(answer(dispatcher(List.of(deny))))
			.isEqualTo("{\"ActionStatus\":\"OK\",\"ErrorCode\":120001,\"ErrorInfo\":\"no\"}");
		assertThat(answer(dispatcher(List.of(denyOther))))
			.isEqualTo("{\"ActionStatus\":\"OK\",\"ErrorCode\":120002,\"ErrorInfo\":\"not now\"}");
	}

}
