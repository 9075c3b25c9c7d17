package io.github.chatadmin.client.api.message;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The answer of {@code openim/get_c2c_unread_msg_num}.
 *
 * @param allC2cUnreadMsgNum the total, when no peers were named
 * ({@code AllC2CUnreadMsgNum})
 * @param c2cUnreadMsgNumList the count per peer ({@code C2CUnreadMsgNumList})
 * @param errorList the peers that could not be counted ({@code ErrorList})
 * @param extra fields this model does not name
 * @author chat-admin
 * @since 0.1.0
 */
public record UnreadCountResponse(@JsonProperty("AllC2CUnreadMsgNum") @Nullable Long allC2cUnreadMsgNum,
		@JsonProperty("C2CUnreadMsgNumList") @Nullable List<PeerCount> c2cUnreadMsgNumList,
		@JsonProperty("ErrorList") @Nullable List<PeerError> errorList,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

	/**
	 * Return the counts per peer, never {@code null}.
	 * @return the counts
	 */
	public List<PeerCount> counts() {
		return (this.c2cUnreadMsgNumList != null) ? this.c2cUnreadMsgNumList : List.of();
	}

	/**
	 * Return the peers that could not be counted, never {@code null}.
	 * @return the failures
	 */
	public List<PeerError> errors() {
		return (this.errorList != null) ? this.errorList : List.of();
	}

	/**
	 * The unread count of one peer.
	 *
	 * @param peerAccount the peer ({@code Peer_Account})
	 * @param c2cUnreadMsgNum the unread count ({@code C2CUnreadMsgNum})
	 */
	public record PeerCount(@JsonProperty("Peer_Account") String peerAccount,
			@JsonProperty("C2CUnreadMsgNum") long c2cUnreadMsgNum) {

	}

	/**
	 * A peer that could not be counted.
	 *
	 * @param peerAccount the peer ({@code Peer_Account})
	 * @param errorCode the vendor's code ({@code ErrorCode})
	 */
	public record PeerError(@JsonProperty("Peer_Account") String peerAccount,
			@JsonProperty("ErrorCode") int errorCode) {

	}

}
