package io.github.chatadmin.client.api.relation;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The answer of {@code sns/group_get}.
 *
 * @param resultItem the lists ({@code ResultItem})
 * @param currentSequence the lists' sequence ({@code CurrentSequence})
 * @param extra fields this model does not name
 * @author chat-admin
 */
public record GetFriendListsResponse(@JsonProperty("ResultItem") @Nullable List<FriendList> resultItem,
		@JsonProperty("CurrentSequence") @Nullable Long currentSequence,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

	/**
	 * Return the lists, never {@code null}.
	 * @return the lists
	 */
	public List<FriendList> lists() {
		return (this.resultItem != null) ? this.resultItem : List.of();
	}

	/**
	 * One friend list.
	 *
	 * @param groupName the list's name ({@code GroupName})
	 * @param friendNumber how many friends it holds ({@code FriendNumber})
	 * @param toAccount its friends, when asked for ({@code To_Account})
	 */
	public record FriendList(@JsonProperty("GroupName") String groupName,
			@JsonProperty("FriendNumber") long friendNumber,
			@JsonProperty("To_Account") @Nullable List<String> toAccount) {

		/**
		 * Return the friends, never {@code null}.
		 * @return the friends, empty when not asked for
		 */
		public List<String> friends() {
			return (this.toAccount != null) ? this.toAccount : List.of();
		}

	}

}
