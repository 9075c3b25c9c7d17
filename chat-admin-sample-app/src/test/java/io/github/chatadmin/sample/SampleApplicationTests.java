package io.github.chatadmin.sample;

import java.util.Map;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

/**
 * End-to-end tests of the sample application's HTTP API, with the Tencent Chat REST API
 * played by WireMock on loopback.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
class SampleApplicationTests {

	@RegisterExtension
	static WireMockExtension tencent = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
		.build();

	@Autowired
	private WebTestClient client;

	@DynamicPropertySource
	static void tencentChat(DynamicPropertyRegistry registry) {
		registry.add("tencent.chat.endpoint", () -> "http://127.0.0.1:" + tencent.getPort());
		registry.add("tencent.chat.sdk-app-id", () -> "1400000001");
		registry.add("tencent.chat.secret-key", () -> "sample-secret-key-for-tests");
	}

	@Test
	void shouldCreateUser() {
		tencent.stubFor(post(urlPathEqualTo("/v4/im_open_login_svc/account_import"))
			.willReturn(okJson("{\"ActionStatus\":\"OK\",\"ErrorCode\":0,\"ErrorInfo\":\"\"}")));
		this.client.post()
			.uri("/users")
			.bodyValue(Map.of("userId", "alice", "nick", "Alice"))
			.exchange()
			.expectStatus()
			.isCreated()
			.expectHeader()
			.location("/users/alice")
			.expectBody()
			.jsonPath("$.userId")
			.isEqualTo("alice");
		tencent.verify(postRequestedFor(urlPathEqualTo("/v4/im_open_login_svc/account_import"))
			.withRequestBody(equalToJson("{\"UserID\":\"alice\",\"Nick\":\"Alice\"}")));
		this.client.get()
			.uri("/actuator/metrics/tencent.chat.requests")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.availableTags[?(@.tag == 'command')].values[0]")
			.isEqualTo("account_import");
	}

	@Test
	void shouldRefuseMissingUserId() {
		this.client.post()
			.uri("/users")
			.bodyValue(Map.of("nick", "Nobody"))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("userId");
	}

	@Test
	void shouldRefuseTooLongUserIdBeforeCallingTencent() {
		this.client.post()
			.uri("/users")
			.bodyValue(Map.of("userId", "x".repeat(40)))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].detail")
			.value((String message) -> org.assertj.core.api.Assertions.assertThat(message).contains("32"));
		tencent.verify(0, postRequestedFor(urlPathEqualTo("/v4/im_open_login_svc/account_import")));
	}

	@Test
	void shouldReportVendorErrorWithItsCode() {
		tencent.stubFor(post(urlPathEqualTo("/v4/im_open_login_svc/account_import"))
			.willReturn(okJson("{\"ActionStatus\":\"FAIL\",\"ErrorCode\":70398,\"ErrorInfo\":\"account limit\"}")));
		this.client.post()
			.uri("/users")
			.bodyValue(Map.of("userId", "bob"))
			.exchange()
			.expectStatus()
			.isEqualTo(502)
			.expectBody()
			.jsonPath("$.errorCode")
			.isEqualTo(70398)
			.jsonPath("$.errorInfo")
			.isEqualTo("account limit");
	}

	@Test
	void shouldReportUnknownUser() {
		tencent.stubFor(post(urlPathEqualTo("/v4/profile/portrait_get")).willReturn(okJson(
				"{\"ActionStatus\":\"OK\",\"ErrorCode\":0,\"ErrorInfo\":\"\",\"UserProfileItem\":[{\"To_Account\":"
						+ "\"carol\",\"ResultCode\":40003,\"ResultInfo\":\"Err_Profile_Account_Not_Exist\"}],"
						+ "\"Fail_Account\":[\"carol\"]}")));
		this.client.get()
			.uri("/users/carol")
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectBody()
			.jsonPath("$.errorCode")
			.isEqualTo(40003)
			.jsonPath("$.command")
			.isEqualTo("profile/portrait_get");
	}

	@Test
	void shouldExposeHealth() {
		this.client.get()
			.uri("/actuator/health")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("UP");
	}

}
