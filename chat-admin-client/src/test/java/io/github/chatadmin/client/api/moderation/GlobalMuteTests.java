package io.github.chatadmin.client.api.moderation;

import java.time.Duration;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.chatadmin.client.ChatAdminTemplate;
import io.github.chatadmin.client.ChatResponse;
import io.github.chatadmin.client.GoldenFixtures;
import io.github.chatadmin.client.TestTemplates;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Golden fixtures, checks and calls of the global mute commands, whose answers carry no
 * {@code ActionStatus}.
 */
class GlobalMuteTests {

	private static final GoldenFixtures fixtures = GoldenFixtures.of(GlobalMuteTests.class);

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
	void setnospeaking() {
		fixtures.assertWrittenAs(new SetGlobalMuteRequest("lumotuwe", SetGlobalMuteRequest.FOREVER, 7200L),
				"setnospeaking.request.json");
		ChatResponse response = fixtures.read("setnospeaking.response.json", ChatResponse.class);
		assertThat(response.errorCode()).isZero();
		assertThat(response.actionStatus()).isNull();
	}

	@Test
	void getnospeaking() {
		fixtures.assertWrittenAs(new GetGlobalMuteRequest("lumotuwe"), "getnospeaking.request.json");
		GlobalMuteResponse response = fixtures.read("getnospeaking.response.json", GlobalMuteResponse.class);
		assertThat(response.c2cMsgNoSpeakingTime()).isEqualTo(4294967295L);
		assertThat(response.groupMsgNoSpeakingTime()).isEqualTo(7196L);
		assertThat(response.isC2cMuted()).isTrue();
		assertThat(response.isGroupMuted()).isTrue();
		assertThat(response.extra()).containsKeys("ErrorCode", "ErrorInfo");
	}

	@Test
	@SuppressWarnings("removal")
	void answersWithoutActionStatusShouldBeAccepted() {
		wireMock.stubFor(post(urlPathEqualTo("/v4/openconfigsvr/setnospeaking"))
			.willReturn(okJson(fixtures.tree("setnospeaking.response.json").toString())));
		wireMock.stubFor(post(urlPathEqualTo("/v4/openconfigsvr/getnospeaking"))
			.willReturn(okJson(fixtures.tree("getnospeaking.response.json").toString())));
		this.template.moderation()
			.setGlobalMute("lumotuwe", SetGlobalMuteRequest.FOREVER, null)
			.block(Duration.ofSeconds(10));
		wireMock.verify(postRequestedFor(urlPathEqualTo("/v4/openconfigsvr/setnospeaking"))
			.withRequestBody(equalToJson("{\"Set_Account\":\"lumotuwe\",\"C2CmsgNospeakingTime\":4294967295}")));
		GlobalMuteResponse mute = this.template.moderation().globalMute("lumotuwe").block(Duration.ofSeconds(10));
		assertThat(mute.c2cMsgNoSpeakingTime()).isEqualTo(SetGlobalMuteRequest.FOREVER);
		assertThat(this.template.contentModeration()).isSameAs(this.template.moderation());
	}

	@Test
	void setShouldRefuseBadTimes() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> GlobalMuteCommands.SET_NO_SPEAKING.validate(new SetGlobalMuteRequest("a", null, null)))
			.withMessageContaining("C2CmsgNospeakingTime");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> GlobalMuteCommands.SET_NO_SPEAKING
				.validate(new SetGlobalMuteRequest("a", SetGlobalMuteRequest.FOREVER + 1, null)))
			.withMessageContaining("C2CmsgNospeakingTime");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> GlobalMuteCommands.SET_NO_SPEAKING.validate(new SetGlobalMuteRequest("a", null, -1L)))
			.withMessageContaining("GroupmsgNospeakingTime");
	}

}
