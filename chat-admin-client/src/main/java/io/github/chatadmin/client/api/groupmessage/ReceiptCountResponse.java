package io.github.chatadmin.client.api.groupmessage;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The answer of {@code group_open_http_svc/get_group_msg_receipt}: the read and unread
 * counts of each message.
 *
 * @param groupMsgReceiptList the counts of each message ({@code GroupMsgReceiptList})
 * @param extra fields this model does not name
 * @author chat-admin
 * @since 0.1.0
 */
public record ReceiptCountResponse(@JsonProperty("GroupMsgReceiptList") @Nullable List<Count> groupMsgReceiptList,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

	/**
	 * Return the counts, never {@code null}.
	 * @return the counts
	 */
	public List<Count> counts() {
		return (this.groupMsgReceiptList != null) ? this.groupMsgReceiptList : List.of();
	}

	/**
	 * The counts of one message.
	 *
	 * @param code {@code 0}, or the vendor's code for this message, such as 10062 (no
	 * read receipt) ({@code Code})
	 * @param msgSeq the message's sequence number ({@code MsgSeq})
	 * @param readNum how many members have read it ({@code ReadNum})
	 * @param unreadNum how many have not ({@code UnreadNum})
	 */
	public record Count(@JsonProperty("Code") int code, @JsonProperty("MsgSeq") long msgSeq,
			@JsonProperty("ReadNum") long readNum, @JsonProperty("UnreadNum") long unreadNum) {

	}

}
