package io.github.chatadmin.client.api.group;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The answer of {@code get_group_ban_member}: one page.
 *
 * @param bannedAccountList the banned members of the page ({@code BannedAccountList})
 * @param nextOffset where the next page starts, {@code 0} after the last
 * ({@code NextOffset})
 * @param extra fields this model does not name
 * @author chat-admin
 */
public record BannedMembersResponse(@JsonProperty("BannedAccountList") @Nullable List<BannedMember> bannedAccountList,
		@JsonProperty("NextOffset") long nextOffset, @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

	/**
	 * Return the banned members, never {@code null}.
	 * @return the banned members
	 */
	public List<BannedMember> members() {
		return (this.bannedAccountList != null) ? this.bannedAccountList : List.of();
	}

}
