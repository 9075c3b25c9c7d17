package io.github.chatadmin.client.api.bot;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The request of {@code openim_robot_http_svc/send_stream_msg}: one chunk of a bot's
 * streaming text message to a user.
 *
 * @param fromAccount the bot ({@code From_Account})
 * @param toAccount the user ({@code To_Account})
 * @param chunk the text of this chunk ({@code Chunk})
 * @param msgKey the message's key from the first call's answer, for every later chunk
 * ({@code MsgKey})
 * @param finish {@code 1} on the last chunk ({@code Finish})
 * @author chat-admin
 */
public record RobotStreamRequest(@JsonProperty("From_Account") String fromAccount,
		@JsonProperty("To_Account") String toAccount, @JsonProperty("Chunk") String chunk,
		@JsonProperty("MsgKey") @Nullable String msgKey, @JsonProperty("Finish") @Nullable Integer finish) {

	/**
	 * Return the first chunk of a message.
	 * @param bot the bot
	 * @param user the user
	 * @param chunk the text
	 * @return the request
	 */
	public static RobotStreamRequest first(String bot, String user, String chunk) {
		return new RobotStreamRequest(bot, user, chunk, null, null);
	}

	/**
	 * Return a following chunk of the message.
	 * @param msgKey the key the first call answered
	 * @param chunk the text
	 * @param last whether it is the last chunk
	 * @return the request
	 */
	public RobotStreamRequest next(String msgKey, String chunk, boolean last) {
		return new RobotStreamRequest(this.fromAccount, this.toAccount, chunk, msgKey, last ? 1 : null);
	}

}
