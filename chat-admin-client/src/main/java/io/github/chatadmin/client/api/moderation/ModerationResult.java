package io.github.chatadmin.client.api.moderation;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The verdict of {@code im_msg_audit/content_moderation}. The vendor page shows no
 * answer: the fields are a third-party SDK's; everything else stays in {@code extra}.
 *
 * @param requestId the request's ID ({@code RequestId})
 * @param contentId the item's ID, in a batch ({@code ContentId})
 * @param result {@code Pass}, {@code Review} or {@code Block} ({@code Result})
 * @param score the confidence ({@code Score})
 * @param label the category ({@code Label})
 * @param keywords the words that matched ({@code Keywords})
 * @param extra fields this model does not name
 * @author chat-admin
 */
public record ModerationResult(@JsonProperty("RequestId") @Nullable String requestId,
		@JsonProperty("ContentId") @Nullable Long contentId, @JsonProperty("Result") @Nullable String result,
		@JsonProperty("Score") @Nullable Long score, @JsonProperty("Label") @Nullable String label,
		@JsonProperty("Keywords") @Nullable List<String> keywords,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

	/**
	 * Return whether the content was blocked.
	 * @return whether the result is {@code Block}
	 */
	public boolean isBlocked() {
		return "Block".equals(this.result);
	}

}
