package io.github.chatadmin.client.api.message;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The request of {@code openim_msg_ext_http_svc/get_key_values}: the extensions of a
 * one-to-one message.
 *
 * @param fromAccount the sender ({@code From_Account})
 * @param toAccount the receiver ({@code To_Account})
 * @param msgKey the message's key ({@code MsgKey})
 * @param startSeq read the pairs from this version on, or {@code null} for all
 * ({@code StartSeq})
 * @author chat-admin
 * @since 0.1.0
 */
public record GetExtensionsRequest(@JsonProperty("From_Account") String fromAccount,
		@JsonProperty("To_Account") String toAccount, @JsonProperty("MsgKey") String msgKey,
		@JsonProperty("StartSeq") @Nullable Long startSeq) {

}
