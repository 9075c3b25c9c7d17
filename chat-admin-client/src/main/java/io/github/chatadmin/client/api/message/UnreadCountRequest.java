package io.github.chatadmin.client.api.message;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The request of {@code openim/get_c2c_unread_msg_num}: a user's unread one-to-one
 * counts, in total or for up to 10 peers.
 *
 * @param toAccount the user ({@code To_Account})
 * @param peerAccount the peers, or {@code null} for the total ({@code Peer_Account})
 * @author chat-admin
 * @since 0.1.0
 */
public record UnreadCountRequest(@JsonProperty("To_Account") String toAccount,
		@JsonProperty("Peer_Account") @Nullable List<String> peerAccount) {

}
