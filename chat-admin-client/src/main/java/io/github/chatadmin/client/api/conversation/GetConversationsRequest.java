package io.github.chatadmin.client.api.conversation;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The request of {@code recentcontact/get_list}: one page of a user's conversations,
 * pinned and normal ones each with their own cursor.
 *
 * @param fromAccount the user ({@code From_Account})
 * @param timeStamp the cursor time of normal conversations, {@code 0} first
 * ({@code TimeStamp})
 * @param startIndex the cursor index of normal conversations, {@code 0} first
 * ({@code StartIndex})
 * @param topTimeStamp the cursor time of pinned conversations, {@code 0} first
 * ({@code TopTimeStamp})
 * @param topStartIndex the cursor index of pinned conversations, {@code 0} first
 * ({@code TopStartIndex})
 * @param assistFlags the vendor's flag bits ({@code AssistFlags}): bit 0 pinned
 * conversations, bit 1 empty conversations, bit 2 paging pinned conversations; the
 * vendor's newer page recommends {@value #ALL_FLAGS} for complete data
 * @author chat-admin
 * @see <a href="https://trtc.io/document/43087">get_list</a>
 */
public record GetConversationsRequest(@JsonProperty("From_Account") String fromAccount,
		@JsonProperty("TimeStamp") long timeStamp, @JsonProperty("StartIndex") long startIndex,
		@JsonProperty("TopTimeStamp") long topTimeStamp, @JsonProperty("TopStartIndex") long topStartIndex,
		@JsonProperty("AssistFlags") long assistFlags) {

	/**
	 * The flag bits the vendor's page recommends for complete conversation data.
	 */
	public static final long ALL_FLAGS = 63;

	/**
	 * Return the request of the first page, with {@link #ALL_FLAGS}.
	 * @param fromAccount the user
	 * @return the request
	 */
	public static GetConversationsRequest first(String fromAccount) {
		return new GetConversationsRequest(fromAccount, 0, 0, 0, 0, ALL_FLAGS);
	}

	/**
	 * Return the request of the page after a page: the page's four cursors, or
	 * {@code null} when the page's {@code CompleteFlag} is 1 (every conversation read).
	 * @param page the page just read with this request
	 * @return the request of the next page, or {@code null} at the end
	 */
	public @Nullable GetConversationsRequest next(GetConversationsResponse page) {
		if (page.completeFlag() == null || page.completeFlag() != 0) {
			return null;
		}
		return new GetConversationsRequest(this.fromAccount, orZero(page.timeStamp()), orZero(page.startIndex()),
				orZero(page.topTimeStamp()), orZero(page.topStartIndex()), this.assistFlags);
	}

	private static long orZero(@Nullable Long value) {
		return (value != null) ? value : 0;
	}

}
