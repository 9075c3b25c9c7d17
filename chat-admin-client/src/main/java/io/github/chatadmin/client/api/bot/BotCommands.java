package io.github.chatadmin.client.api.bot;

import io.github.chatadmin.client.ChatCommand;
import io.github.chatadmin.client.ChatResponse;
import io.github.chatadmin.client.api.RequestChecks;
import org.jspecify.annotations.Nullable;

/**
 * The chatbot commands of the REST API, each declared once with its checks (200 calls/s
 * each).
 *
 * @author chat-admin
 */
public final class BotCommands {

	/**
	 * The prefix of every bot's UserID.
	 */
	public static final String PREFIX = "@RBT#";

	private static final String SERVICE = "openim_robot_http_svc";

	/**
	 * Create a bot; calling it again with the same UserID creates no second bot, but the
	 * vendor does not say what it answers, so it is not sent again.
	 */
	public static final ChatCommand<CreateRobotRequest, ChatResponse> CREATE = ChatCommand
		.write(SERVICE, "create_robot", CreateRobotRequest.class, ChatResponse.class)
		.withCheck((request) -> {
			checkBot(request.userId(), "UserID");
			RequestChecks.maxBytes(request.selfSignature(), "SelfSignature", 500);
		});

	/**
	 * Invalidate a bot (its UserID is not released).
	 */
	public static final ChatCommand<DeleteRobotRequest, ChatResponse> DELETE = ChatCommand
		.write(SERVICE, "delete_robot", DeleteRobotRequest.class, ChatResponse.class)
		.withCheck((request) -> checkBot(request.robotAccount(), "Robot_Account"));

	/**
	 * List every bot.
	 */
	public static final ChatCommand<Void, RobotListResponse> LIST = ChatCommand.read(SERVICE, "get_all_robots",
			Void.class, RobotListResponse.class);

	/**
	 * Send one chunk of a bot's streaming text.
	 */
	public static final ChatCommand<RobotStreamRequest, RobotStreamResponse> SEND_STREAM = ChatCommand
		.write(SERVICE, "send_stream_msg", RobotStreamRequest.class, RobotStreamResponse.class)
		.withCheck((request) -> {
			checkBot(request.fromAccount(), "From_Account");
			RequestChecks.userId(request.toAccount(), "To_Account");
			RequestChecks.notNull(request.chunk(), "Chunk");
			if (request.msgKey() != null) {
				RequestChecks.notEmpty(request.msgKey(), "MsgKey");
			}
			if (request.finish() != null) {
				RequestChecks.range(request.finish(), "Finish", 0, 1);
				if (request.finish() == 1 && request.msgKey() == null) {
					throw new IllegalArgumentException("'MsgKey' must be set on the last chunk");
				}
			}
		});

	private BotCommands() {
	}

	private static void checkBot(@Nullable String userId, String field) {
		RequestChecks.userId(userId, field);
		if (!userId.startsWith(PREFIX)) {
			throw new IllegalArgumentException(
					"'" + field + "' must start with " + PREFIX + ", but was '" + userId + "'");
		}
	}

}
