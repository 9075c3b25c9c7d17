package io.github.chatadmin.client.api.bot;

import reactor.core.publisher.Mono;

/**
 * Chatbots: create, delete and list bot accounts, and send a bot's streaming text. Every
 * method returns a cold publisher; bad input is refused with an
 * {@link IllegalArgumentException} naming the field before anything is sent.
 *
 * @author chat-admin
 */
public interface BotOperations {

	/**
	 * Create a bot ({@code openim_robot_http_svc/create_robot}, 200 calls/s): its UserID
	 * starts with {@code @RBT#}; each account creates at most 20 bots. Errors: 10002,
	 * 10004.
	 * @param request the request
	 * @return completes when created
	 * @see <a href=
	 * "https://www.tencentcloud.com/document/product/1047/55281">create_robot</a>
	 */
	Mono<Void> create(CreateRobotRequest request);

	/**
	 * Invalidate a bot ({@code openim_robot_http_svc/delete_robot}); its UserID is not
	 * released.
	 * @param robot the bot's UserID
	 * @return completes when deleted
	 * @see <a href=
	 * "https://www.tencentcloud.com/document/product/1047/55282">delete_robot</a>
	 */
	Mono<Void> delete(String robot);

	/**
	 * List every bot ({@code openim_robot_http_svc/get_all_robots}, unpaged). Error
	 * 10008: not an admin, or the bot limit is reached.
	 * @return the bots
	 * @see <a href=
	 * "https://www.tencentcloud.com/document/product/1047/55280">get_all_robots</a>
	 */
	Mono<RobotListResponse> list();

	/**
	 * Send one chunk of a bot's streaming text
	 * ({@code openim_robot_http_svc/send_stream_msg}, 200 calls/s): the first call
	 * answers the {@code MsgKey} every later chunk carries; the last carries
	 * {@code Finish} 1.
	 * @param request the request, from {@link RobotStreamRequest#first}
	 * @return the message's key
	 * @see <a href=
	 * "https://www.tencentcloud.com/document/product/1047/71131">send_stream_msg</a>
	 */
	Mono<RobotStreamResponse> sendStream(RobotStreamRequest request);

}
