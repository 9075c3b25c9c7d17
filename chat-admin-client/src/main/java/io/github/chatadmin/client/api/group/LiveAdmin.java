package io.github.chatadmin.client.api.group;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * An admin of an audio-video group ({@code Admin_List} item).
 *
 * @param adminAccount the admin ({@code Admin_Account})
 * @param avatar the avatar URL ({@code Avatar})
 * @param nickName the nickname ({@code NickName})
 * @author chat-admin
 */
public record LiveAdmin(@JsonProperty("Admin_Account") String adminAccount,
		@JsonProperty("Avatar") @Nullable String avatar, @JsonProperty("NickName") @Nullable String nickName) {

}
