package io.github.chatadmin.client.api.groupmessage;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The request of {@code group_open_http_svc/get_group_msg_receipt_detail}: one page of
 * the members who have (or have not) read a group message.
 *
 * @param groupId the group ({@code GroupId})
 * @param msgSeq the message's sequence number ({@code MsgSeq})
 * @param filter which members to list ({@code Filter})
 * @param cursor where the page starts: {@code ""} for the first page, then the
 * {@code Cursor} of the previous answer ({@code Cursor})
 * @param count how many members at most, 1 to 200 ({@code Count})
 * @author chat-admin
 * @since 0.1.0
 */
public record ReceiptDetailRequest(@JsonProperty("GroupId") String groupId, @JsonProperty("MsgSeq") long msgSeq,
		@JsonProperty("Filter") ReceiptFilter filter, @JsonProperty("Cursor") String cursor,
		@JsonProperty("Count") int count) {

	/**
	 * The vendor's maximum of {@code Count}.
	 */
	public static final int MAX_PAGE_SIZE = 200;

	/**
	 * Return the request of the first page.
	 * @param groupId the group
	 * @param msgSeq the message's sequence number
	 * @param filter which members to list
	 * @param count how many members per page, 1 to 200
	 * @return the request
	 */
	public static ReceiptDetailRequest first(String groupId, long msgSeq, ReceiptFilter filter, int count) {
		return new ReceiptDetailRequest(groupId, msgSeq, filter, "", count);
	}

	/**
	 * Return the request of the page that follows a page.
	 * @param page the page just read with this request
	 * @return the request of the next page, or {@code null} when the page was the last
	 * @throws IllegalStateException if a page that is not the last gives no cursor, or
	 * the cursor of this request (the walk would not move)
	 */
	public @Nullable ReceiptDetailRequest next(ReceiptDetailResponse page) {
		if (page.isFinished()) {
			return null;
		}
		String following = page.cursor();
		if (following == null || following.isEmpty() || following.equals(this.cursor)) {
			throw new IllegalStateException("The receipt cursor of message " + this.msgSeq + " in group " + this.groupId
					+ " did not move: '" + this.cursor + "' was followed by '" + following + "' before the last page");
		}
		return new ReceiptDetailRequest(this.groupId, this.msgSeq, this.filter, following, this.count);
	}

}
