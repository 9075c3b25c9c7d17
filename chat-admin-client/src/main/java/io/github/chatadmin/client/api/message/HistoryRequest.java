package io.github.chatadmin.client.api.message;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The request of {@code openim/admin_getroammsg}: one page of the one-to-one history
 * between two users in a time range, newest first.
 *
 * @param operatorAccount the user whose history is read ({@code Operator_Account})
 * @param peerAccount the other user ({@code Peer_Account})
 * @param maxCnt how many messages at most ({@code MaxCnt})
 * @param minTime the start of the range, in Unix seconds ({@code MinTime})
 * @param maxTime the end of the range, in Unix seconds ({@code MaxTime})
 * @param lastMsgKey the key of the last message of the previous page, to go on
 * ({@code LastMsgKey})
 * @author chat-admin
 * @since 0.1.0
 */
public record HistoryRequest(@JsonProperty("Operator_Account") String operatorAccount,
		@JsonProperty("Peer_Account") String peerAccount, @JsonProperty("MaxCnt") int maxCnt,
		@JsonProperty("MinTime") long minTime, @JsonProperty("MaxTime") long maxTime,
		@JsonProperty("LastMsgKey") @Nullable String lastMsgKey) {

	/**
	 * Return the request of the page that follows a page.
	 * @param page the page just read
	 * @return the request of the next page
	 */
	public HistoryRequest next(HistoryResponse page) {
		return new HistoryRequest(this.operatorAccount, this.peerAccount, this.maxCnt, this.minTime,
				(page.lastMsgTime() != null) ? page.lastMsgTime() : this.maxTime, page.lastMsgKey());
	}

}
