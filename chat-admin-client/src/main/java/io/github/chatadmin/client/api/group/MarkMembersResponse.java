package io.github.chatadmin.client.api.group;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The answer of {@code modify_user_info}: the members whose marks were changed (offline
 * ones are left out).
 *
 * @param commandType the request's command ({@code CommandType})
 * @param memberList the members changed ({@code MemberList})
 * @param extra fields this model does not name
 * @author chat-admin
 */
public record MarkMembersResponse(@JsonProperty("CommandType") @Nullable Integer commandType,
		@JsonProperty("MemberList") @Nullable List<MarkedMember> memberList,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

	/**
	 * Return the members changed, never {@code null}.
	 * @return the members changed
	 */
	public List<MarkedMember> members() {
		return (this.memberList != null) ? this.memberList : List.of();
	}

}
