package io.github.chatadmin.emulator;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

import io.github.chatadmin.client.ChatAdminRateLimitException;
import io.github.chatadmin.client.ChatAdminRequestException;
import io.github.chatadmin.client.ChatAdminResponseException;
import io.github.chatadmin.client.ChatAdminTemplate;
import io.github.chatadmin.client.api.account.AccountCheckResponse;
import io.github.chatadmin.client.api.account.AccountDeleteResponse;
import io.github.chatadmin.client.api.account.OnlineStatusResponse;
import io.github.chatadmin.client.transport.HttpSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The starter's client end to end against the emulator: realistic scenarios across
 * accounts, profiles, messages, groups and friends, and the emulator's quotas and faults.
 */
class EmulatorScenarioTests {

	static final AtomicLong nanoTime = new AtomicLong();

	static ChatAdminEmulator emulator;

	static ChatAdminTemplate chat;

	@BeforeAll
	static void start() {
		emulator = ChatAdminEmulator.builder().nanoTime(nanoTime::get).build().start();
		chat = ChatAdminTemplate.builder()
			.sdkAppId(emulator.getSdkAppId())
			.secretKey(emulator.getSecretKey())
			.endpoint(URI.create(emulator.baseUrl()))
			.backoff(Duration.ofMillis(1), Duration.ofMillis(2))
			.throttlingBackoff(Duration.ofMillis(1), Duration.ofMillis(2))
			.maxAttempts(3)
			.build();
	}

	@AfterAll
	static void stop() {
		chat.close();
		emulator.close();
	}

	@BeforeEach
	@AfterEach
	void reset() {
		emulator.reset();
	}

	private static JsonNode call(String service, String command, Object body) {
		return chat.execute(service, command, body).block();
	}

	private static Map<String, Object> text(String text) {
		return Map.of("MsgType", "TIMTextElem", "MsgContent", Map.of("Text", text));
	}

	@Test
	void accountsLifecycle() {
		chat.accounts().importAccount("alice").block();
		assertThat(chat.accounts().importAccounts(List.of("bob", "carol")).block().failAccounts()).isEmpty();
		List<String> ids = List.of("alice", "bob", "carol", "dave");
		AccountCheckResponse check = chat.accounts().check(ids).block();
		assertThat(check.resultItem()).extracting(AccountCheckResponse.Item::isImported)
			.containsExactly(true, true, true, false);
		OnlineStatusResponse online = chat.accounts().queryOnlineStatus(ids, false).block();
		assertThat(online.queryResult()).extracting(OnlineStatusResponse.Status::status).containsOnly("Offline");
		assertThat(online.errorList()).extracting(OnlineStatusResponse.Error::toAccount).containsExactly("dave");
		chat.accounts().kick("alice").block();
		assertThatExceptionOfType(ChatAdminResponseException.class)
			.isThrownBy(() -> chat.accounts().kick("dave").block())
			.satisfies((ex) -> assertThat(ex.getErrorCode()).isEqualTo(70107));
		AccountDeleteResponse deleted = chat.accounts().delete(List.of("carol", "dave")).block();
		assertThat(deleted.resultItem()).extracting(AccountDeleteResponse.Item::resultCode).containsExactly(0, 70107);
		assertThat(emulator.hasAccount("carol")).isFalse();
	}

	@Test
	void accountsSplitAtTheVendorLimit() {
		List<String> ids = IntStream.range(0, 250).mapToObj((i) -> "user" + i).toList();
		assertThat(chat.accounts().importAccounts(ids).block().failAccounts()).isEmpty();
		assertThat(emulator.callCount("im_open_login_svc/multiaccount_import")).isEqualTo(3);
		assertThat(chat.accounts().check(ids).block().resultItem()).hasSize(250)
			.allMatch(AccountCheckResponse.Item::isImported);
	}

	@Test
	void profiles() {
		chat.accounts().importAccount("alice").block();
		call("profile", "portrait_set", Map.of("From_Account", "alice", "ProfileItem",
				List.of(Map.of("Tag", "Tag_Profile_IM_Nick", "Value", "Alice"))));
		JsonNode profile = call("profile", "portrait_get",
				Map.of("To_Account", List.of("alice", "ghost"), "TagList", List.of("Tag_Profile_IM_Nick")));
		assertThat(profile.at("/UserProfileItem/0/ProfileItem/0/Value").asString()).isEqualTo("Alice");
		assertThat(profile.at("/UserProfileItem/1/ResultCode").asInt()).isEqualTo(40003);
		assertThat(profile.at("/Fail_Account/0").asString()).isEqualTo("ghost");
	}

	@Test
	void oneToOneMessages() {
		chat.accounts().importAccounts(List.of("alice", "bob")).block();
		JsonNode first = call("openim", "sendmsg",
				Map.of("From_Account", "alice", "To_Account", "bob", "MsgRandom", 1, "MsgBody", List.of(text("hi"))));
		call("openim", "sendmsg",
				Map.of("From_Account", "bob", "To_Account", "alice", "MsgRandom", 2, "MsgBody", List.of(text("hey"))));
		assertThat(first.get("MsgKey").asString()).isNotEmpty();
		assertThatExceptionOfType(ChatAdminResponseException.class)
			.isThrownBy(() -> call("openim", "sendmsg",
					Map.of("From_Account", "alice", "To_Account", "ghost", "MsgRandom", 3, "MsgBody",
							List.of(text("?")))))
			.satisfies((ex) -> assertThat(ex.getErrorCode()).isEqualTo(90003));
		JsonNode history = call("openim", "admin_getroammsg", Map.of("Operator_Account", "alice", "Peer_Account", "bob",
				"MaxCnt", 100, "MinTime", 0, "MaxTime", 4102444800L));
		assertThat(history.get("MsgCnt").asInt()).isEqualTo(2);
		assertThat(history.get("Complete").asInt()).isEqualTo(1);
		assertThat(history.at("/MsgList/0/MsgBody/0/MsgContent/Text").asString()).isEqualTo("hi");
		assertThat(history.at("/MsgList/1/MsgBody/0/MsgContent/Text").asString()).isEqualTo("hey");
		call("openim", "admin_msgwithdraw",
				Map.of("From_Account", "alice", "To_Account", "bob", "MsgKey", first.get("MsgKey").asString()));
		JsonNode after = call("openim", "admin_getroammsg", Map.of("Operator_Account", "bob", "Peer_Account", "alice",
				"MaxCnt", 100, "MinTime", 0, "MaxTime", 4102444800L));
		assertThat(after.at("/MsgList/0/MsgFlagBits").asInt()).isEqualTo(8);
		JsonNode batch = call("openim", "batchsendmsg", Map.of("From_Account", "alice", "To_Account",
				List.of("bob", "ghost"), "MsgRandom", 4, "MsgBody", List.of(text("all"))));
		assertThat(batch.at("/ErrorList/0/To_Account").asString()).isEqualTo("ghost");
		assertThat(batch.at("/ErrorList/0/ErrorCode").asInt()).isEqualTo(70107);
	}

	@Test
	void groups() {
		chat.accounts().importAccounts(List.of("alice", "bob", "carol")).block();
		String groupId = call("group_open_http_svc", "create_group", Map.of("Owner_Account", "alice", "Type", "Public",
				"Name", "team", "MemberList", List.of(Map.of("Member_Account", "bob"))))
			.get("GroupId")
			.asString();
		JsonNode added = call("group_open_http_svc", "add_group_member", Map.of("GroupId", groupId, "MemberList", List
			.of(Map.of("Member_Account", "carol"), Map.of("Member_Account", "bob"), Map.of("Member_Account", "x"))));
		assertThat(added.get("MemberList").findValues("Result")).extracting(JsonNode::asInt).containsExactly(1, 2, 0);
		JsonNode members = call("group_open_http_svc", "get_group_member_info", Map.of("GroupId", groupId));
		assertThat(members.get("MemberNum").asInt()).isEqualTo(3);
		assertThat(members.at("/MemberList/0/Role").asString()).isEqualTo("Owner");
		for (int i = 1; i <= 25; i++) {
			JsonNode sent = call("group_open_http_svc", "send_group_msg",
					Map.of("GroupId", groupId, "From_Account", "bob", "Random", i, "MsgBody", List.of(text("m" + i))));
			assertThat(sent.get("MsgSeq").asLong()).isEqualTo(i);
		}
		JsonNode page = call("group_open_http_svc", "group_msg_get_simple",
				Map.of("GroupId", groupId, "ReqMsgNumber", 20));
		assertThat(page.get("RspMsgList")).hasSize(20);
		assertThat(page.at("/RspMsgList/0/MsgSeq").asLong()).isEqualTo(25);
		JsonNode rest = call("group_open_http_svc", "group_msg_get_simple",
				Map.of("GroupId", groupId, "ReqMsgNumber", 20, "ReqMsgSeq", 5));
		assertThat(rest.get("RspMsgList")).hasSize(5);
		assertThat(rest.get("IsFinished").asInt()).isEqualTo(1);
		call("group_open_http_svc", "delete_group_member",
				Map.of("GroupId", groupId, "MemberToDel_Account", List.of("carol")));
		assertThat(call("group_open_http_svc", "get_group_info", Map.of("GroupIdList", List.of(groupId)))
			.at("/GroupInfo/0/MemberNum")
			.asInt()).isEqualTo(2);
		assertThatExceptionOfType(ChatAdminResponseException.class)
			.isThrownBy(() -> call("group_open_http_svc", "send_group_msg",
					Map.of("GroupId", groupId, "From_Account", "carol", "Random", 99, "MsgBody", List.of(text("x")))))
			.satisfies((ex) -> assertThat(ex.getErrorCode()).isEqualTo(10007));
		call("group_open_http_svc", "destroy_group", Map.of("GroupId", groupId));
		assertThatExceptionOfType(ChatAdminResponseException.class)
			.isThrownBy(() -> call("group_open_http_svc", "destroy_group", Map.of("GroupId", groupId)))
			.satisfies((ex) -> assertThat(ex.getErrorCode()).isEqualTo(10010));
	}

	@Test
	void groupListPagesWithTheNextCursor() {
		for (int i = 0; i < 5; i++) {
			call("group_open_http_svc", "create_group", Map.of("Type", "Public", "Name", "g" + i));
		}
		JsonNode first = call("group_open_http_svc", "get_appid_group_list", Map.of("Limit", 2, "Next", 0));
		assertThat(first.get("TotalCount").asInt()).isEqualTo(5);
		assertThat(first.get("GroupIdList")).hasSize(2);
		long next = first.get("Next").asLong();
		assertThat(next).isPositive();
		JsonNode second = call("group_open_http_svc", "get_appid_group_list", Map.of("Limit", 2, "Next", next));
		JsonNode third = call("group_open_http_svc", "get_appid_group_list",
				Map.of("Limit", 2, "Next", second.get("Next").asLong()));
		assertThat(third.get("GroupIdList")).hasSize(1);
		assertThat(third.get("Next").asLong()).isZero();
		assertThat(List.of(first, second, third)
			.stream()
			.flatMap((page) -> page.get("GroupIdList").findValues("GroupId").stream())
			.map(JsonNode::asString)
			.distinct()).hasSize(5);
	}

	@Test
	void friends() {
		chat.accounts().importAccounts(List.of("alice", "bob", "carol")).block();
		JsonNode added = call("sns", "friend_add",
				Map.of("From_Account", "alice", "ForceAddFlags", 1, "AddFriendItem",
						List.of(Map.of("To_Account", "bob", "AddSource", "AddSource_Type_Test"),
								Map.of("To_Account", "ghost", "AddSource", "AddSource_Type_Test"))));
		assertThat(added.at("/ResultItem/0/ResultCode").asInt()).isZero();
		assertThat(added.at("/Fail_Account/0").asString()).isEqualTo("ghost");
		assertThat(call("sns", "friend_get", Map.of("From_Account", "bob", "StartIndex", 0))
			.at("/UserDataItem/0/To_Account")
			.asString()).isEqualTo("alice");
		JsonNode deleted = call("sns", "friend_delete", Map.of("From_Account", "alice", "To_Account",
				List.of("bob", "carol"), "DeleteType", "Delete_Type_Both"));
		assertThat(deleted.get("ResultItem").findValues("ResultCode")).extracting(JsonNode::asInt)
			.containsExactly(0, 31704);
		assertThat(call("sns", "friend_get", Map.of("From_Account", "bob", "StartIndex", 0)).get("FriendNum").asInt())
			.isZero();
	}

	@Test
	void deletingAnAccountRemovesItFromGroupsFriendsAndProfiles() {
		chat.accounts().importAccounts(List.of("alice", "bob")).block();
		call("profile", "portrait_set", Map.of("From_Account", "bob", "ProfileItem",
				List.of(Map.of("Tag", "Tag_Profile_IM_Nick", "Value", "Bob"))));
		String groupId = call("group_open_http_svc", "create_group", Map.of("Owner_Account", "alice", "Type", "Public",
				"Name", "team", "MemberList", List.of(Map.of("Member_Account", "bob"))))
			.get("GroupId")
			.asString();
		call("sns", "friend_add", Map.of("From_Account", "alice", "ForceAddFlags", 1, "AddFriendItem",
				List.of(Map.of("To_Account", "bob", "AddSource", "AddSource_Type_Test"))));
		chat.accounts().delete(List.of("bob")).block();
		assertThat(call("group_open_http_svc", "get_group_member_info", Map.of("GroupId", groupId)).get("MemberNum")
			.asInt()).isEqualTo(1);
		assertThat(call("sns", "friend_get", Map.of("From_Account", "alice", "StartIndex", 0)).get("FriendNum").asInt())
			.isZero();
		chat.accounts().importAccount("bob").block();
		assertThat(call("profile", "portrait_get",
				Map.of("To_Account", List.of("bob"), "TagList", List.of("Tag_Profile_IM_Nick")))
			.at("/UserProfileItem/0/ProfileItem")).isEmpty();
	}

	@Test
	void commandQuotaAnswers60007AndTheClientBacksOff() {
		emulator.quotas().limitCommand("im_open_login_svc/account_check", 1);
		chat.accounts().check(List.of("a")).block();
		assertThatExceptionOfType(ChatAdminRateLimitException.class)
			.isThrownBy(() -> chat.accounts().check(List.of("a")).block())
			.satisfies((ex) -> {
				assertThat(ex.getErrorCode()).isEqualTo(60007);
				assertThat(ex.getAttempts()).isEqualTo(3);
			});
		chat.accounts().queryOnlineStatus(List.of("a"), false).block();
		nanoTime.addAndGet(Duration.ofSeconds(1).toNanos());
		assertThat(chat.accounts().check(List.of("a")).block().resultItem()).hasSize(1);
	}

	@Test
	void appQuotaAnswers60011() {
		emulator.quotas().limitApp(2);
		chat.accounts().check(List.of("a")).block();
		chat.accounts().queryOnlineStatus(List.of("a"), false).block();
		assertThatExceptionOfType(ChatAdminRateLimitException.class)
			.isThrownBy(() -> call("openim", "query_online_status", Map.of("To_Account", List.of("a"))))
			.satisfies((ex) -> assertThat(ex.getErrorCode()).isEqualTo(60011));
		nanoTime.addAndGet(Duration.ofSeconds(1).toNanos());
		chat.accounts().check(List.of("a")).block();
	}

	@Test
	void injectedFaults() {
		emulator.faults().failNext("im_open_login_svc/account_check", 2, 60018);
		assertThat(chat.accounts().check(List.of("a")).block().resultItem()).hasSize(1);
		assertThat(emulator.callCount("im_open_login_svc/account_check")).isEqualTo(3);
		emulator.faults().badGatewayNext(EmulatorFaults.ALL_COMMANDS, 1);
		assertThatExceptionOfType(ChatAdminRequestException.class).isThrownBy(() -> chat.accounts().kick("a").block())
			.satisfies((ex) -> assertThat(ex.getHttpStatus()).isEqualTo(502));
		emulator.faults().closeNext("im_open_login_svc/kick", 1);
		assertThatExceptionOfType(ChatAdminRequestException.class).isThrownBy(() -> chat.accounts().kick("a").block())
			.satisfies((ex) -> assertThat(ex.getHttpStatus()).isZero());
		emulator.faults().failNext("im_open_login_svc/kick", 1, 70402);
		assertThatExceptionOfType(ChatAdminResponseException.class).isThrownBy(() -> chat.accounts().kick("a").block())
			.satisfies((ex) -> assertThat(ex.getErrorCode()).isEqualTo(70402));
	}

	@Test
	void injectedDelayOutlastsAShortResponseTimeout() {
		HttpSettings defaults = HttpSettings.defaults();
		HttpSettings impatient = new HttpSettings(defaults.connectTimeout(), Duration.ofMillis(200),
				defaults.callTimeout(), defaults.maxConnections(), defaults.pendingAcquireMaxCount(),
				defaults.pendingAcquireTimeout(), defaults.maxIdleTime(), defaults.maxLifeTime(),
				defaults.evictionInterval());
		emulator.faults().delay("im_open_login_svc/kick", Duration.ofSeconds(5));
		try (ChatAdminTemplate template = ChatAdminTemplate.builder()
			.sdkAppId(emulator.getSdkAppId())
			.secretKey(emulator.getSecretKey())
			.endpoint(URI.create(emulator.baseUrl()))
			.httpSettings(impatient)
			.build()) {
			assertThatExceptionOfType(ChatAdminRequestException.class)
				.isThrownBy(() -> template.accounts().kick("a").block())
				.withMessageContaining("kick");
			emulator.faults().delay("im_open_login_svc/kick", Duration.ZERO);
			template.accounts().importAccount("a").block();
			template.accounts().kick("a").block();
		}
	}

}
