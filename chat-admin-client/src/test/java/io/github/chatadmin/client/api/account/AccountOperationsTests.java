package io.github.chatadmin.client.api.account;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.IntStream;

import io.github.chatadmin.client.ChatAdminResponseException;
import io.github.chatadmin.client.ChatAdminTemplate;
import io.github.chatadmin.client.EnvelopeServer;
import io.github.chatadmin.client.TestTemplates;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for the account operations: chunking, merging, input checks and partial failures.
 */
class AccountOperationsTests {

	private EnvelopeServer server;

	private ChatAdminTemplate template;

	@AfterEach
	void close() {
		if (this.template != null) {
			this.template.close();
		}
		if (this.server != null) {
			this.server.close();
		}
	}

	private AccountOperations accounts(BiFunction<String, JsonNode, String> responder) {
		this.server = new EnvelopeServer(responder);
		this.template = TestTemplates.builder(this.server.baseUrl()).build();
		return this.template.accounts();
	}

	private static List<String> ids(int count) {
		return IntStream.range(0, count).mapToObj((i) -> "user" + i).toList();
	}

	private static String checkAnswer(JsonNode body) {
		List<String> items = new ArrayList<>();
		for (JsonNode item : body.get("CheckItem")) {
			String id = item.get("UserID").asString();
			String status = (id.hashCode() % 2 == 0) ? "Imported" : "NotImported";
			items.add("{\"UserID\":\"" + id + "\",\"ResultCode\":0,\"ResultInfo\":\"\",\"AccountStatus\":\"" + status
					+ "\"}");
		}
		return EnvelopeServer.ok("\"ResultItem\":[" + String.join(",", items) + "]");
	}

	@Test
	void shouldSplitCheckAtTheLimitAndMergeInOrder() {
		AccountOperations accounts = accounts((command, body) -> checkAnswer(body));
		List<String> ids = ids(250);
		AccountCheckResponse response = accounts.check(ids).block();
		assertThat(this.server.requests()).hasSize(3)
			.allSatisfy((request) -> assertThat(request.path()).isEqualTo("/v4/im_open_login_svc/account_check"));
		assertThat(this.server.requests().stream().map((request) -> request.body().get("CheckItem").size()))
			.containsExactlyInAnyOrder(100, 100, 50);
		assertThat(response.resultItem()).extracting(AccountCheckResponse.Item::userId).containsExactlyElementsOf(ids);
		assertThat(response.resultItem().get(0).isImported()).isEqualTo("user0".hashCode() % 2 == 0);
	}

	@Test
	void shouldSendOneCallWhenTheListFits() {
		AccountOperations accounts = accounts((command, body) -> checkAnswer(body));
		assertThat(accounts.check(ids(100)).block().resultItem()).hasSize(100);
		assertThat(this.server.requests()).hasSize(1);
	}

	@Test
	void shouldKeepTheFieldsTheModelDoesNotKnowWhenTheListFitsOneCall() {
		AccountOperations accounts = accounts((command, body) -> checkAnswer(body).replace("\"ResultItem\"",
				"\"NewField\":{\"x\":1},\"ResultItem\""));
		AccountCheckResponse response = accounts.check(ids(3)).block();
		assertThat(response.resultItem()).extracting(AccountCheckResponse.Item::userId)
			.containsExactly("user0", "user1", "user2");
		assertThat(response.extra()).containsKey("NewField");
	}

	@Test
	void shouldSendNothingForAnEmptyList() {
		AccountOperations accounts = accounts((command, body) -> checkAnswer(body));
		assertThat(accounts.check(List.of()).block().resultItem()).isEmpty();
		assertThat(this.server.requests()).isEmpty();
	}

	@Test
	void shouldSplitOnlineStatusAt500() {
		AccountOperations accounts = accounts((command, body) -> {
			List<String> found = new ArrayList<>();
			List<String> errors = new ArrayList<>();
			for (JsonNode id : body.get("To_Account")) {
				if (id.asString().endsWith("7")) {
					errors.add("{\"To_Account\":\"" + id.asString() + "\",\"ErrorCode\":70107}");
				}
				else {
					found.add("{\"To_Account\":\"" + id.asString() + "\",\"Status\":\"Offline\"}");
				}
			}
			return EnvelopeServer.ok("\"QueryResult\":[" + String.join(",", found) + "],\"ErrorList\":["
					+ String.join(",", errors) + "]");
		});
		OnlineStatusResponse response = accounts.queryOnlineStatus(ids(1200), true).block();
		assertThat(this.server.requests()).hasSize(3);
		assertThat(this.server.requests().get(0).body().get("IsNeedDetail").asInt()).isEqualTo(1);
		assertThat(response.queryResult().size() + response.errorList().size()).isEqualTo(1200);
		assertThat(response.errorList()).hasSize(120)
			.allSatisfy((error) -> assertThat(error.errorCode()).isEqualTo(70107));
		assertThat(response.queryResult().get(0).toAccount()).isEqualTo("user0");
	}

	@Test
	void shouldReturnPerItemFailuresAsValues() {
		AccountOperations accounts = accounts((command, body) -> EnvelopeServer
			.ok("\"ResultItem\":[{\"UserID\":\"a\",\"ResultCode\":0,\"ResultInfo\":\"\"},"
					+ "{\"UserID\":\"b\",\"ResultCode\":70107,\"ResultInfo\":\"Err_TLS_PT_Open_Login_Account_Not_Exist\"}]"));
		AccountDeleteResponse response = accounts.delete(List.of("a", "b")).block();
		assertThat(response.resultItem()).extracting(AccountDeleteResponse.Item::resultCode).containsExactly(0, 70107);
	}

	@Test
	void shouldKeepSuccessfulChunksWhenOneChunkFails() {
		AccountOperations accounts = accounts((command, body) -> {
			if (body.get("Accounts").get(0).asString().equals("user100")) {
				return EnvelopeServer.fail(70402, "invalid parameter");
			}
			return EnvelopeServer.ok("\"FailAccounts\":[]");
		});
		MultiAccountImportResponse response = accounts.importAccounts(ids(250)).block();
		assertThat(this.server.requests()).hasSize(3);
		assertThat(response.failAccounts()).containsExactlyElementsOf(ids(200).subList(100, 200));
	}

	@Test
	void shouldMarkItemsOfAFailedChunkWithTheErrorCode() {
		AccountOperations accounts = accounts((command, body) -> {
			if (body.get("CheckItem").get(0).get("UserID").asString().equals("user0")) {
				return EnvelopeServer.fail(70500, "internal error");
			}
			return checkAnswer(body);
		});
		AccountCheckResponse response = accounts.check(ids(150)).block();
		assertThat(response.resultItem()).hasSize(150);
		assertThat(response.resultItem().subList(0, 100)).allSatisfy((item) -> {
			assertThat(item.resultCode()).isEqualTo(70500);
			assertThat(item.isImported()).isFalse();
		});
		assertThat(response.resultItem().subList(100, 150))
			.allSatisfy((item) -> assertThat(item.resultCode()).isZero());
	}

	@Test
	void shouldSplitImportsWithProfilesAndReportTheAccountsOfAFailedChunk() {
		AccountOperations accounts = accounts((command, body) -> {
			if (body.get("AccountList").get(0).get("UserID").asString().equals("user100")) {
				return EnvelopeServer.fail(70402, "invalid parameter");
			}
			return EnvelopeServer
				.ok("\"FailAccounts\":[\"" + body.get("AccountList").get(1).get("UserID").asString() + "\"]");
		});
		List<MultiAccountImportRequest.ImportedAccount> profiles = ids(250).stream()
			.map((id) -> new MultiAccountImportRequest.ImportedAccount(id, "nick " + id, null))
			.toList();
		MultiAccountImportResponse response = accounts.importAccountsWithProfiles(profiles).block();
		assertThat(this.server.requests()).hasSize(3)
			.allSatisfy((request) -> assertThat(request.body().has("Accounts")).isFalse());
		assertThat(this.server.requests().stream().map((request) -> request.body().get("AccountList").size()))
			.containsExactlyInAnyOrder(100, 100, 50);
		List<String> failed = new ArrayList<>(List.of("user1"));
		failed.addAll(ids(200).subList(100, 200));
		failed.add("user201");
		assertThat(response.failAccounts()).containsExactlyElementsOf(failed);
	}

	@Test
	void shouldRefuseABadProfileImportBeforeSendingAnyChunk() {
		AccountOperations accounts = accounts((command, body) -> EnvelopeServer.ok("\"FailAccounts\":[]"));
		List<MultiAccountImportRequest.ImportedAccount> profiles = new ArrayList<>(
				ids(150).stream().map((id) -> new MultiAccountImportRequest.ImportedAccount(id, null, null)).toList());
		profiles.set(120, new MultiAccountImportRequest.ImportedAccount("", null, null));
		assertThatIllegalArgumentException().isThrownBy(() -> accounts.importAccountsWithProfiles(profiles).block())
			.withMessageContaining("AccountList[20].UserID");
		assertThat(this.server.requests()).isEmpty();
	}

	@Test
	void shouldFailWhenEveryChunkFails() {
		AccountOperations accounts = accounts((command, body) -> EnvelopeServer.fail(70403, "needs admin"));
		assertThatExceptionOfType(ChatAdminResponseException.class)
			.isThrownBy(() -> accounts.importAccounts(ids(150)).block())
			.satisfies((ex) -> assertThat(ex.getErrorCode()).isEqualTo(70403));
	}

	@Test
	void shouldRefuseInvalidUserIdsBeforeSending() {
		AccountOperations accounts = accounts((command, body) -> EnvelopeServer.ok(""));
		assertThatIllegalArgumentException().isThrownBy(() -> accounts.importAccount("").block())
			.withMessageContaining("userId");
		String tooLong = "é".repeat(17);
		assertThatIllegalArgumentException().isThrownBy(() -> accounts.check(List.of("ok", tooLong)).block())
			.withMessageContaining("userIds[1]")
			.withMessageContaining("34 bytes");
		assertThatIllegalArgumentException().isThrownBy(() -> accounts.kick("x".repeat(33)).block());
		assertThatIllegalArgumentException().isThrownBy(() -> accounts.delete(null).block());
		assertThat(this.server.requests()).isEmpty();
		accounts.importAccount("é".repeat(16)).block();
		assertThat(this.server.requests()).hasSize(1);
	}

	@Test
	void shouldSendTheVendorFieldNames() {
		AccountOperations accounts = accounts((command, body) -> EnvelopeServer.ok(""));
		accounts.importAccount(new AccountImportRequest("alice", "Alice", null)).block();
		accounts.kick("alice").block();
		assertThat(this.server.requests().get(0).path()).isEqualTo("/v4/im_open_login_svc/account_import");
		assertThat(this.server.requests().get(0).body())
			.isEqualTo(JsonMapper.builder().build().readTree("{\"UserID\":\"alice\",\"Nick\":\"Alice\"}"));
		assertThat(this.server.requests().get(1).path()).isEqualTo("/v4/im_open_login_svc/kick");
		assertThat(this.server.requests().get(1).body().toString()).isEqualTo("{\"UserID\":\"alice\"}");
	}

}
