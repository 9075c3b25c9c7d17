package io.github.chatadmin.client.api.moderation;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The request of {@code openconfigsvr/setnospeaking}: mute a user's one-to-one messages,
 * group messages or both, app-wide, for a number of seconds.
 *
 * @param setAccount the user ({@code Set_Account})
 * @param c2cMsgNoSpeakingTime seconds during which the user cannot send one-to-one
 * messages, {@code 0} to unmute, {@link #FOREVER} for ever; {@code null} leaves it as it
 * is ({@code C2CmsgNospeakingTime})
 * @param groupMsgNoSpeakingTime the same for group messages
 * ({@code GroupmsgNospeakingTime})
 * @author chat-admin
 * @see <a href="https://trtc.io/document/34923">setnospeaking</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SetGlobalMuteRequest(@JsonProperty("Set_Account") String setAccount,
		@JsonProperty("C2CmsgNospeakingTime") @Nullable Long c2cMsgNoSpeakingTime,
		@JsonProperty("GroupmsgNospeakingTime") @Nullable Long groupMsgNoSpeakingTime) {

	/**
	 * The mute time that never ends: {@code 4294967295} (2^32 - 1) seconds.
	 */
	public static final long FOREVER = 4294967295L;

	/**
	 * The mute time that unmutes.
	 */
	public static final long UNMUTE = 0;

}
