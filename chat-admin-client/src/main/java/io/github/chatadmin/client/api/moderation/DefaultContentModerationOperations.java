package io.github.chatadmin.client.api.moderation;

import io.github.chatadmin.client.ChatAdminOperations;
import io.github.chatadmin.client.api.Pages;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Default {@link ContentModerationOperations}, on top of
 * {@link ChatAdminOperations#execute(io.github.chatadmin.client.ChatCommand, Object)}.
 *
 * @author chat-admin
 */
public class DefaultContentModerationOperations implements ContentModerationOperations {

	private final ChatAdminOperations operations;

	/**
	 * Create the operations.
	 * @param operations the template the calls go through
	 * @param concurrency how many calls a split list keeps in flight (no command of the
	 * area is split)
	 */
	public DefaultContentModerationOperations(ChatAdminOperations operations, int concurrency) {
		this.operations = operations;
	}

	@Override
	public Mono<ModerationResult> moderate(ContentModerationRequest request) {
		return this.operations.execute(ContentModerationCommands.MODERATE, request);
	}

	@Override
	public Mono<BatchModerationResponse> moderateBatch(BatchContentModerationRequest request) {
		return this.operations.execute(ContentModerationCommands.MODERATE_BATCH, request);
	}

	@Override
	public Mono<ModerationAck> addLocalKeywords(LocalKeywordsRequest request) {
		return this.operations.execute(ContentModerationCommands.ADD_LOCAL, request);
	}

	@Override
	public Mono<ModerationAck> deleteLocalKeywords(LocalKeywordsRequest request) {
		return this.operations.execute(ContentModerationCommands.DELETE_LOCAL, request);
	}

	@Override
	public Flux<LocalKeyword> localKeywords(LocalKeywordsPageRequest first) {
		return Flux.defer(() -> {
			ContentModerationCommands.GET_LOCAL.validate(first);
			return Pages.walk(first, this::localKeywordsPage, LocalKeywordPage::words, LocalKeywordsPageRequest::next);
		});
	}

	@Override
	public Mono<LocalKeywordPage> localKeywordsPage(LocalKeywordsPageRequest request) {
		return this.operations.execute(ContentModerationCommands.GET_LOCAL, request);
	}

	@Override
	public Flux<CloudLibraryPage.Library> cloudLibraries(CloudLibrariesRequest first) {
		return Flux.defer(() -> {
			ContentModerationCommands.GET_CLOUD_LIBRARIES.validate(first);
			return Pages.walk(first, this::cloudLibrariesPage, CloudLibraryPage::libraries,
					CloudLibrariesRequest::next);
		});
	}

	@Override
	public Mono<CloudLibraryPage> cloudLibrariesPage(CloudLibrariesRequest request) {
		return this.operations.execute(ContentModerationCommands.GET_CLOUD_LIBRARIES, request);
	}

	@Override
	public Flux<CloudKeywordPage.Keyword> cloudKeywords(CloudKeywordsRequest first) {
		return Flux.defer(() -> {
			ContentModerationCommands.GET_CLOUD.validate(first);
			return Pages.walk(first, this::cloudKeywordsPage, CloudKeywordPage::keywords, CloudKeywordsRequest::next);
		});
	}

	@Override
	public Mono<CloudKeywordPage> cloudKeywordsPage(CloudKeywordsRequest request) {
		return this.operations.execute(ContentModerationCommands.GET_CLOUD, request);
	}

	@Override
	public Mono<ModerationAck> addCloudKeywords(AddCloudKeywordsRequest request) {
		return this.operations.execute(ContentModerationCommands.ADD_CLOUD, request);
	}

	@Override
	public Mono<DeleteCloudKeywordsResponse> deleteCloudKeywords(DeleteCloudKeywordsRequest request) {
		return this.operations.execute(ContentModerationCommands.DELETE_CLOUD, request);
	}

}
