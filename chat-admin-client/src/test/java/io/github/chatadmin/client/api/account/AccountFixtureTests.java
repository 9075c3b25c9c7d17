package io.github.chatadmin.client.api.account;

import java.util.List;

import io.github.chatadmin.client.GoldenFixtures;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Golden fixtures of the account commands, from the vendor's pages, with both forms of
 * {@code multiaccount_import}.
 */
class AccountFixtureTests {

	private static final GoldenFixtures fixtures = GoldenFixtures.of(AccountFixtureTests.class);

	@Test
	void multiaccount_import() {
		fixtures.assertWrittenAs(new MultiAccountImportRequest(List.of("test1", "test2", "test3", "test4", "test5")),
				"multiaccount_import.request.json");
		MultiAccountImportRequest newer = MultiAccountImportRequest.withProfiles(
				List.of(new MultiAccountImportRequest.ImportedAccount("UserID_001", "Nick_001", "http://www.qq.com"),
						new MultiAccountImportRequest.ImportedAccount("UserID_002", "Nick_002", "http://www.qq.com"),
						new MultiAccountImportRequest.ImportedAccount("UserID_002", "Nick_001", "http://www.qq.com")));
		fixtures.assertWrittenAs(newer, "multiaccount_import.request-2.json");
		AccountCommands.MULTIACCOUNT_IMPORT.validate(newer);
		assertThat(newer.userIds()).containsExactly("UserID_001", "UserID_002", "UserID_002");
		MultiAccountImportResponse response = fixtures.read("multiaccount_import.response-2.json",
				MultiAccountImportResponse.class);
		assertThat(response.failAccounts()).containsExactly("UserID_002", "UserID_003");
		assertThat(response.extra()).containsKey("ActionStatus");
		assertThat(fixtures.read("multiaccount_import.response.json", MultiAccountImportResponse.class).failAccounts())
			.containsExactly("test3", "test4");
	}

	@Test
	void multiaccountImportShouldRefuseBadForms() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> AccountCommands.MULTIACCOUNT_IMPORT.validate(new MultiAccountImportRequest(List.of("a"),
					List.of(new MultiAccountImportRequest.ImportedAccount("b", null, null)))))
			.withMessageContaining("Only one of");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> AccountCommands.MULTIACCOUNT_IMPORT.validate(new MultiAccountImportRequest(null, null)))
			.withMessageContaining("must not be empty");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> AccountCommands.MULTIACCOUNT_IMPORT.validate(MultiAccountImportRequest
				.withProfiles(List.of(new MultiAccountImportRequest.ImportedAccount("", "n", null)))))
			.withMessageContaining("AccountList[0].UserID");
		assertThatIllegalArgumentException().isThrownBy(() -> AccountCommands.MULTIACCOUNT_IMPORT
			.validate(MultiAccountImportRequest.withProfiles(java.util.stream.IntStream.range(0, 101)
				.mapToObj((i) -> new MultiAccountImportRequest.ImportedAccount("u" + i, null, null))
				.toList())))
			.withMessageContaining("'AccountList'");
	}

	@Test
	void account_check_and_account_delete() {
		AccountCheckResponse check = fixtures.read("account_check.response.json", AccountCheckResponse.class);
		assertThat(check.resultItem()).extracting(AccountCheckResponse.Item::isImported).containsExactly(true, false);
		assertThat(check.extra()).containsKeys("ActionStatus", "ErrorCode", "ErrorInfo");
		AccountDeleteResponse delete = fixtures.read("account_delete.response.json", AccountDeleteResponse.class);
		assertThat(delete.resultItem()).hasSize(2);
		assertThat(delete.extra()).containsKey("ActionStatus");
	}

	@Test
	void query_online_status() {
		OnlineStatusResponse response = fixtures.read("query_online_status.response-2.json",
				OnlineStatusResponse.class);
		assertThat(response.queryResult()).extracting(OnlineStatusResponse.Status::status)
			.containsExactly("Online", "Offline");
		assertThat(response.errorList()).singleElement()
			.satisfies((error) -> assertThat(error.errorCode()).isEqualTo(70107));
		assertThat(response.extra()).containsKey("ActionStatus");
	}

}
