package io.github.chatadmin.client.api.conversation;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The answer of {@code recentcontact/get_list}: one page of a user's conversations and
 * the cursors of the next page.
 *
 * @param sessionItem the conversations of the page ({@code SessionItem})
 * @param completeFlag {@code 1} when every conversation was read ({@code CompleteFlag})
 * @param timeStamp the next cursor time of normal conversations ({@code TimeStamp})
 * @param startIndex the next cursor index of normal conversations ({@code StartIndex})
 * @param topTimeStamp the next cursor time of pinned conversations ({@code TopTimeStamp})
 * @param topStartIndex the next cursor index of pinned conversations
 * ({@code TopStartIndex})
 * @param extra fields this model does not name
 * @author chat-admin
 * @see <a href="https://trtc.io/document/43087">get_list</a>
 */
public record GetConversationsResponse(@JsonProperty("SessionItem") @Nullable List<Conversation> sessionItem,
		@JsonProperty("CompleteFlag") @Nullable Integer completeFlag,
		@JsonProperty("TimeStamp") @Nullable Long timeStamp, @JsonProperty("StartIndex") @Nullable Long startIndex,
		@JsonProperty("TopTimeStamp") @Nullable Long topTimeStamp,
		@JsonProperty("TopStartIndex") @Nullable Long topStartIndex,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

	/**
	 * Return the conversations of the page, never {@code null}.
	 * @return the conversations
	 */
	public List<Conversation> conversations() {
		return (this.sessionItem != null) ? this.sessionItem : List.of();
	}

	/**
	 * One conversation of the list.
	 *
	 * @param type the conversation type ({@code Type})
	 * @param toAccount the peer of a one-to-one conversation ({@code To_Account})
	 * @param groupId the group of a group conversation ({@code GroupId})
	 * @param msgTime the time of the conversation's last message, in seconds
	 * ({@code MsgTime})
	 * @param topFlag {@code 1} when the conversation is pinned ({@code TopFlag})
	 * @param standardMark the standard mark bits, as the vendor writes them
	 * ({@code StandardMark})
	 * @param customMark the custom mark ({@code CustomMark})
	 * @param contactGroupId the conversation groups it is in ({@code ContactGroupId})
	 * @param extra fields this model does not name
	 */
	public record Conversation(@JsonProperty("Type") ConversationType type,
			@JsonProperty("To_Account") @Nullable String toAccount, @JsonProperty("GroupId") @Nullable String groupId,
			@JsonProperty("MsgTime") @Nullable Long msgTime, @JsonProperty("TopFlag") @Nullable Integer topFlag,
			@JsonProperty("StandardMark") @Nullable String standardMark,
			@JsonProperty("CustomMark") @Nullable String customMark,
			@JsonProperty("ContactGroupId") @Nullable List<Long> contactGroupId,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

		/**
		 * Return whether the conversation is pinned.
		 * @return whether {@code TopFlag} is 1
		 */
		public boolean isPinned() {
			return this.topFlag != null && this.topFlag == 1;
		}

	}

}
