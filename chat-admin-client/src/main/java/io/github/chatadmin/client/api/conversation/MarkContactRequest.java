package io.github.chatadmin.client.api.conversation;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The request of {@code recentcontact/mark_contact}: set or clear standard mark bits and
 * set the custom mark of up to 100 conversations.
 *
 * @param fromAccount the user ({@code From_Account})
 * @param markItem the marks, at most 100 per call ({@code MarkItem})
 * @author chat-admin
 * @see <a href="https://trtc.io/document/53438">mark_contact</a>
 */
public record MarkContactRequest(@JsonProperty("From_Account") String fromAccount,
		@JsonProperty("MarkItem") List<Mark> markItem) {

	/**
	 * The vendor's limit of marks per call.
	 */
	public static final int MAX_MARKS = 100;

	/**
	 * The longest custom mark, in bytes.
	 */
	public static final int MAX_CUSTOM_MARK_BYTES = 256;

	/**
	 * {@code OptType} of standard marks only.
	 */
	public static final int STANDARD = 1;

	/**
	 * {@code OptType} of the custom mark only.
	 */
	public static final int CUSTOM = 2;

	/**
	 * {@code OptType} of both.
	 */
	public static final int BOTH = 3;

	/**
	 * The marks of one conversation.
	 *
	 * @param optType {@link #STANDARD}, {@link #CUSTOM} or {@link #BOTH}
	 * ({@code OptType})
	 * @param contactItem the conversation ({@code ContactItem})
	 * @param clearMark the standard mark bits to clear ({@code ClearMark})
	 * @param setMark the standard mark bits to set ({@code SetMark})
	 * @param customMark the custom mark, at most 256 bytes ({@code CustomMark})
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Mark(@JsonProperty("OptType") int optType, @JsonProperty("ContactItem") ConversationRef contactItem,
			@JsonProperty("ClearMark") @Nullable List<Integer> clearMark,
			@JsonProperty("SetMark") @Nullable List<Integer> setMark,
			@JsonProperty("CustomMark") @Nullable String customMark) {

		/**
		 * Return the standard mark bits to set and clear on a conversation.
		 * @param conversation the conversation
		 * @param set the bits to set
		 * @param clear the bits to clear
		 * @return the marks
		 */
		public static Mark standard(ConversationRef conversation, List<Integer> set, List<Integer> clear) {
			return new Mark(STANDARD, conversation, clear.isEmpty() ? null : clear, set.isEmpty() ? null : set, null);
		}

		/**
		 * Return the custom mark of a conversation.
		 * @param conversation the conversation
		 * @param customMark the mark
		 * @return the marks
		 */
		public static Mark custom(ConversationRef conversation, String customMark) {
			return new Mark(CUSTOM, conversation, null, null, customMark);
		}

	}

}
