package io.github.chatadmin.client.api.conversation;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The answer of {@code recentcontact/search_contact_group}.
 *
 * @param contactResultItem the groups and marks of each conversation found
 * ({@code ContactResultItem})
 * @param groupItem the conversation groups those conversations are in ({@code GroupItem})
 * @param extra fields this model does not name
 * @author chat-admin
 * @see <a href="https://trtc.io/document/53442">search_contact_group</a>
 */
public record SearchContactGroupResponse(
		@JsonProperty("ContactResultItem") @Nullable List<ConversationMarks> contactResultItem,
		@JsonProperty("GroupItem") @Nullable List<ContactGroup> groupItem,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

	/**
	 * Return the conversations found, never {@code null}.
	 * @return the conversations' marks
	 */
	public List<ConversationMarks> conversations() {
		return (this.contactResultItem != null) ? this.contactResultItem : List.of();
	}

	/**
	 * Return the groups, never {@code null}.
	 * @return the groups
	 */
	public List<ContactGroup> groups() {
		return (this.groupItem != null) ? this.groupItem : List.of();
	}

}
