package io.github.chatadmin.client.api.moderation;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The request of {@code im_msg_audit_mgr/get_cloud_audit_keywords_ids}: one page of up to
 * 100 word libraries by offset.
 *
 * @param sdkAppId the app ({@code SdkAppId})
 * @param offset the first library's position ({@code Offset})
 * @param limit the page size, 1 to 100 ({@code Limit})
 * @author chat-admin
 */
public record CloudLibrariesRequest(@JsonProperty("SdkAppId") long sdkAppId, @JsonProperty("Offset") long offset,
		@JsonProperty("Limit") long limit) {

	/**
	 * Return the request of the page after a page, or {@code null} at the end.
	 * @param page the page this request read
	 * @return the next request, or {@code null}
	 */
	public @Nullable CloudLibrariesRequest next(CloudLibraryPage page) {
		long following = this.offset + page.libraries().size();
		if (page.libraries().isEmpty() || (page.totalCount() != null && following >= page.totalCount())) {
			return null;
		}
		return new CloudLibrariesRequest(this.sdkAppId, following, this.limit);
	}

}
