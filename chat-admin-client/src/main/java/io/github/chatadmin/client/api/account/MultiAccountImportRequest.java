package io.github.chatadmin.client.api.account;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * Body of {@code im_open_login_svc/multiaccount_import}, in one of the vendor's two
 * forms: the old one, UserIDs only ({@code Accounts}), or the newer one with nickname and
 * avatar ({@code AccountList}), which also updates them on accounts already imported.
 * Exactly one of the two lists is set, with at most 100 accounts.
 *
 * @param accounts the UserIDs, at most 100 ({@code Accounts})
 * @param accountList the accounts with their profile fields, at most 100
 * ({@code AccountList})
 * @author chat-admin
 * @see <a href="https://trtc.io/document/34954">multiaccount_import</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MultiAccountImportRequest(@JsonProperty("Accounts") @Nullable List<String> accounts,
		@JsonProperty("AccountList") @Nullable List<ImportedAccount> accountList) {

	/**
	 * Create the request of the old form, UserIDs only.
	 * @param accounts the UserIDs, at most 100
	 */
	public MultiAccountImportRequest(List<String> accounts) {
		this(accounts, null);
	}

	/**
	 * Return the request of the newer form, with nicknames and avatars.
	 * @param accounts the accounts, at most 100
	 * @return the request
	 */
	public static MultiAccountImportRequest withProfiles(List<ImportedAccount> accounts) {
		return new MultiAccountImportRequest(null, accounts);
	}

	/**
	 * Return the UserIDs of the request, whichever form it has.
	 * @return the UserIDs, empty when neither list is set
	 */
	public List<String> userIds() {
		if (this.accountList != null) {
			return this.accountList.stream().map((account) -> (account != null) ? account.userId() : null).toList();
		}
		return (this.accounts != null) ? this.accounts : List.of();
	}

	/**
	 * One account of the newer form.
	 *
	 * @param userId the UserID, at most 32 bytes ({@code UserID})
	 * @param nick the nickname ({@code Nick})
	 * @param faceUrl the avatar's URL ({@code FaceUrl})
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record ImportedAccount(@JsonProperty("UserID") String userId, @JsonProperty("Nick") @Nullable String nick,
			@JsonProperty("FaceUrl") @Nullable String faceUrl) {

	}

}
