package io.github.chatadmin.client.api.group;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The answer of {@code get_joined_group_list}: one page of the groups a user joined.
 *
 * @param totalCount the number of groups the user joined, whatever the page
 * ({@code TotalCount})
 * @param groupIdList the groups of the page ({@code GroupIdList})
 * @param extra fields this model does not name
 * @author chat-admin
 */
public record JoinedGroupsResponse(@JsonProperty("TotalCount") long totalCount,
		@JsonProperty("GroupIdList") @Nullable List<JoinedGroup> groupIdList,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

	/**
	 * Return the groups, never {@code null}.
	 * @return the groups
	 */
	public List<JoinedGroup> groups() {
		return (this.groupIdList != null) ? this.groupIdList : List.of();
	}

}
