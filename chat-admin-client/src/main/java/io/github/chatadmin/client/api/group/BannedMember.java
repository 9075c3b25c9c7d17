package io.github.chatadmin.client.api.group;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A banned member ({@code BannedAccountList} item).
 *
 * @param memberAccount the member ({@code Member_Account})
 * @param bannedUntil until when, Unix seconds ({@code BannedUntil})
 * @author chat-admin
 */
public record BannedMember(@JsonProperty("Member_Account") String memberAccount,
		@JsonProperty("BannedUntil") long bannedUntil) {

}
