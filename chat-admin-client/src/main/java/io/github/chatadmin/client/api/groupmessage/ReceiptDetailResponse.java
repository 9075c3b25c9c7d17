package io.github.chatadmin.client.api.groupmessage;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The answer of {@code group_open_http_svc/get_group_msg_receipt_detail}: one page of the
 * members who have read a message, or of those who have not.
 *
 * @param cursor where the next page starts, a string holding a number that may exceed
 * 2^53 ({@code Cursor})
 * @param isFinish {@code 1} when this page is the last; the page's examples spell it
 * {@code IsFinish}, its field table {@code IsFinished}, and both are read
 * ({@code IsFinish})
 * @param msgSeq the message's sequence number ({@code MsgSeq})
 * @param readList the members who have read it, for {@link ReceiptFilter#READ}
 * ({@code ReadList})
 * @param unreadList the members who have not, for {@link ReceiptFilter#UNREAD}
 * ({@code UnreadList})
 * @param extra fields this model does not name
 * @author chat-admin
 * @since 0.1.0
 */
public record ReceiptDetailResponse(@JsonProperty("Cursor") @Nullable String cursor,
		@JsonProperty("IsFinish") @JsonAlias("IsFinished") int isFinish, @JsonProperty("MsgSeq") long msgSeq,
		@JsonProperty("ReadList") @Nullable List<Reader> readList,
		@JsonProperty("UnreadList") @Nullable List<NonReader> unreadList,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

	/**
	 * Return whether this page is the last.
	 * @return whether {@code IsFinish} is {@code 1}
	 */
	@JsonIgnore
	public boolean isFinished() {
		return this.isFinish == 1;
	}

	/**
	 * Return the UserIDs of the members who have read the message.
	 * @return the UserIDs, never {@code null}
	 */
	public List<String> readers() {
		return (this.readList != null) ? this.readList.stream().map(Reader::readAccount).toList() : List.of();
	}

	/**
	 * Return the UserIDs of the members who have not read the message.
	 * @return the UserIDs, never {@code null}
	 */
	public List<String> nonReaders() {
		return (this.unreadList != null) ? this.unreadList.stream().map(NonReader::unreadAccount).toList() : List.of();
	}

	/**
	 * A member who has read the message.
	 *
	 * @param readAccount the member's UserID ({@code Read_Account})
	 */
	public record Reader(@JsonProperty("Read_Account") String readAccount) {

	}

	/**
	 * A member who has not read the message.
	 *
	 * @param unreadAccount the member's UserID ({@code Unread_Account})
	 */
	public record NonReader(@JsonProperty("Unread_Account") String unreadAccount) {

	}

}
