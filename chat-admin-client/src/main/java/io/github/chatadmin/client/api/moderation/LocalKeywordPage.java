package io.github.chatadmin.client.api.moderation;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The answer of {@code im_msg_audit_mgr/get_local_audit_keywords}.
 *
 * @param totalCount the number of words ({@code TotalCount})
 * @param localAuditWords the page's words ({@code LocalAuditWords})
 * @param extra fields this model does not name
 * @author chat-admin
 */
public record LocalKeywordPage(@JsonProperty("TotalCount") @Nullable Long totalCount,
		@JsonProperty("LocalAuditWords") @Nullable List<LocalKeyword> localAuditWords,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

	/**
	 * Return the words, never {@code null}.
	 * @return the words
	 */
	public List<LocalKeyword> words() {
		return (this.localAuditWords != null) ? this.localAuditWords : List.of();
	}

}
