package io.github.chatadmin.client.api.conversation;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The answer of {@code recentcontact/create_contact_group}.
 *
 * @param groupResultItem one result per group created ({@code GroupResultItem})
 * @param extra fields this model does not name
 * @author chat-admin
 * @see <a href="https://trtc.io/document/53437">create_contact_group</a>
 */
public record CreateContactGroupResponse(@JsonProperty("GroupResultItem") @Nullable List<GroupResult> groupResultItem,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

	/**
	 * Return the results, never {@code null}.
	 * @return the results
	 */
	public List<GroupResult> results() {
		return (this.groupResultItem != null) ? this.groupResultItem : List.of();
	}

	/**
	 * The result for one group.
	 *
	 * @param groupItem the group, with the ID the vendor gave it ({@code GroupItem})
	 * @param resultItem one result per conversation ({@code ResultItem})
	 */
	public record GroupResult(@JsonProperty("GroupItem") @Nullable ContactGroup groupItem,
			@JsonProperty("ResultItem") @Nullable List<ConversationResult> resultItem) {

		/**
		 * Return the per-conversation results, never {@code null}.
		 * @return the results
		 */
		public List<ConversationResult> results() {
			return (this.resultItem != null) ? this.resultItem : List.of();
		}

	}

}
