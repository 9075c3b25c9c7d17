package io.github.chatadmin.client.api.moderation;

import java.util.List;
import java.util.Set;

import io.github.chatadmin.client.ChatCommand;
import io.github.chatadmin.client.api.RequestChecks;

/**
 * The content moderation commands of the REST API, each declared once with its limits and
 * checks (200 calls/s each). The verdicts only read, so they may be sent again.
 *
 * @author chat-admin
 */
public final class ContentModerationCommands {

	/**
	 * The vendor's limit of a moderated text in bytes.
	 */
	public static final int MAX_TEXT_BYTES = 8 * 1024;

	private static final Set<String> TYPES = Set.of("Text", "Image", "Audio", "Video");

	private static final String MANAGER = "im_msg_audit_mgr";

	/**
	 * Moderate one text, image, audio or video.
	 */
	public static final ChatCommand<ContentModerationRequest, ModerationResult> MODERATE = ChatCommand
		.read("im_msg_audit", "content_moderation", ContentModerationRequest.class, ModerationResult.class)
		.withCheck((request) -> {
			RequestChecks.notEmpty(request.auditName(), "AuditName");
			checkItem(request.contentType(), request.content(), TYPES, "");
		});

	/**
	 * Moderate up to 10 texts or images.
	 */
	public static final ChatCommand<BatchContentModerationRequest, BatchModerationResponse> MODERATE_BATCH = ChatCommand
		.read("im_msg_audit", "batch_content_moderation", BatchContentModerationRequest.class,
				BatchModerationResponse.class)
		.withList("Contents", 10, BatchContentModerationRequest::contents)
		.withCheck((request) -> {
			RequestChecks.notEmpty(request.auditName(), "AuditName");
			List<BatchContentModerationRequest.Item> items = request.contents();
			for (int i = 0; i < items.size(); i++) {
				RequestChecks.notNull(items.get(i), "Contents[" + i + "]");
				checkItem(items.get(i).contentType(), items.get(i).content(), Set.of("Text", "Image"),
						"Contents[" + i + "].");
			}
			if (items.stream().map(BatchContentModerationRequest.Item::contentId).distinct().count() != items.size()) {
				throw new IllegalArgumentException("'Contents' repeats a 'ContentId': each must be unique");
			}
		});

	/**
	 * Add up to 10 local sensitive words (no vendor page; a third-party SDK's fields).
	 */
	public static final ChatCommand<LocalKeywordsRequest, ModerationAck> ADD_LOCAL = ChatCommand
		.write(MANAGER, "add_local_audit_keywords", LocalKeywordsRequest.class, ModerationAck.class)
		.withList("LocalAuditWords", 10, LocalKeywordsRequest::localAuditWords)
		.withCheck((request) -> {
			RequestChecks.range(request.sdkAppId(), "SdkAppId", 1, Long.MAX_VALUE);
			for (int i = 0; i < request.localAuditWords().size(); i++) {
				RequestChecks.notNull(request.localAuditWords().get(i), "LocalAuditWords[" + i + "]");
				RequestChecks.notEmpty(request.localAuditWords().get(i).keyword(),
						"LocalAuditWords[" + i + "].Keyword");
			}
		});

	/**
	 * Delete up to 10 local sensitive words (no vendor page; a third-party SDK's fields).
	 */
	public static final ChatCommand<LocalKeywordsRequest, ModerationAck> DELETE_LOCAL = ChatCommand
		.write(MANAGER, "delete_local_audit_keywords", LocalKeywordsRequest.class, ModerationAck.class)
		.withList("LocalAuditWords", 10, LocalKeywordsRequest::localAuditWords)
		.withCheck((request) -> {
			RequestChecks.range(request.sdkAppId(), "SdkAppId", 1, Long.MAX_VALUE);
			for (int i = 0; i < request.localAuditWords().size(); i++) {
				RequestChecks.notNull(request.localAuditWords().get(i), "LocalAuditWords[" + i + "]");
			}
		});

	/**
	 * Read one page of up to 100 local sensitive words.
	 */
	public static final ChatCommand<LocalKeywordsPageRequest, LocalKeywordPage> GET_LOCAL = ChatCommand
		.read(MANAGER, "get_local_audit_keywords", LocalKeywordsPageRequest.class, LocalKeywordPage.class)
		.withBatchLimit(100)
		.withCheck((request) -> checkPage(request.sdkAppId(), request.offset(), request.limit()));

	/**
	 * Read one page of up to 100 cloud word libraries.
	 */
	public static final ChatCommand<CloudLibrariesRequest, CloudLibraryPage> GET_CLOUD_LIBRARIES = ChatCommand
		.read(MANAGER, "get_cloud_audit_keywords_ids", CloudLibrariesRequest.class, CloudLibraryPage.class)
		.withBatchLimit(100)
		.withCheck((request) -> checkPage(request.sdkAppId(), request.offset(), request.limit()));

	/**
	 * Read one page of up to 100 words of a cloud library.
	 */
	public static final ChatCommand<CloudKeywordsRequest, CloudKeywordPage> GET_CLOUD = ChatCommand
		.read(MANAGER, "get_cloud_audit_keywords", CloudKeywordsRequest.class, CloudKeywordPage.class)
		.withBatchLimit(100)
		.withCheck((request) -> {
			checkPage(request.sdkAppId(), request.offset(), request.limit());
			RequestChecks.notEmpty(request.libId(), "LibID");
		});

	/**
	 * Add words to a cloud library.
	 */
	public static final ChatCommand<AddCloudKeywordsRequest, ModerationAck> ADD_CLOUD = ChatCommand
		.write(MANAGER, "add_cloud_audit_keywords", AddCloudKeywordsRequest.class, ModerationAck.class)
		.withCheck((request) -> {
			RequestChecks.range(request.sdkAppId(), "SdkAppId", 1, Long.MAX_VALUE);
			RequestChecks.notEmpty(request.libId(), "LibID");
			if (request.userKeywords() == null || request.userKeywords().isEmpty()) {
				throw new IllegalArgumentException("'UserKeywords' must not be empty");
			}
			for (int i = 0; i < request.userKeywords().size(); i++) {
				RequestChecks.notNull(request.userKeywords().get(i), "UserKeywords[" + i + "]");
				RequestChecks.notEmpty(request.userKeywords().get(i).content(), "UserKeywords[" + i + "].Content");
			}
		});

	/**
	 * Delete up to 10 words of a cloud library.
	 */
	public static final ChatCommand<DeleteCloudKeywordsRequest, DeleteCloudKeywordsResponse> DELETE_CLOUD = ChatCommand
		.write(MANAGER, "delete_cloud_audit_keywords", DeleteCloudKeywordsRequest.class,
				DeleteCloudKeywordsResponse.class)
		.withList("Keywords", 10, DeleteCloudKeywordsRequest::keywords)
		.withCheck((request) -> {
			RequestChecks.range(request.sdkAppId(), "SdkAppId", 1, Long.MAX_VALUE);
			RequestChecks.notEmpty(request.libId(), "LibID");
			for (int i = 0; i < request.keywords().size(); i++) {
				RequestChecks.notEmpty(request.keywords().get(i), "Keywords[" + i + "]");
			}
		});

	private ContentModerationCommands() {
	}

	private static void checkItem(String type, String content, Set<String> types, String prefix) {
		if (type == null || !types.contains(type)) {
			throw new IllegalArgumentException(
					"'" + prefix + "ContentType' must be one of " + types + ", but was '" + type + "'");
		}
		RequestChecks.notEmpty(content, prefix + "Content");
		if ("Text".equals(type)) {
			RequestChecks.maxBytes(content, prefix + "Content", MAX_TEXT_BYTES);
		}
	}

	private static void checkPage(long sdkAppId, long offset, long limit) {
		RequestChecks.range(sdkAppId, "SdkAppId", 1, Long.MAX_VALUE);
		RequestChecks.range(offset, "Offset", 0, Long.MAX_VALUE);
		RequestChecks.range(limit, "Limit", 1, 100);
	}

}
