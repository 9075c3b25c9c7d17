package io.github.chatadmin.client.api.group;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The answer of {@code get_appid_group_list}: one page of group IDs.
 *
 * @param totalCount the number of groups (of the type asked for), whatever the page
 * ({@code TotalCount})
 * @param groupIdList the groups of the page ({@code GroupIdList})
 * @param next where the next page starts, {@code 0} after the last page; exceeds 32 bits
 * ({@code Next})
 * @param extra fields this model does not name
 * @author chat-admin
 */
public record AppGroupsResponse(@JsonProperty("TotalCount") long totalCount,
		@JsonProperty("GroupIdList") @Nullable List<GroupIdItem> groupIdList, @JsonProperty("Next") long next,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

	/**
	 * Return the group IDs of the page.
	 * @return the IDs, never {@code null}
	 */
	public List<String> groupIds() {
		return (this.groupIdList != null) ? this.groupIdList.stream().map(GroupIdItem::groupId).toList() : List.of();
	}

}
