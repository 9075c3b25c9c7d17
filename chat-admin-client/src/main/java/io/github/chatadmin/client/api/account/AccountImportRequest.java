package io.github.chatadmin.client.api.account;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * Body of {@code im_open_login_svc/account_import}.
 *
 * @param userId the UserID, at most 32 bytes
 * @param nick the nickname, if any
 * @param faceUrl the avatar URL, if any
 * @author chat-admin
 */
public record AccountImportRequest(@JsonProperty("UserID") String userId, @JsonProperty("Nick") @Nullable String nick,
		@JsonProperty("FaceUrl") @Nullable String faceUrl) {

	/**
	 * Create a request for a UserID without profile fields.
	 * @param userId the UserID
	 * @return the request
	 */
	public static AccountImportRequest of(String userId) {
		return new AccountImportRequest(userId, null, null);
	}

}
