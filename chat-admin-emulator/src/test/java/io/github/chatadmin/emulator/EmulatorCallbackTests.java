package io.github.chatadmin.emulator;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import io.github.chatadmin.client.ChatAdminResponseException;
import io.github.chatadmin.client.ChatAdminTemplate;
import io.netty.handler.codec.http.QueryStringDecoder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The emulator calls the app back as the vendor does: signed, with the vendor's query
 * parameters and bodies; a "before" reply refuses or rewrites a message, and "after"
 * callbacks follow what was carried out.
 *
 * @author chat-admin
 */
class EmulatorCallbackTests {

	private static final String TOKEN = "callback-token-for-tests";

	private static final JsonMapper mapper = JsonMapper.builder().build();

	private static final List<Map<String, List<String>>> queries = new CopyOnWriteArrayList<>();

	private static volatile Function<JsonNode, Mono<String>> replier = EmulatorCallbackTests::allow;

	static DisposableServer app;

	static ChatAdminEmulator emulator;

	static ChatAdminTemplate chat;

	@BeforeAll
	static void start() {
		app = HttpServer.create()
			.host("127.0.0.1")
			.port(0)
			.handle((request,
					response) -> request.receive().aggregate().asString(StandardCharsets.UTF_8).flatMap((body) -> {
						queries.add(new QueryStringDecoder(request.uri()).parameters());
						return replier.apply(mapper.readTree(body));
					})
						.flatMap((reply) -> response.header("Content-Type", "application/json")
							.sendString(Mono.just(reply))
							.then()))
			.bindNow();
		emulator = ChatAdminEmulator.builder()
			.callbacks(URI.create("http://127.0.0.1:" + app.port() + "/callback?tenant=a"), TOKEN)
			.build()
			.start();
		chat = ChatAdminTemplate.builder()
			.sdkAppId(emulator.getSdkAppId())
			.secretKey(emulator.getSecretKey())
			.endpoint(URI.create(emulator.baseUrl()))
			.maxAttempts(1)
			.build();
	}

	@AfterAll
	static void stop() {
		chat.close();
		emulator.close();
		app.disposeNow();
	}

	@BeforeEach
	void reset() {
		emulator.reset();
		queries.clear();
		replier = EmulatorCallbackTests::allow;
		chat.accounts().importAccounts(List.of("alice", "bob", "carol")).block();
	}

	private static Mono<String> allow(JsonNode body) {
		return Mono.just("{\"ActionStatus\":\"OK\",\"ErrorCode\":0,\"ErrorInfo\":\"\"}");
	}

	private static JsonNode call(String service, String command, Object body) {
		return chat.execute(service, command, body).block();
	}

	private static Map<String, Object> text(String text) {
		return Map.of("MsgType", "TIMTextElem", "MsgContent", Map.of("Text", text));
	}

	private static EmulatorCallbacks.Call await(String command) throws Exception {
		return emulator.callbacks().awaitCall(command).get(10, TimeUnit.SECONDS);
	}

	private static JsonNode history() {
		return call("openim", "admin_getroammsg", Map.of("Operator_Account", "alice", "Peer_Account", "bob", "MaxCnt",
				10, "MinTime", 0, "MaxTime", 4294967295L));
	}

	@Test
	void oneToOneSendCallsBeforeAndAfterSignedWithTheVendorsParameters() throws Exception {
		JsonNode sent = call("openim", "sendmsg",
				Map.of("From_Account", "alice", "To_Account", "bob", "MsgRandom", 7, "MsgBody", List.of(text("hi"))));
		EmulatorCallbacks.Call before = emulator.callbacks().calls("C2C.CallbackBeforeSendMsg").get(0);
		assertThat(before.body().get("CallbackCommand").asString()).isEqualTo("C2C.CallbackBeforeSendMsg");
		assertThat(before.body().get("From_Account").asString()).isEqualTo("alice");
		assertThat(before.body().at("/MsgBody/0/MsgContent/Text").asString()).isEqualTo("hi");
		assertThat(before.errorCode()).isZero();
		EmulatorCallbacks.Call after = await("C2C.CallbackAfterSendMsg");
		assertThat(after.body().get("MsgKey").asString()).isEqualTo(sent.get("MsgKey").asString());
		assertThat(after.body().get("To_Account").asString()).isEqualTo("bob");
		assertThat(after.body().get("MsgRandom").asLong()).isEqualTo(7);
		assertThat(queries).hasSize(2).allSatisfy((query) -> {
			assertThat(query.get("tenant")).containsExactly("a");
			assertThat(query.get("SdkAppid")).containsExactly(Long.toString(emulator.getSdkAppId()));
			assertThat(query.get("contenttype")).containsExactly("json");
			assertThat(query.get("OptPlatform")).containsExactly("RESTAPI");
			assertThat(query.get("ClientIP")).hasSize(1);
			String time = query.get("RequestTime").get(0);
			assertThat(query.get("Sign")).containsExactly(sha256(TOKEN + time));
		});
		assertThat(queries).extracting((query) -> query.get("CallbackCommand").get(0))
			.containsExactly("C2C.CallbackBeforeSendMsg", "C2C.CallbackAfterSendMsg");
	}

	@Test
	void aRefusingBeforeReplyFailsTheSendAndStoresNothing() throws Exception {
		replier = (body) -> Mono.just(body.at("/MsgBody/0/MsgContent/Text").asString().contains("spam")
				? "{\"ActionStatus\":\"OK\",\"ErrorCode\":1,\"ErrorInfo\":\"no spam\"}" : allow(body).block());
		assertThatExceptionOfType(ChatAdminResponseException.class)
			.isThrownBy(() -> call("openim", "sendmsg",
					Map.of("From_Account", "alice", "To_Account", "bob", "MsgRandom", 1, "MsgBody",
							List.of(text("buy spam")))))
			.satisfies((ex) -> assertThat(ex.getErrorCode()).isEqualTo(20006));
		call("openim", "sendmsg", Map.of("From_Account", "alice", "To_Account", "bob", "MsgRandom", 2, "MsgBody",
				List.of(text("hello"))));
		assertThat(history().get("MsgList")).hasSize(1);
		assertThat(history().at("/MsgList/0/MsgBody/0/MsgContent/Text").asString()).isEqualTo("hello");
		EmulatorCallbacks.Call after = await("C2C.CallbackAfterSendMsg");
		assertThat(after.body().at("/MsgBody/0/MsgContent/Text").asString()).isEqualTo("hello");
		assertThat(emulator.callbacks().calls("C2C.CallbackBeforeSendMsg"))
			.extracting(EmulatorCallbacks.Call::errorCode)
			.containsExactly(1, 0);
	}

	@Test
	void aRewritingBeforeReplyChangesWhatIsStoredAndCalledBackAfter() throws Exception {
		replier = (body) -> Mono.just("{\"ActionStatus\":\"OK\",\"ErrorCode\":0,\"ErrorInfo\":\"\","
				+ "\"MsgBody\":[{\"MsgType\":\"TIMTextElem\",\"MsgContent\":{\"Text\":\"***\"}}]}");
		call("openim", "sendmsg",
				Map.of("From_Account", "alice", "To_Account", "bob", "MsgRandom", 3, "MsgBody", List.of(text("darn"))));
		assertThat(history().at("/MsgList/0/MsgBody/0/MsgContent/Text").asString()).isEqualTo("***");
		assertThat(await("C2C.CallbackAfterSendMsg").body().at("/MsgBody/0/MsgContent/Text").asString())
			.isEqualTo("***");
	}

	@Test
	void groupSendRefusedWith10016AndAfterCallbacksOfGroupLifecycle() throws Exception {
		String groupId = call("group_open_http_svc", "create_group", Map.of("Owner_Account", "alice", "Type", "Public",
				"Name", "g", "MemberList", List.of(Map.of("Member_Account", "bob"))))
			.get("GroupId")
			.asString();
		EmulatorCallbacks.Call created = await("Group.CallbackAfterCreateGroup");
		assertThat(created.body().get("GroupId").asString()).isEqualTo(groupId);
		assertThat(created.body().at("/MemberList/0/Member_Account").asString()).isEqualTo("bob");
		call("group_open_http_svc", "add_group_member",
				Map.of("GroupId", groupId, "MemberList", List.of(Map.of("Member_Account", "carol"))));
		EmulatorCallbacks.Call joined = await("Group.CallbackAfterNewMemberJoin");
		assertThat(joined.body().get("Type").asString()).isEqualTo("Public");
		assertThat(joined.body().at("/NewMemberList/0/Member_Account").asString()).isEqualTo("carol");
		replier = (body) -> Mono.just("{\"ActionStatus\":\"OK\",\"ErrorCode\":1,\"ErrorInfo\":\"no\"}");
		assertThatExceptionOfType(ChatAdminResponseException.class)
			.isThrownBy(() -> call("group_open_http_svc", "send_group_msg",
					Map.of("GroupId", groupId, "From_Account", "bob", "Random", 5, "MsgBody", List.of(text("x")))))
			.satisfies((ex) -> assertThat(ex.getErrorCode()).isEqualTo(10016));
		replier = EmulatorCallbackTests::allow;
		JsonNode sent = call("group_open_http_svc", "send_group_msg",
				Map.of("GroupId", groupId, "From_Account", "bob", "Random", 6, "MsgBody", List.of(text("y"))));
		EmulatorCallbacks.Call after = await("Group.CallbackAfterSendMsg");
		assertThat(after.body().get("MsgSeq").asLong()).isEqualTo(sent.get("MsgSeq").asLong());
		assertThat(after.body().get("Random").asLong()).isEqualTo(6);
		call("group_open_http_svc", "delete_group_member",
				Map.of("GroupId", groupId, "MemberToDel_Account", List.of("carol", "alice-not-a-member")));
		EmulatorCallbacks.Call exited = await("Group.CallbackAfterMemberExit");
		assertThat(exited.body().get("ExitType").asString()).isEqualTo("Kicked");
		assertThat(exited.body().get("ExitMemberList")).singleElement()
			.satisfies((member) -> assertThat(member.get("Member_Account").asString()).isEqualTo("carol"));
		assertThat(emulator.callbacks().calls("Group.CallbackAfterSendMsg")).hasSize(1);
	}

	@Test
	void friendAddedAndProfileSet() throws Exception {
		// bob's allow type asks for confirmation: a pending request adds no friend and
		// calls nothing back
		call("sns", "friend_add", Map.of("From_Account", "alice", "AddFriendItem",
				List.of(Map.of("To_Account", "bob", "AddSource", "AddSource_Type_Test"))));
		assertThat(emulator.callbacks().calls("Sns.CallbackFriendAdd")).isEmpty();
		call("sns", "friend_add", Map.of("From_Account", "alice", "ForceAddFlags", 1, "AddFriendItem",
				List.of(Map.of("To_Account", "bob", "AddSource", "AddSource_Type_Test"))));
		EmulatorCallbacks.Call friends = await("Sns.CallbackFriendAdd");
		assertThat(friends.body().get("ClientCmd").asString()).isEqualTo("friend_add");
		assertThat(friends.body().get("ForceFlag").asInt()).isEqualTo(1);
		assertThat(friends.body().get("PairList")).hasSize(2);
		call("profile", "portrait_set", Map.of("From_Account", "alice", "ProfileItem",
				List.of(Map.of("Tag", "Tag_Profile_IM_Nick", "Value", "Alice"))));
		EmulatorCallbacks.Call profile = await("Profile.CallbackPortraitSet");
		assertThat(profile.body().at("/ProfileItem/0/Value").asString()).isEqualTo("Alice");
	}

	@Test
	void aBeforeCallbackThatTimesOutLetsTheMessageThrough() {
		replier = (body) -> body.get("CallbackCommand").asString().contains("Before") ? Mono.never() : allow(body);
		call("openim", "sendmsg",
				Map.of("From_Account", "alice", "To_Account", "bob", "MsgRandom", 9, "MsgBody", List.of(text("slow"))));
		assertThat(history().get("MsgList")).hasSize(1);
		assertThat(emulator.callbacks().calls("C2C.CallbackBeforeSendMsg")).singleElement()
			.satisfies((call) -> assertThat(call.failure()).isEqualTo("timed out"));
	}

	@Test
	void forbidCallbackControlSkipsTheBeforeCallback() throws Exception {
		call("openim", "sendmsg", Map.of("From_Account", "alice", "To_Account", "bob", "MsgRandom", 4, "MsgBody",
				List.of(text("quiet")), "ForbidCallbackControl", List.of("ForbidBeforeSendMsgCallback")));
		await("C2C.CallbackAfterSendMsg");
		assertThat(emulator.callbacks().calls("C2C.CallbackBeforeSendMsg")).isEmpty();
	}

	@Test
	void onlyLoopbackUrlsAreCalled() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> emulator.callbacks().configure(URI.create("http://example.com/cb"), TOKEN));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> emulator.callbacks().configure(URI.create("http://10.0.0.1/cb"), TOKEN));
		assertThat(emulator.callbacks().toString()).doesNotContain(TOKEN);
	}

	private static String sha256(String text) throws Exception {
		return HexFormat.of()
			.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
	}

}
