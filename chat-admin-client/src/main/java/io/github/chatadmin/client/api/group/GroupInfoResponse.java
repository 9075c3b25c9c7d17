package io.github.chatadmin.client.api.group;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The answer of {@code get_group_info}: a profile per group, each with its own error
 * code.
 *
 * @param groupInfo the profiles ({@code GroupInfo})
 * @param extra fields this model does not name
 * @author chat-admin
 */
public record GroupInfoResponse(@JsonProperty("GroupInfo") @Nullable List<GroupInfo> groupInfo,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

	/**
	 * Return the profiles, never {@code null}.
	 * @return the profiles
	 */
	public List<GroupInfo> groups() {
		return (this.groupInfo != null) ? this.groupInfo : List.of();
	}

	/**
	 * Return the groups that could not be read.
	 * @return the entries whose {@code ErrorCode} is not 0
	 */
	public List<GroupInfo> failures() {
		return groups().stream().filter((group) -> !group.isSuccess()).toList();
	}

}
