package io.github.chatadmin.client.api.moderation;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The request of {@code im_msg_audit_mgr/add_local_audit_keywords} and
 * {@code delete_local_audit_keywords}: up to 10 words (no vendor page; a third-party
 * SDK's fields).
 *
 * @param sdkAppId the app ({@code SdkAppId})
 * @param localAuditWords the words ({@code LocalAuditWords})
 * @author chat-admin
 */
public record LocalKeywordsRequest(@JsonProperty("SdkAppId") long sdkAppId,
		@JsonProperty("LocalAuditWords") List<LocalKeyword> localAuditWords) {

}
