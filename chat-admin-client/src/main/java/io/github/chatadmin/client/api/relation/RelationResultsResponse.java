package io.github.chatadmin.client.api.relation;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The answer of the relation writes that report a result per user ({@code friend_add},
 * {@code friend_import}, {@code friend_update}, {@code friend_delete},
 * {@code black_list_add}, {@code black_list_delete}, {@code follow_add},
 * {@code follow_delete}). The call can succeed while single users fail; for
 * {@code friend_add}, code 30539 means the request is pending the target's approval.
 *
 * @param resultItem the result of each user ({@code ResultItem})
 * @param failAccount the users that failed, only when some did ({@code Fail_Account})
 * @param extra fields this model does not name
 * @author chat-admin
 */
public record RelationResultsResponse(@JsonProperty("ResultItem") @Nullable List<RelationResult> resultItem,
		@JsonProperty("Fail_Account") @Nullable List<String> failAccount,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

	/**
	 * Return the results, never {@code null}.
	 * @return the results
	 */
	public List<RelationResult> results() {
		return (this.resultItem != null) ? this.resultItem : List.of();
	}

	/**
	 * Return the results that are not successes.
	 * @return the failed users
	 */
	public List<RelationResult> failures() {
		return results().stream().filter((result) -> !result.isSuccess()).toList();
	}

}
