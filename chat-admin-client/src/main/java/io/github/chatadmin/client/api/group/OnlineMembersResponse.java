package io.github.chatadmin.client.api.group;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The answer of {@code get_members}: one page of online members.
 *
 * @param memberList the members of the page ({@code MemberList})
 * @param nextTimestamp where the next page starts, {@code 0} after the last
 * ({@code NextTimestamp})
 * @param extra fields this model does not name
 * @author chat-admin
 */
public record OnlineMembersResponse(@JsonProperty("MemberList") @Nullable List<OnlineMember> memberList,
		@JsonProperty("NextTimestamp") long nextTimestamp, @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

	/**
	 * Return the members, never {@code null}.
	 * @return the members
	 */
	public List<OnlineMember> members() {
		return (this.memberList != null) ? this.memberList : List.of();
	}

}
