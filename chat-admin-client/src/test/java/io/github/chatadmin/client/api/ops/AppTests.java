package io.github.chatadmin.client.api.ops;

import java.time.Duration;
import java.util.List;
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
 * Golden fixtures, checks and WireMock calls of the operations commands.
 */
class AppTests {

	private static final GoldenFixtures fixtures = GoldenFixtures.of(AppTests.class);

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
	void getappinfo() {
		fixtures.assertWrittenAs(AppInfoRequest.all(), "getappinfo.request.json");
		fixtures.assertWrittenAs(AppInfoRequest.of("ChainIncrease", "ChainDecrease"), "getappinfo.request-2.json");
		AppDailyStats day = fixtures.read("getappinfo.response.json", AppInfoResponse.class).days().get(0);
		assertThat(day.date()).isEqualTo("20160607");
		assertThat(day.appId()).isEqualTo(1104620500L);
		assertThat(day.appName()).isEqualTo("Real-Time Communication Scenario Trial Edition");
		assertThat(day.company()).isEqualTo("Linye");
		assertThat(day.activeUserNum()).isEqualTo(2014L);
		assertThat(day.upMsgNum()).isEqualTo(60642L);
		assertThat(day.groupJoinGroupTimes()).isEqualTo(121438L);
		assertThat(day.apnsMsgNum()).isEqualTo(84L);
		assertThat(day.c2cUpMsgNum()).isEqualTo(52209L);
		assertThat(day.callBackRsp()).isEqualTo(72902L);
		assertThat(day.fields()).containsEntry("UpMsgNum", "60642");
		List<AppDailyStats> days = fixtures.read("getappinfo.response-2.json", AppInfoResponse.class).days();
		assertThat(days).extracting(AppDailyStats::chainIncrease).containsExactly(8L, 17L);
		assertThat(days.get(0).activeUserNum()).isNull();
		assertThat(new AppDailyStats("20260101", java.util.Map.of("UpMsgNum", "9876543210123")).upMsgNum())
			.isEqualTo(9876543210123L);
	}

	@Test
	void getHistory() {
		fixtures.assertWrittenAs(new HistoryFilesRequest("C2C", "2015120121"), "get_history.request.json");
		HistoryFilesResponse.HistoryFile file = fixtures.read("get_history.response.json", HistoryFilesResponse.class)
			.files()
			.get(0);
		assertThat(file.fileSize()).isEqualTo(65207L);
		assertThat(file.gzipSize()).isEqualTo(1815L);
		assertThat(file.expireTime()).isEqualTo("2015-12-02 16:45:23");
		assertThat(file.gzipMd5()).isEqualTo("c3a0269dde393fd7a8bb18bfdeaeee2e");
	}

	@Test
	void ipListAndFiles() {
		assertThat(fixtures.tree("GetIPList.request.json")).isEmpty();
		assertThat(fixtures.read("GetIPList.response.json", IpListResponse.class).addresses())
			.containsExactly("127.0.0.2", "183.192.202.0/25");
		String banned = fixtures.tree("forbid_illegal_object.request.json").get("RawURL").stringValue();
		fixtures.assertWrittenAs(new ChatFileRequest(banned), "forbid_illegal_object.request.json");
		String allowed = fixtures.tree("allow_banned_object.request.json").get("RawURL").stringValue();
		fixtures.assertWrittenAs(new ChatFileRequest(allowed), "allow_banned_object.request.json");
		assertThat(fixtures.read("forbid_illegal_object.response.json", ChatResponse.class).errorCode()).isZero();
		assertThat(fixtures.read("allow_banned_object.response.json", ChatResponse.class).errorCode()).isZero();
		String base = "https://cos.ap-shanghai.myqcloud.com/98ec-shanghai-007-privatev2-01-1256635546/0345-1400187352/0612-yyy/9a0f4c42d208ccfb5aa47c29284aefc";
		fixtures.assertWrittenAs(new CosSignatureRequest(List.of(new CosSignatureRequest.File(1, base + "6.png"),
				new CosSignatureRequest.File(2, base + "7.png"))), "get_cos_sig.request.json");
	}

	@Test
	void ipListShouldSendAnEmptyObject() {
		wireMock.stubFor(post(urlPathEqualTo("/v4/ConfigSvc/GetIPList"))
			.willReturn(okJson("{\"ActionStatus\":\"OK\",\"ErrorCode\":0,\"IPList\":[\"1.2.3.0/24\"]}")));
		AppOperations operations = new DefaultAppOperations(this.template, 4);
		assertThat(operations.ipList().block(Duration.ofSeconds(10)).addresses()).containsExactly("1.2.3.0/24");
		wireMock.verify(postRequestedFor(urlPathEqualTo("/v4/ConfigSvc/GetIPList")).withRequestBody(equalToJson("{}")));
	}

	static Stream<Arguments> badRequests() {
		return Stream.of(Arguments.of(AppCommands.APP_INFO, AppInfoRequest.of(""), "'RequestField[0]'"),
				Arguments.of(AppCommands.HISTORY_FILES, new HistoryFilesRequest("c2c", "2015120121"), "'ChatType'"),
				Arguments.of(AppCommands.HISTORY_FILES, new HistoryFilesRequest("Group", "20151201"), "'MsgTime'"),
				Arguments.of(AppCommands.FORBID_FILE, new ChatFileRequest(""), "'RawURL'"),
				Arguments.of(AppCommands.ALLOW_FILE, new ChatFileRequest(""), "'RawURL'"),
				Arguments.of(AppCommands.SIGN_FILES, new CosSignatureRequest(List.of()), "'RawURLs'"),
				Arguments.of(AppCommands.SIGN_FILES,
						new CosSignatureRequest(List.of(new CosSignatureRequest.File(1, ""))), "'RawURLs[0].RawURL'"));
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
