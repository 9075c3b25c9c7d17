package io.github.chatadmin.client.api.moderation;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The request of {@code im_msg_audit_mgr/delete_cloud_audit_keywords}: up to 10 words.
 *
 * @param sdkAppId the app ({@code SdkAppId})
 * @param libId the library ({@code LibID})
 * @param keywords the words ({@code Keywords})
 * @author chat-admin
 */
public record DeleteCloudKeywordsRequest(@JsonProperty("SdkAppId") long sdkAppId, @JsonProperty("LibID") String libId,
		@JsonProperty("Keywords") List<String> keywords) {

}
