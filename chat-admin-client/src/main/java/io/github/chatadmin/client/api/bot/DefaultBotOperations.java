package io.github.chatadmin.client.api.bot;

import io.github.chatadmin.client.ChatAdminOperations;
import reactor.core.publisher.Mono;

/**
 * Default {@link BotOperations}, on top of
 * {@link ChatAdminOperations#execute(io.github.chatadmin.client.ChatCommand, Object)}.
 *
 * @author chat-admin
 */
public class DefaultBotOperations implements BotOperations {

	private final ChatAdminOperations operations;

	/**
	 * Create the operations.
	 * @param operations the template the calls go through
	 * @param concurrency how many calls a split list keeps in flight (no bot command
	 * takes a list)
	 */
	public DefaultBotOperations(ChatAdminOperations operations, int concurrency) {
		this.operations = operations;
	}

	@Override
	public Mono<Void> create(CreateRobotRequest request) {
		return this.operations.execute(BotCommands.CREATE, request).then();
	}

	@Override
	public Mono<Void> delete(String robot) {
		return this.operations.execute(BotCommands.DELETE, new DeleteRobotRequest(robot)).then();
	}

	@Override
	public Mono<RobotListResponse> list() {
		return this.operations.execute(BotCommands.LIST, null);
	}

	@Override
	public Mono<RobotStreamResponse> sendStream(RobotStreamRequest request) {
		return this.operations.execute(BotCommands.SEND_STREAM, request);
	}

}
