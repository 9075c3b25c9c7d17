package io.github.chatadmin.client.api.groupmessage;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Which members a page of {@code get_group_msg_receipt_detail} lists ({@code Filter}).
 *
 * @author chat-admin
 * @since 0.1.0
 */
public enum ReceiptFilter {

	/**
	 * The members who have read the message ({@code 0}).
	 */
	READ(0),

	/**
	 * The members who have not read it ({@code 1}).
	 */
	UNREAD(1);

	private final int code;

	ReceiptFilter(int code) {
		this.code = code;
	}

	/**
	 * Return the vendor's number.
	 * @return {@code 0} or {@code 1}
	 */
	@JsonValue
	public int code() {
		return this.code;
	}

}
