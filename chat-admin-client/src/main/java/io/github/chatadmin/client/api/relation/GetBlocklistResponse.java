package io.github.chatadmin.client.api.relation;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The answer of {@code sns/black_list_get}: one page of a blocklist.
 *
 * @param blackListItem the blocked users of the page ({@code BlackListItem})
 * @param startIndex where the next page starts, {@code 0} when the whole blocklist was
 * read ({@code StartIndex})
 * @param currentSequence the blocklist's latest sequence, spelled
 * {@code CurruentSequence} by the vendor
 * @param extra fields this model does not name
 * @author chat-admin
 */
public record GetBlocklistResponse(@JsonProperty("BlackListItem") @Nullable List<BlockedUser> blackListItem,
		@JsonProperty("StartIndex") @Nullable Long startIndex,
		@JsonProperty("CurruentSequence") @Nullable Long currentSequence,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

	/**
	 * Return the blocked users of the page, never {@code null}.
	 * @return the blocked users
	 */
	public List<BlockedUser> blocked() {
		return (this.blackListItem != null) ? this.blackListItem : List.of();
	}

	/**
	 * One blocked user.
	 *
	 * @param toAccount the blocked user ({@code To_Account})
	 * @param addBlackTimeStamp when the user was blocked, Unix seconds
	 * ({@code AddBlackTimeStamp})
	 */
	public record BlockedUser(@JsonProperty("To_Account") String toAccount,
			@JsonProperty("AddBlackTimeStamp") long addBlackTimeStamp) {

	}

}
