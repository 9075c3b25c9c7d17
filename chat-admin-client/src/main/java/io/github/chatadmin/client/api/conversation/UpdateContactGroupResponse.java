package io.github.chatadmin.client.api.conversation;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The answer of {@code recentcontact/update_contact_group}.
 *
 * @param updateType the update type of the request ({@code UpdateType})
 * @param updateGroupResult the result for the group ({@code UpdateGroupResult})
 * @param extra fields this model does not name
 * @author chat-admin
 * @see <a href="https://trtc.io/document/53439">update_contact_group</a>
 */
public record UpdateContactGroupResponse(@JsonProperty("UpdateType") @Nullable Integer updateType,
		@JsonProperty("UpdateGroupResult") @Nullable GroupResult updateGroupResult,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

	/**
	 * The result for the updated group.
	 *
	 * @param updateGroupType the update type ({@code UpdateGroupType})
	 * @param groupName the group's name after the update ({@code GroupName})
	 * @param groupId the group's ID ({@code GroupId})
	 * @param oldGroupName the group's name before the update ({@code OldGroupName})
	 * @param contactResultItem one result per conversation added or removed
	 * ({@code ContactResultItem})
	 * @param extra fields this model does not name
	 */
	public record GroupResult(@JsonProperty("UpdateGroupType") @Nullable Integer updateGroupType,
			@JsonProperty("GroupName") @Nullable String groupName, @JsonProperty("GroupId") @Nullable Long groupId,
			@JsonProperty("OldGroupName") @Nullable String oldGroupName,
			@JsonProperty("ContactResultItem") @Nullable List<ConversationResult> contactResultItem,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

		/**
		 * Return the per-conversation results, never {@code null}.
		 * @return the results
		 */
		public List<ConversationResult> results() {
			return (this.contactResultItem != null) ? this.contactResultItem : List.of();
		}

	}

}
