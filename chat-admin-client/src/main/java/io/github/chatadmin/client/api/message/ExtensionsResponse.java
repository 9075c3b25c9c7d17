package io.github.chatadmin.client.api.message;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The extensions of a message: the answer of {@code get_key_values} and
 * {@code group_get_key_values}.
 *
 * @param completeFlag {@code 1} when every pair was returned ({@code CompleteFlag})
 * @param latestSeq the latest version of the extensions ({@code LatestSeq})
 * @param clearSeq the version at which they were last cleared ({@code ClearSeq})
 * @param extensionList the pairs ({@code ExtensionList})
 * @param extra fields this model does not name
 * @author chat-admin
 * @since 0.1.0
 */
public record ExtensionsResponse(@JsonProperty("CompleteFlag") int completeFlag,
		@JsonProperty("LatestSeq") long latestSeq, @JsonProperty("ClearSeq") long clearSeq,
		@JsonProperty("ExtensionList") @Nullable List<MessageExtension> extensionList,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

	/**
	 * Return the pairs, never {@code null}.
	 * @return the pairs
	 */
	public List<MessageExtension> extensions() {
		return (this.extensionList != null) ? this.extensionList : List.of();
	}

}
