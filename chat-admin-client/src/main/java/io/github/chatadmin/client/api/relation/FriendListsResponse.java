package io.github.chatadmin.client.api.relation;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The answer of {@code sns/group_add} and {@code sns/group_delete}.
 *
 * @param currentSequence the lists' sequence after the change ({@code CurrentSequence})
 * @param resultItem the result of each friend put into the new lists ({@code ResultItem};
 * 32216: not a friend)
 * @param failAccount the friends that failed ({@code Fail_Account})
 * @param extra fields this model does not name
 * @author chat-admin
 */
public record FriendListsResponse(@JsonProperty("CurrentSequence") @Nullable Long currentSequence,
		@JsonProperty("ResultItem") @Nullable List<RelationResult> resultItem,
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
	 * @return the failed friends
	 */
	public List<RelationResult> failures() {
		return results().stream().filter((result) -> !result.isSuccess()).toList();
	}

}
