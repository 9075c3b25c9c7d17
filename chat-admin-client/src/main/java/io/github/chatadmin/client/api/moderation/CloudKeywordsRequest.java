package io.github.chatadmin.client.api.moderation;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The request of {@code im_msg_audit_mgr/get_cloud_audit_keywords}: one page of up to 100
 * words of a library by offset.
 *
 * @param sdkAppId the app ({@code SdkAppId})
 * @param offset the first word's position ({@code Offset})
 * @param limit the page size, 1 to 100 ({@code Limit})
 * @param libId the library ({@code LibID})
 * @param content a fuzzy search, or {@code null} to page every word ({@code Content})
 * @author chat-admin
 */
public record CloudKeywordsRequest(@JsonProperty("SdkAppId") long sdkAppId, @JsonProperty("Offset") long offset,
		@JsonProperty("Limit") long limit, @JsonProperty("LibID") String libId,
		@JsonProperty("Content") @Nullable String content) {

	/**
	 * Return the request of the page after a page, or {@code null} at the end.
	 * @param page the page this request read
	 * @return the next request, or {@code null}
	 */
	public @Nullable CloudKeywordsRequest next(CloudKeywordPage page) {
		long following = this.offset + page.keywords().size();
		if (page.keywords().isEmpty() || (page.totalCount() != null && following >= page.totalCount())) {
			return null;
		}
		return new CloudKeywordsRequest(this.sdkAppId, following, this.limit, this.libId, this.content);
	}

}
