package io.github.chatadmin.client.api.moderation;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The answer of {@code im_msg_audit_mgr/delete_cloud_audit_keywords}.
 *
 * @param requestId the request's ID ({@code RequestId})
 * @param details the result of each word ({@code Details})
 * @param count the number deleted ({@code Count})
 * @param extra fields this model does not name
 * @author chat-admin
 */
public record DeleteCloudKeywordsResponse(@JsonProperty("RequestId") @Nullable String requestId,
		@JsonProperty("Details") @Nullable List<Detail> details, @JsonProperty("Count") @Nullable Long count,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

	/**
	 * The result of one word.
	 *
	 * @param keywordId the word's ID ({@code KeywordID})
	 * @param keyword the word ({@code Keyword})
	 * @param deleted whether it was deleted ({@code Deleted})
	 * @param errorInfo why not ({@code ErrorInfo})
	 */
	public record Detail(@JsonProperty("KeywordID") @Nullable String keywordId,
			@JsonProperty("Keyword") @Nullable String keyword, @JsonProperty("Deleted") boolean deleted,
			@JsonProperty("ErrorInfo") @Nullable String errorInfo) {

	}

}
