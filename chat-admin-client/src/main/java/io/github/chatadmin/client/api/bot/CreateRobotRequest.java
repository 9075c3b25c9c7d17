package io.github.chatadmin.client.api.bot;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The request of {@code openim_robot_http_svc/create_robot}.
 *
 * @param userId the bot's UserID, starting with {@value BotCommands#PREFIX}, at most 32
 * bytes ({@code UserID})
 * @param nick the bot's nickname ({@code Nick})
 * @param faceUrl the bot's avatar URL ({@code FaceUrl})
 * @param selfSignature the bot's signature, at most 500 bytes ({@code SelfSignature})
 * @author chat-admin
 */
public record CreateRobotRequest(@JsonProperty("UserID") String userId, @JsonProperty("Nick") @Nullable String nick,
		@JsonProperty("FaceUrl") @Nullable String faceUrl,
		@JsonProperty("SelfSignature") @Nullable String selfSignature) {

	/**
	 * Return a request for a bot with only a UserID.
	 * @param userId the UserID
	 * @return the request
	 */
	public static CreateRobotRequest of(String userId) {
		return new CreateRobotRequest(userId, null, null, null);
	}

}
