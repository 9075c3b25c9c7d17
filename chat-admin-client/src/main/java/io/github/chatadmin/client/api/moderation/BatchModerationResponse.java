package io.github.chatadmin.client.api.moderation;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The answer of {@code im_msg_audit/batch_content_moderation}. The vendor page shows no
 * answer: {@code AuditResults} is a third-party SDK's name.
 *
 * @param auditResults the verdict of each item ({@code AuditResults})
 * @param extra fields this model does not name
 * @author chat-admin
 */
public record BatchModerationResponse(@JsonProperty("AuditResults") @Nullable List<ModerationResult> auditResults,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

	/**
	 * Return the verdicts, never {@code null}.
	 * @return the verdicts
	 */
	public List<ModerationResult> results() {
		return (this.auditResults != null) ? this.auditResults : List.of();
	}

}
