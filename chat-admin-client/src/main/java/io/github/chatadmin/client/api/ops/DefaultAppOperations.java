package io.github.chatadmin.client.api.ops;

import java.util.List;

import io.github.chatadmin.client.ChatAdminOperations;
import reactor.core.publisher.Mono;

/**
 * Default {@link AppOperations}, on top of
 * {@link ChatAdminOperations#execute(io.github.chatadmin.client.ChatCommand, Object)}.
 *
 * @author chat-admin
 */
public class DefaultAppOperations implements AppOperations {

	private final ChatAdminOperations operations;

	/**
	 * Create the operations.
	 * @param operations the template the calls go through
	 * @param concurrency how many calls a split list keeps in flight (no command of the
	 * area is split)
	 */
	public DefaultAppOperations(ChatAdminOperations operations, int concurrency) {
		this.operations = operations;
	}

	@Override
	public Mono<AppInfoResponse> appInfo(AppInfoRequest request) {
		return this.operations.execute(AppCommands.APP_INFO, request);
	}

	@Override
	public Mono<HistoryFilesResponse> historyFiles(String chatType, String hour) {
		return this.operations.execute(AppCommands.HISTORY_FILES, new HistoryFilesRequest(chatType, hour));
	}

	@Override
	public Mono<IpListResponse> ipList() {
		return this.operations.execute(AppCommands.IP_LIST, null);
	}

	@Override
	public Mono<Void> forbidFile(String rawUrl) {
		return this.operations.execute(AppCommands.FORBID_FILE, new ChatFileRequest(rawUrl)).then();
	}

	@Override
	public Mono<Void> allowFile(String rawUrl) {
		return this.operations.execute(AppCommands.ALLOW_FILE, new ChatFileRequest(rawUrl)).then();
	}

	@Override
	public Mono<CosSignatureResponse> signFiles(List<CosSignatureRequest.File> files) {
		return Mono.defer(() -> this.operations.execute(AppCommands.SIGN_FILES,
				new CosSignatureRequest((files != null) ? List.copyOf(files) : List.of())));
	}

}
