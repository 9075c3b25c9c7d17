package io.github.chatadmin.client.api.ops;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The request of {@code open_msg_svc/get_history}: the message files of one hour.
 *
 * @param chatType {@value #C2C} or {@value #GROUP} ({@code ChatType})
 * @param msgTime the hour, {@code YYYYMMDDHH} ({@code MsgTime})
 * @author chat-admin
 */
public record HistoryFilesRequest(@JsonProperty("ChatType") String chatType, @JsonProperty("MsgTime") String msgTime) {

	/**
	 * One-to-one messages.
	 */
	public static final String C2C = "C2C";

	/**
	 * Group messages.
	 */
	public static final String GROUP = "Group";

}
