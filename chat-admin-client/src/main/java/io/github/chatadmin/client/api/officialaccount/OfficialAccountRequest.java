package io.github.chatadmin.client.api.officialaccount;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A request naming one official account ({@code destroy_official_account}).
 *
 * @param officialAccount the account ({@code Official_Account})
 * @author chat-admin
 */
public record OfficialAccountRequest(@JsonProperty("Official_Account") String officialAccount) {

}
