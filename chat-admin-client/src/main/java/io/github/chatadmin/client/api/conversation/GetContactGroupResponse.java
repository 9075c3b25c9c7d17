package io.github.chatadmin.client.api.conversation;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The answer of {@code recentcontact/get_contact_group}: one page of a user's marked or
 * grouped conversations, and the user's conversation groups.
 *
 * @param contactItem the conversations of the page ({@code ContactItem})
 * @param groupItem the user's conversation groups ({@code GroupItem})
 * @param completeFlag {@code 1} when everything was read ({@code CompleteFlag})
 * @param nextStartIndex where the next page starts ({@code NextStartIndex})
 * @param extra fields this model does not name
 * @author chat-admin
 * @see <a href="https://trtc.io/document/53440">get_contact_group</a>
 */
public record GetContactGroupResponse(@JsonProperty("ContactItem") @Nullable List<ConversationMarks> contactItem,
		@JsonProperty("GroupItem") @Nullable List<ContactGroup> groupItem,
		@JsonProperty("CompleteFlag") @Nullable Integer completeFlag,
		@JsonProperty("NextStartIndex") @Nullable Long nextStartIndex,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

	/**
	 * Return the conversations of the page, never {@code null}.
	 * @return the conversations' marks
	 */
	public List<ConversationMarks> conversations() {
		return (this.contactItem != null) ? this.contactItem : List.of();
	}

	/**
	 * Return the groups, never {@code null}.
	 * @return the groups
	 */
	public List<ContactGroup> groups() {
		return (this.groupItem != null) ? this.groupItem : List.of();
	}

}
