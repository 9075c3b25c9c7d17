package io.github.chatadmin.client.api.moderation;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Content moderation: verdicts on texts, images, audio and video, and the app's local and
 * cloud sensitive-word lists. The international site serves these commands from the
 * Singapore data center only. Every method returns a cold publisher; bad input is refused
 * with an {@link IllegalArgumentException} naming the field before anything is sent.
 * Errors of the word lists: 2003 invalid parameters, 2004 no permission, 2015 moderation
 * not enabled, 2016 too many words in one call.
 *
 * @author chat-admin
 * @see <a href="https://www.tencentcloud.com/document/product/1047/77827">Content
 * moderation</a>
 */
public interface ContentModerationOperations {

	/**
	 * Moderate one item ({@code im_msg_audit/content_moderation}, 200 calls/s): texts of
	 * at most 8 KB and images are judged at once, audio and video later through the
	 * webhook.
	 * @param request the request
	 * @return the verdict
	 * @see <a href=
	 * "https://www.tencentcloud.com/document/product/1047/77827">content_moderation</a>
	 */
	Mono<ModerationResult> moderate(ContentModerationRequest request);

	/**
	 * Moderate up to 10 texts or images ({@code im_msg_audit/batch_content_moderation}).
	 * @param request the request
	 * @return the verdicts
	 * @see <a href=
	 * "https://www.tencentcloud.com/document/product/1047/77828">batch_content_moderation</a>
	 */
	Mono<BatchModerationResponse> moderateBatch(BatchContentModerationRequest request);

	/**
	 * Add up to 10 local sensitive words
	 * ({@code im_msg_audit_mgr/add_local_audit_keywords}; no vendor page was found).
	 * @param request the request
	 * @return the answer
	 */
	Mono<ModerationAck> addLocalKeywords(LocalKeywordsRequest request);

	/**
	 * Delete up to 10 local sensitive words
	 * ({@code im_msg_audit_mgr/delete_local_audit_keywords}; no vendor page was found).
	 * @param request the request
	 * @return the answer
	 */
	Mono<ModerationAck> deleteLocalKeywords(LocalKeywordsRequest request);

	/**
	 * Read every local sensitive word, page after page by offset as the subscriber asks
	 * ({@code im_msg_audit_mgr/get_local_audit_keywords}).
	 * @param first the first page's request
	 * @return the words
	 */
	Flux<LocalKeyword> localKeywords(LocalKeywordsPageRequest first);

	/**
	 * Read one page of local sensitive words.
	 * @param request the request
	 * @return the page
	 */
	Mono<LocalKeywordPage> localKeywordsPage(LocalKeywordsPageRequest request);

	/**
	 * Read every cloud word library, page after page by offset until {@code TotalCount}
	 * ({@code im_msg_audit_mgr/get_cloud_audit_keywords_ids}).
	 * @param first the first page's request
	 * @return the libraries
	 * @see <a href=
	 * "https://www.tencentcloud.com/document/product/1047/77829">get_cloud_audit_keywords_ids</a>
	 */
	Flux<CloudLibraryPage.Library> cloudLibraries(CloudLibrariesRequest first);

	/**
	 * Read one page of cloud word libraries.
	 * @param request the request
	 * @return the page
	 */
	Mono<CloudLibraryPage> cloudLibrariesPage(CloudLibrariesRequest request);

	/**
	 * Read every word of a cloud library, page after page by offset until
	 * {@code TotalCount} ({@code im_msg_audit_mgr/get_cloud_audit_keywords}).
	 * @param first the first page's request
	 * @return the words
	 * @see <a href=
	 * "https://www.tencentcloud.com/document/product/1047/77830">get_cloud_audit_keywords</a>
	 */
	Flux<CloudKeywordPage.Keyword> cloudKeywords(CloudKeywordsRequest first);

	/**
	 * Read one page of the words of a cloud library.
	 * @param request the request
	 * @return the page
	 */
	Mono<CloudKeywordPage> cloudKeywordsPage(CloudKeywordsRequest request);

	/**
	 * Add words to a cloud library ({@code im_msg_audit_mgr/add_cloud_audit_keywords}).
	 * @param request the request
	 * @return the answer
	 * @see <a href=
	 * "https://www.tencentcloud.com/document/product/1047/77831">add_cloud_audit_keywords</a>
	 */
	Mono<ModerationAck> addCloudKeywords(AddCloudKeywordsRequest request);

	/**
	 * Delete up to 10 words of a cloud library
	 * ({@code im_msg_audit_mgr/delete_cloud_audit_keywords}).
	 * @param request the request
	 * @return the result of each word
	 * @see <a href=
	 * "https://www.tencentcloud.com/document/product/1047/77832">delete_cloud_audit_keywords</a>
	 */
	Mono<DeleteCloudKeywordsResponse> deleteCloudKeywords(DeleteCloudKeywordsRequest request);

}
