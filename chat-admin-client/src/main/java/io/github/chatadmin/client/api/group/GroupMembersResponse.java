package io.github.chatadmin.client.api.group;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * One page of members: the answer of {@code get_group_member_info} and
 * {@code get_specified_group_member_info}.
 *
 * @param memberNum the number of members of the group ({@code MemberNum})
 * @param memberList the members of the page ({@code MemberList})
 * @param next communities: where the next page starts, {@code ""} after the last page
 * ({@code Next})
 * @param extra fields this model does not name
 * @author chat-admin
 */
public record GroupMembersResponse(@JsonProperty("MemberNum") long memberNum,
		@JsonProperty("MemberList") @Nullable List<GroupMember> memberList, @JsonProperty("Next") @Nullable String next,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

	/**
	 * Return the members, never {@code null}.
	 * @return the members
	 */
	public List<GroupMember> members() {
		return (this.memberList != null) ? this.memberList : List.of();
	}

}
