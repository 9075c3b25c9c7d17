package io.github.chatadmin.client.api.group;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A muted member ({@code MutedAccountList} item).
 *
 * @param memberAccount the member ({@code Member_Account})
 * @param mutedUntil until when, Unix seconds ({@code MutedUntil})
 * @author chat-admin
 */
public record MutedMember(@JsonProperty("Member_Account") String memberAccount,
		@JsonProperty("MutedUntil") long mutedUntil) {

}
