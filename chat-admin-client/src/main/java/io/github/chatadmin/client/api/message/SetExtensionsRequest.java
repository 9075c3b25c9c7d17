package io.github.chatadmin.client.api.message;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The request of {@code openim_msg_ext_http_svc/set_key_values}: set, delete or clear up
 * to 20 extension pairs of a one-to-one message.
 *
 * @param fromAccount the sender ({@code From_Account})
 * @param toAccount the receiver ({@code To_Account})
 * @param msgKey the message's key ({@code MsgKey})
 * @param operateType 1 set, 2 delete, 3 clear ({@code OperateType})
 * @param extensionList the pairs, each with the version the caller last saw
 * ({@code ExtensionList})
 * @author chat-admin
 * @since 0.1.0
 */
public record SetExtensionsRequest(@JsonProperty("From_Account") String fromAccount,
		@JsonProperty("To_Account") String toAccount, @JsonProperty("MsgKey") String msgKey,
		@JsonProperty("OperateType") int operateType,
		@JsonProperty("ExtensionList") @Nullable List<MessageExtension> extensionList) {

}
