package io.github.chatadmin.client.api.officialaccount;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The request of {@code official_account_open_http_svc/official_account_msg_get_simple}:
 * messages older than a key, newest first.
 *
 * @param officialAccount the account ({@code Official_Account})
 * @param lastMsgKey the key to read before, or {@code null} for the latest
 * ({@code LastMsgKey})
 * @param reqMsgNumber how many messages ({@code ReqMsgNumber})
 * @param withRecalledMsg {@code 1} to include recalled messages ({@code WithRecalledMsg})
 * @author chat-admin
 */
public record OfficialAccountHistoryRequest(@JsonProperty("Official_Account") String officialAccount,
		@JsonProperty("LastMsgKey") @Nullable String lastMsgKey,
		@JsonProperty("ReqMsgNumber") @Nullable Long reqMsgNumber,
		@JsonProperty("WithRecalledMsg") @Nullable Integer withRecalledMsg) {

	/**
	 * Return the request of the latest messages.
	 * @param officialAccount the account
	 * @param count how many
	 * @return the request
	 */
	public static OfficialAccountHistoryRequest latest(String officialAccount, long count) {
		return new OfficialAccountHistoryRequest(officialAccount, null, count, null);
	}

	/**
	 * Return the request of the page after a page, or {@code null} when it was the last
	 * ({@code IsFinished} 1, empty, or no {@code LastMsgKey}).
	 * @param page the page this request read
	 * @return the next request, or {@code null}
	 */
	public @Nullable OfficialAccountHistoryRequest next(OfficialAccountHistoryResponse page) {
		if (page.isFinished() || page.messages().isEmpty() || page.lastMsgKey() == null
				|| page.lastMsgKey().isEmpty()) {
			return null;
		}
		return new OfficialAccountHistoryRequest(this.officialAccount, page.lastMsgKey(), this.reqMsgNumber,
				this.withRecalledMsg);
	}

}
