package io.github.chatadmin.client.api.groupmessage;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One entry of a {@code MsgSeqList}: the sequence number of a group message.
 *
 * @param msgSeq the message's sequence number in its group ({@code MsgSeq})
 * @author chat-admin
 * @since 0.1.0
 */
public record MessageSeq(@JsonProperty("MsgSeq") long msgSeq) {

	/**
	 * Return the entries of sequence numbers.
	 * @param msgSeqs the sequence numbers
	 * @return the entries, in order
	 */
	public static List<MessageSeq> of(List<Long> msgSeqs) {
		return msgSeqs.stream().map(MessageSeq::new).toList();
	}

}
