package io.github.chatadmin.client.api.group;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The answer of {@code get_group_muted_account}.
 *
 * @param groupId the group ({@code GroupId})
 * @param mutedAccountList the muted members ({@code MutedAccountList})
 * @param extra fields this model does not name
 * @author chat-admin
 */
public record MutedMembersResponse(@JsonProperty("GroupId") @Nullable String groupId,
		@JsonProperty("MutedAccountList") @Nullable List<MutedMember> mutedAccountList,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

	/**
	 * Return the muted members, never {@code null}.
	 * @return the muted members
	 */
	public List<MutedMember> members() {
		return (this.mutedAccountList != null) ? this.mutedAccountList : List.of();
	}

}
