package io.github.chatadmin.client;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A typed answer is bound straight from the bytes in one pass that reads its envelope on
 * the way: the same results and failures as through the tree.
 */
class TypedDecodingTests {

	@RegisterExtension
	static WireMockExtension wireMock = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
		.build();

	private ChatAdminTemplate template;

	@BeforeEach
	void createTemplate() {
		this.template = TestTemplates.builder("http://127.0.0.1:" + wireMock.getPort()).maxAttempts(1).build();
	}

	@AfterEach
	void close() {
		this.template.close();
	}

	private Answer call(String body) {
		wireMock.stubFor(post(anyUrl()).willReturn(okJson(body)));
		return this.template.execute("openim", "sendmsg", Map.of("To_Account", "bob"), Answer.class).block();
	}

	@Test
	void shouldBindTheWholeAnswerWithTheEnvelopeWhereverItIs() {
		Answer answer = call("{\"Value\":7,\"Nested\":{\"ErrorCode\":5,\"List\":[1,{\"ErrorCode\":9}]},"
				+ "\"ErrorCode\":0,\"ActionStatus\":\"OK\",\"ErrorInfo\":\"\"}");
		assertThat(answer.value()).isEqualTo(7);
		assertThat(answer.extra()).containsKeys("Nested", "ErrorCode", "ActionStatus", "ErrorInfo");
	}

	@Test
	void shouldFailWithTheErrorCodeAndInfoOfTheEnvelope() {
		wireMock.stubFor(post(anyUrl()).willReturn(
				okJson("{\"Nested\":{\"ErrorCode\":0},\"ErrorInfo\":\"bad\",\"ErrorCode\":90001,\"Value\":1}")));
		assertThatExceptionOfType(ChatAdminResponseException.class)
			.isThrownBy(() -> this.template.execute("openim", "sendmsg", Map.of(), Answer.class).block())
			.satisfies((ex) -> {
				assertThat(ex.getErrorCode()).isEqualTo(90001);
				assertThat(ex.getMessage()).contains("bad");
			});
	}

	@Test
	void shouldRejectABodyThatIsNotJson() {
		assertThatExceptionOfType(ChatAdminRequestException.class).isThrownBy(() -> call("{\"ErrorCode\":0,\"Value\":"))
			.withMessageContaining("not JSON");
	}

	@Test
	void shouldRejectAnErrorCodeThatIsNotAnInt() {
		for (String body : new String[] { "{\"ErrorCode\":\"0\"}", "{\"ErrorCode\":0.0}", "{\"ErrorCode\":4294967296}",
				"[{\"ErrorCode\":0}]", "{\"Nested\":{\"ErrorCode\":0}}" }) {
			assertThatExceptionOfType(ChatAdminRequestException.class).as(body)
				.isThrownBy(() -> call(body))
				.withMessageContaining("without a numeric ErrorCode");
		}
	}

	@Test
	void shouldTakeTheLastOfDuplicateErrorCodesAsTheTreeDoes() {
		assertThat(call("{\"ErrorCode\":90001,\"ErrorCode\":0,\"Value\":3}").value()).isEqualTo(3);
	}

	@Test
	void shouldReportAnAnswerThatDoesNotMapAsAppliedUnreadable() {
		assertThatExceptionOfType(ChatAdminRequestException.class)
			.isThrownBy(() -> call("{\"ErrorCode\":0,\"Value\":{\"not\":\"an int\"}}"))
			.satisfies((ex) -> assertThat(ex.getFailureKind()).isEqualTo(ChatAdminFailureKind.APPLIED_UNREADABLE));
	}

	@Test
	void shouldReadTheEnvelopeOfAnAnswerWhoseTypeIgnoresIt() {
		wireMock.stubFor(post(anyUrl()).willReturn(okJson(
				"{\"Skipped\":{\"ErrorCode\":0},\"ErrorCode\":70107,\"ErrorInfo\":\"no such user\",\"Value\":2}")));
		assertThatExceptionOfType(ChatAdminResponseException.class)
			.isThrownBy(() -> this.template.execute("openim", "sendmsg", Map.of(), Plain.class).block())
			.satisfies((ex) -> {
				assertThat(ex.getErrorCode()).isEqualTo(70107);
				assertThat(ex.getMessage()).contains("no such user");
			});
		wireMock.stubFor(post(anyUrl()).willReturn(okJson("{\"ErrorInfo\":{\"x\":1},\"ErrorCode\":0,\"Value\":2}")));
		assertThat(this.template.execute("openim", "sendmsg", Map.of(), Plain.class).block()).isEqualTo(new Plain(2));
	}

	@Test
	void shouldFailWithTheErrorCodeOfAnErrorAnswerThatDoesNotBind() {
		wireMock.stubFor(post(anyUrl())
			.willReturn(okJson("{\"ErrorCode\":90001,\"ErrorInfo\":\"bad\",\"Value\":{\"not\":\"an int\"}}")));
		assertThatExceptionOfType(ChatAdminResponseException.class)
			.isThrownBy(() -> this.template.execute("openim", "sendmsg", Map.of(), Plain.class).block())
			.satisfies((ex) -> assertThat(ex.getErrorCode()).isEqualTo(90001));
	}

	@Test
	void shouldRejectTrailingTokensAfterABoundAnswer() {
		assertThatExceptionOfType(ChatAdminRequestException.class)
			.isThrownBy(() -> call("{\"ErrorCode\":0,\"Value\":1} {\"ErrorCode\":0}"))
			.withMessageContaining("not JSON");
	}

	/**
	 * A typed answer that knows neither the envelope nor any other property.
	 *
	 * @param value the value
	 */
	record Plain(@JsonProperty("Value") int value) {
	}

	@Test
	void shouldReadTheEnvelopeWhenTheDeserializerSkipsTheAnswer() {
		// Void's deserializer skips the whole answer past the envelope-reading parser
		wireMock.stubFor(post(anyUrl()).willReturn(okJson("{\"ErrorCode\":70107,\"ErrorInfo\":\"no such user\"}")));
		assertThatExceptionOfType(ChatAdminResponseException.class)
			.isThrownBy(() -> this.template.execute("im_open_login_svc", "kick", Map.of(), Void.class).block())
			.satisfies((ex) -> assertThat(ex.getErrorCode()).isEqualTo(70107));
	}

	@Test
	void shouldStillGiveATreeWhenATreeIsAsked() {
		wireMock.stubFor(post(anyUrl()).willReturn(okJson("{\"ErrorCode\":0,\"Value\":7}")));
		JsonNode node = this.template.execute("openim", "sendmsg", Map.of(), JsonNode.class).block();
		assertThat(node.get("Value").intValue()).isEqualTo(7);
		Object object = this.template.execute("openim", "sendmsg", Map.of(), Object.class).block();
		assertThat(object).isInstanceOf(JsonNode.class);
	}

	/**
	 * A typed answer that keeps the properties it does not know.
	 */
	static final class Answer {

		@JsonProperty("Value")
		private int value;

		private final Map<String, Object> extra = new LinkedHashMap<>();

		@JsonAnySetter
		void put(String name, Object value) {
			this.extra.put(name, value);
		}

		int value() {
			return this.value;
		}

		Map<String, Object> extra() {
			return this.extra;
		}

	}

}
