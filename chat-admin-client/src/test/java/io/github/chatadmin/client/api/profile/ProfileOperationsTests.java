package io.github.chatadmin.client.api.profile;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.chatadmin.client.ChatAdminResponseException;
import io.github.chatadmin.client.ChatAdminTemplate;
import io.github.chatadmin.client.TestTemplates;
import io.github.chatadmin.client.api.WireMockCalls;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests of {@link DefaultProfileOperations} against WireMock: reads split at 100 users,
 * merged in order, a failed chunk's users as per-user failures.
 */
class ProfileOperationsTests {

	private static final String GET = "/v4/profile/portrait_get";

	@RegisterExtension
	static WireMockExtension wireMock = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
		.build();

	private ChatAdminTemplate template;

	private ProfileOperations profiles;

	@BeforeEach
	void create() {
		this.template = TestTemplates.builder("http://127.0.0.1:" + wireMock.getPort()).build();
		this.profiles = new DefaultProfileOperations(this.template, 2);
	}

	@AfterEach
	void close() {
		this.template.close();
	}

	private static String page(int from, int to) {
		return WireMockCalls.ok("\"UserProfileItem\":[" + IntStream.range(from, to)
			.mapToObj((i) -> "{\"To_Account\":\"u" + i
					+ "\",\"ProfileItem\":[{\"Tag\":\"Tag_Profile_IM_Nick\",\"Value\":\"n" + i
					+ "\"}],\"ResultCode\":0,\"ResultInfo\":\"\"}")
			.collect(Collectors.joining(",")) + "]");
	}

	@Test
	void getShouldSplitAt100UsersAndMergeInOrder() {
		wireMock
			.stubFor(post(urlPathEqualTo(GET)).withRequestBody(containing("\"u0\"")).willReturn(okJson(page(0, 100))));
		wireMock.stubFor(
				post(urlPathEqualTo(GET)).withRequestBody(containing("\"u100\"")).willReturn(okJson(page(100, 200))));
		wireMock.stubFor(post(urlPathEqualTo(GET)).withRequestBody(containing("\"u200\""))
			.willReturn(okJson(WireMockCalls.fail(40006))));
		List<String> users = IntStream.range(0, 250).mapToObj((i) -> "u" + i).toList();
		GetProfileResponse response = this.profiles.get(users, List.of(ProfileTag.NICK)).block(Duration.ofSeconds(10));
		assertThat(response.profiles()).extracting(GetProfileResponse.UserProfile::toAccount)
			.containsExactlyElementsOf(users);
		assertThat(response.profiles().get(150).profile().nick()).isEqualTo("n150");
		assertThat(response.failures()).hasSize(50)
			.allSatisfy((user) -> assertThat(user.resultCode()).isEqualTo(40006));
		assertThat(response.failAccount()).containsExactlyElementsOf(users.subList(200, 250));
		List<JsonNode> bodies = WireMockCalls.bodies(wireMock, GET);
		assertThat(bodies).hasSize(3);
		assertThat(bodies).allSatisfy((body) -> {
			assertThat(body.get("To_Account").size()).isLessThanOrEqualTo(100);
			assertThat(body.get("TagList").get(0).asString()).isEqualTo(ProfileTag.NICK);
		});
	}

	@Test
	void getOneShouldReturnTheTypedProfileOrThePerUserFailure() {
		wireMock
			.stubFor(post(urlPathEqualTo(GET)).withRequestBody(containing("\"u1\"")).willReturn(okJson(page(1, 2))));
		wireMock.stubFor(post(urlPathEqualTo(GET)).withRequestBody(containing("\"u9\""))
			.willReturn(okJson(WireMockCalls.ok("\"UserProfileItem\":[{\"To_Account\":\"u9\",\"ResultCode\":40006,"
					+ "\"ResultInfo\":\"Err_Profile_PortraitGet_Read_Custom_Data_Fail\"}],\"Fail_Account\":[\"u9\"]"))));
		assertThat(this.profiles.get("u1", List.of(ProfileTag.NICK)).block(Duration.ofSeconds(10)).nick())
			.isEqualTo("n1");
		assertThatExceptionOfType(ChatAdminResponseException.class)
			.isThrownBy(() -> this.profiles.get("u9", List.of(ProfileTag.NICK)).block(Duration.ofSeconds(10)))
			.satisfies((ex) -> assertThat(ex.getErrorCode()).isEqualTo(40006));
	}

	@Test
	void setShouldSendTheTypedFields() {
		wireMock.stubFor(post(urlPathEqualTo("/v4/profile/portrait_set")).willReturn(okJson(WireMockCalls.ok(""))));
		this.profiles.set(SetProfileRequest.builder("u1").nick("Nick").gender(Gender.MALE).build())
			.block(Duration.ofSeconds(10));
		JsonNode body = WireMockCalls.bodies(wireMock, "/v4/profile/portrait_set").get(0);
		assertThat(body.get("ProfileItem").get(1).get("Value").asString()).isEqualTo("Gender_Type_Male");
	}

}
