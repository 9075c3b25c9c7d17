package io.github.chatadmin.client.api.message;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The request of {@code openim/admin_set_msg_read}: mark a one-to-one conversation read.
 *
 * @param reportAccount the user who read ({@code Report_Account})
 * @param peerAccount the other user of the conversation ({@code Peer_Account})
 * @param msgReadTime read up to this time, in Unix seconds written as text as the vendor
 * types it, or {@code null} for all ({@code MsgReadTime})
 * @author chat-admin
 * @since 0.1.0
 */
public record MarkReadRequest(@JsonProperty("Report_Account") String reportAccount,
		@JsonProperty("Peer_Account") String peerAccount, @JsonProperty("MsgReadTime") @Nullable String msgReadTime) {

	/**
	 * Create a request that marks every message of the conversation read.
	 * @param reportAccount the user who read
	 * @param peerAccount the other user
	 * @return the request
	 */
	public static MarkReadRequest all(String reportAccount, String peerAccount) {
		return new MarkReadRequest(reportAccount, peerAccount, null);
	}

	/**
	 * Create a request that marks the messages sent before a time read.
	 * @param reportAccount the user who read
	 * @param peerAccount the other user
	 * @param epochSeconds the time, in Unix seconds
	 * @return the request
	 */
	public static MarkReadRequest upTo(String reportAccount, String peerAccount, long epochSeconds) {
		return new MarkReadRequest(reportAccount, peerAccount, Long.toString(epochSeconds));
	}

}
