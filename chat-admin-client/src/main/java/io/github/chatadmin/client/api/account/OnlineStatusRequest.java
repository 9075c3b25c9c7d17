package io.github.chatadmin.client.api.account;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * Body of {@code openim/query_online_status}.
 *
 * @param isNeedDetail {@code 1} to get the status per platform
 * @param toAccount the UserIDs, at most 500
 * @author chat-admin
 */
public record OnlineStatusRequest(@JsonProperty("IsNeedDetail") @Nullable Integer isNeedDetail,
		@JsonProperty("To_Account") List<String> toAccount) {

}
