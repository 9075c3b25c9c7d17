package io.github.chatadmin.client.api.conversation;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The answer of {@code recentcontact/mark_contact}.
 *
 * @param resultItem one result per conversation ({@code ResultItem})
 * @param extra fields this model does not name
 * @author chat-admin
 * @see <a href="https://trtc.io/document/53438">mark_contact</a>
 */
public record MarkContactResponse(@JsonProperty("ResultItem") @Nullable List<ConversationResult> resultItem,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

	/**
	 * Return the results, never {@code null}.
	 * @return the results
	 */
	public List<ConversationResult> results() {
		return (this.resultItem != null) ? this.resultItem : List.of();
	}

}
