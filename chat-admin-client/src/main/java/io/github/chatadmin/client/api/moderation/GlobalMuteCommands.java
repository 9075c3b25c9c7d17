package io.github.chatadmin.client.api.moderation;

import io.github.chatadmin.client.ChatCommand;
import io.github.chatadmin.client.ChatResponse;
import io.github.chatadmin.client.api.RequestChecks;

/**
 * The global mute commands of the REST API, each declared once with its input checks.
 * Their answers carry {@code ErrorCode} and {@code ErrorInfo} without
 * {@code ActionStatus}; the template reads only {@code ErrorCode}.
 *
 * @author chat-admin
 */
public final class GlobalMuteCommands {

	private static final String SERVICE = "openconfigsvr";

	/**
	 * Set a user's app-wide one-to-one and group mute.
	 */
	public static final ChatCommand<SetGlobalMuteRequest, ChatResponse> SET_NO_SPEAKING = ChatCommand
		.write(SERVICE, "setnospeaking", SetGlobalMuteRequest.class, ChatResponse.class)
		.withCheck((request) -> {
			RequestChecks.userId(request.setAccount(), "Set_Account");
			if (request.c2cMsgNoSpeakingTime() == null && request.groupMsgNoSpeakingTime() == null) {
				throw new IllegalArgumentException(
						"'C2CmsgNospeakingTime' or 'GroupmsgNospeakingTime' must be set, or both");
			}
			RequestChecks.unsigned32(request.c2cMsgNoSpeakingTime(), "C2CmsgNospeakingTime");
			RequestChecks.unsigned32(request.groupMsgNoSpeakingTime(), "GroupmsgNospeakingTime");
		});

	/**
	 * Read a user's app-wide mute.
	 */
	public static final ChatCommand<GetGlobalMuteRequest, GlobalMuteResponse> GET_NO_SPEAKING = ChatCommand
		.read(SERVICE, "getnospeaking", GetGlobalMuteRequest.class, GlobalMuteResponse.class)
		.withCheck((request) -> RequestChecks.userId(request.getAccount(), "Get_Account"));

	private GlobalMuteCommands() {
	}

}
