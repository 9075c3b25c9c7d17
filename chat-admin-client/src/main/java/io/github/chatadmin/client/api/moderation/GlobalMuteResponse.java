package io.github.chatadmin.client.api.moderation;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The answer of {@code openconfigsvr/getnospeaking}. The vendor's answer carries
 * {@code ErrorCode} and {@code ErrorInfo} but no {@code ActionStatus}.
 *
 * @param c2cMsgNoSpeakingTime the one-to-one mute, in seconds: {@code 0} not muted,
 * {@link SetGlobalMuteRequest#FOREVER} for ever ({@code C2CmsgNospeakingTime})
 * @param groupMsgNoSpeakingTime the group mute, in seconds
 * ({@code GroupmsgNospeakingTime})
 * @param extra fields this model does not name
 * @author chat-admin
 * @see <a href="https://trtc.io/document/34924">getnospeaking</a>
 */
public record GlobalMuteResponse(@JsonProperty("C2CmsgNospeakingTime") @Nullable Long c2cMsgNoSpeakingTime,
		@JsonProperty("GroupmsgNospeakingTime") @Nullable Long groupMsgNoSpeakingTime,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

	/**
	 * Return whether the user's one-to-one messages are muted.
	 * @return whether the one-to-one mute time is not 0
	 */
	public boolean isC2cMuted() {
		return this.c2cMsgNoSpeakingTime != null && this.c2cMsgNoSpeakingTime != 0;
	}

	/**
	 * Return whether the user's group messages are muted.
	 * @return whether the group mute time is not 0
	 */
	public boolean isGroupMuted() {
		return this.groupMsgNoSpeakingTime != null && this.groupMsgNoSpeakingTime != 0;
	}

}
