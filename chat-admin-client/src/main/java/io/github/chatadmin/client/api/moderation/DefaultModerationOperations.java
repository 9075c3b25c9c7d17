package io.github.chatadmin.client.api.moderation;

import io.github.chatadmin.client.ChatAdminOperations;
import reactor.core.publisher.Mono;

/**
 * Default {@link ModerationOperations}, on top of {@link ChatAdminOperations#execute}.
 *
 * @author chat-admin
 */
public class DefaultModerationOperations extends DefaultContentModerationOperations implements ModerationOperations {

	private final ChatAdminOperations operations;

	/**
	 * Create the operations.
	 * @param operations the template the calls go through
	 * @param concurrency how many calls a split list keeps in flight
	 */
	public DefaultModerationOperations(ChatAdminOperations operations, int concurrency) {
		super(operations, concurrency);
		this.operations = operations;
	}

	@Override
	public Mono<Void> setGlobalMute(SetGlobalMuteRequest request) {
		return this.operations.execute(GlobalMuteCommands.SET_NO_SPEAKING, request).then();
	}

	@Override
	public Mono<GlobalMuteResponse> globalMute(String userId) {
		return Mono
			.defer(() -> this.operations.execute(GlobalMuteCommands.GET_NO_SPEAKING, new GetGlobalMuteRequest(userId)));
	}

}
