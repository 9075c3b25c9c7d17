package io.github.chatadmin.client.api.message;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The answer of setting message extensions ({@code set_key_values},
 * {@code group_set_key_values}): a result per pair.
 *
 * @param extensionList the result of each pair ({@code ExtensionList})
 * @param extra fields this model does not name
 * @author chat-admin
 * @since 0.1.0
 */
public record SetExtensionsResponse(@JsonProperty("ExtensionList") @Nullable List<Result> extensionList,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

	/**
	 * Return the results, never {@code null}.
	 * @return the results
	 */
	public List<Result> results() {
		return (this.extensionList != null) ? this.extensionList : List.of();
	}

	/**
	 * The result of one pair.
	 *
	 * @param errorCode {@code 0}, or the vendor's code, such as 23001 (version conflict)
	 * ({@code ErrorCode})
	 * @param extension the pair as stored now ({@code Extension})
	 */
	public record Result(@JsonProperty("ErrorCode") int errorCode,
			@JsonProperty("Extension") @Nullable MessageExtension extension) {

	}

}
