package io.github.chatadmin.client.api.conversation;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The groups and marks of one conversation, as {@code search_contact_group} and
 * {@code get_contact_group} answer them.
 *
 * @param type the conversation type ({@code Type})
 * @param toAccount the peer of a one-to-one conversation ({@code To_Account})
 * @param toGroupId the group of a group conversation ({@code ToGroupId})
 * @param standardMark the standard mark bits, as the vendor writes them
 * ({@code StandardMark})
 * @param customMark the custom mark ({@code CustomMark})
 * @param contactGroupId the conversation groups it is in ({@code ContactGroupId})
 * @param timestamp when its groups or marks last changed, in seconds ({@code Timestamp})
 * @param extra fields this model does not name
 * @author chat-admin
 * @see <a href="https://trtc.io/document/53440">get_contact_group</a>
 */
public record ConversationMarks(@JsonProperty("Type") ConversationType type,
		@JsonProperty("To_Account") @Nullable String toAccount, @JsonProperty("ToGroupId") @Nullable String toGroupId,
		@JsonProperty("StandardMark") @Nullable String standardMark,
		@JsonProperty("CustomMark") @Nullable String customMark,
		@JsonProperty("ContactGroupId") @Nullable List<Long> contactGroupId,
		@JsonProperty("Timestamp") @Nullable Long timestamp,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

	/**
	 * Return the conversation these marks belong to.
	 * @return the conversation
	 */
	public ConversationRef conversation() {
		return new ConversationRef(this.type, this.toAccount, this.toGroupId);
	}

	/**
	 * Return the IDs of the conversation groups, never {@code null}.
	 * @return the group IDs
	 */
	public List<Long> groupIds() {
		return (this.contactGroupId != null) ? this.contactGroupId : List.of();
	}

}
