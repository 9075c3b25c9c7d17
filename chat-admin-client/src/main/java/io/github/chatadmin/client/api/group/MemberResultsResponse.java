package io.github.chatadmin.client.api.group;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The answer of {@code add_group_member}, {@code import_group_member} and the
 * permission-group member commands: a result per member.
 *
 * @param memberList the results ({@code MemberList})
 * @param extra fields this model does not name
 * @author chat-admin
 */
public record MemberResultsResponse(@JsonProperty("MemberList") @Nullable List<MemberResult> memberList,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

	/**
	 * Return the results, never {@code null}.
	 * @return the results
	 */
	public List<MemberResult> results() {
		return (this.memberList != null) ? this.memberList : List.of();
	}

}
