package io.github.chatadmin.client.api.conversation;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The result for one conversation of a conversation group or mark command
 * ({@code ResultItem}, {@code ContactResultItem}).
 *
 * @param contactOptType what was done to the conversation in a group, {@code 1} added,
 * {@code 2} removed ({@code ContactOptType}), for group updates
 * @param optType which marks were set ({@code OptType}), for marks
 * @param contactItem the conversation ({@code ContactItem})
 * @param resultCode {@code 0} on success ({@code ResultCode})
 * @param resultInfo the error description, if any ({@code ResultInfo})
 * @author chat-admin
 */
public record ConversationResult(@JsonProperty("ContactOptType") @Nullable Integer contactOptType,
		@JsonProperty("OptType") @Nullable Integer optType,
		@JsonProperty("ContactItem") @Nullable ConversationRef contactItem, @JsonProperty("ResultCode") int resultCode,
		@JsonProperty("ResultInfo") @Nullable String resultInfo) {

	/**
	 * Return whether the conversation was handled.
	 * @return whether {@code ResultCode} is 0
	 */
	public boolean isSuccess() {
		return this.resultCode == 0;
	}

}
