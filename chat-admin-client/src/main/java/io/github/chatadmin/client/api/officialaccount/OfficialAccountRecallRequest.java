package io.github.chatadmin.client.api.officialaccount;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The request of {@code official_account_open_http_svc/official_account_msg_recall}: up
 * to 10 messages.
 *
 * @param officialAccount the account ({@code Official_Account})
 * @param msgKeyList the messages' keys ({@code MsgKeyList})
 * @param reason why, at most 100 bytes ({@code Reason})
 * @author chat-admin
 */
public record OfficialAccountRecallRequest(@JsonProperty("Official_Account") String officialAccount,
		@JsonProperty("MsgKeyList") List<String> msgKeyList, @JsonProperty("Reason") @Nullable String reason) {

	/**
	 * Return this request for other messages.
	 * @param msgKeys the keys
	 * @return the request
	 */
	public OfficialAccountRecallRequest withKeys(List<String> msgKeys) {
		return new OfficialAccountRecallRequest(this.officialAccount, List.copyOf(msgKeys), this.reason);
	}

}
