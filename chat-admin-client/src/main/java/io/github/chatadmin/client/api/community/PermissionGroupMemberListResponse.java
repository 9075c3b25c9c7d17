package io.github.chatadmin.client.api.community;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The answer of {@code get_permission_group_member_list}: one page.
 *
 * @param memberList the members of the page ({@code MemberList})
 * @param next where the next page starts, {@code ""} after the last ({@code Next})
 * @param extra fields this model does not name
 * @author chat-admin
 */
public record PermissionGroupMemberListResponse(
		@JsonProperty("MemberList") @Nullable List<PermissionGroupMember> memberList,
		@JsonProperty("Next") @Nullable String next, @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

	/**
	 * Return the members, never {@code null}.
	 * @return the members
	 */
	public List<PermissionGroupMember> members() {
		return (this.memberList != null) ? this.memberList : List.of();
	}

}
