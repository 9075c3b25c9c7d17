package io.github.chatadmin.client.api.moderation;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The answer of {@code im_msg_audit_mgr/get_cloud_audit_keywords}.
 *
 * @param requestId the request's ID ({@code RequestId})
 * @param totalCount the number of words ({@code TotalCount})
 * @param infos the page's words ({@code Infos})
 * @param extra fields this model does not name
 * @author chat-admin
 */
public record CloudKeywordPage(@JsonProperty("RequestId") @Nullable String requestId,
		@JsonProperty("TotalCount") @Nullable Long totalCount, @JsonProperty("Infos") @Nullable List<Keyword> infos,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

	/**
	 * Return the words, never {@code null}.
	 * @return the words
	 */
	public List<Keyword> keywords() {
		return (this.infos != null) ? this.infos : List.of();
	}

	/**
	 * A sensitive word.
	 *
	 * @param id the word's ID ({@code ID})
	 * @param content the word ({@code Content})
	 * @param createTime when it was added ({@code CreateTime})
	 */
	public record Keyword(@JsonProperty("ID") String id, @JsonProperty("Content") @Nullable String content,
			@JsonProperty("CreateTime") @Nullable String createTime) {

	}

}
