package io.github.chatadmin.client.api.groupmessage;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The request of {@code openim_msg_ext_http_svc/group_get_key_values}: the extensions of
 * a group message, at most 200 pairs per call, in order of their version.
 *
 * @param groupId the group ({@code GroupId})
 * @param msgSeq the message's sequence number ({@code MsgSeq})
 * @param startSeq read the pairs from this version on, or {@code null} for all
 * ({@code StartSeq})
 * @author chat-admin
 * @since 0.1.0
 */
public record GroupGetExtensionsRequest(@JsonProperty("GroupId") String groupId, @JsonProperty("MsgSeq") long msgSeq,
		@JsonProperty("StartSeq") @Nullable Long startSeq) {

	/**
	 * Return the request of every extension of a message.
	 * @param groupId the group
	 * @param msgSeq the message's sequence number
	 * @return the request
	 */
	public static GroupGetExtensionsRequest of(String groupId, long msgSeq) {
		return new GroupGetExtensionsRequest(groupId, msgSeq, null);
	}

}
