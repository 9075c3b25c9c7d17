package io.github.chatadmin.client.api.moderation;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The request of {@code im_msg_audit_mgr/get_local_audit_keywords}: one page of up to 100
 * words by offset (no vendor page; a third-party SDK's fields).
 *
 * @param sdkAppId the app ({@code SdkAppId})
 * @param offset the first word's position ({@code Offset})
 * @param limit the page size, 1 to 100 ({@code Limit})
 * @param keyword a filter ({@code Keyword})
 * @author chat-admin
 */
public record LocalKeywordsPageRequest(@JsonProperty("SdkAppId") long sdkAppId, @JsonProperty("Offset") long offset,
		@JsonProperty("Limit") long limit, @JsonProperty("Keyword") @Nullable String keyword) {

	/**
	 * Return the request of the page after a page, or {@code null} at the end.
	 * @param page the page this request read
	 * @return the next request, or {@code null}
	 */
	public @Nullable LocalKeywordsPageRequest next(LocalKeywordPage page) {
		long following = this.offset + page.words().size();
		if (page.words().isEmpty() || (page.totalCount() != null && following >= page.totalCount())) {
			return null;
		}
		return new LocalKeywordsPageRequest(this.sdkAppId, following, this.limit, this.keyword);
	}

}
