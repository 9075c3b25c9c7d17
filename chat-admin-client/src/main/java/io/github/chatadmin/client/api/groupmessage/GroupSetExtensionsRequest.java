package io.github.chatadmin.client.api.groupmessage;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.chatadmin.client.api.message.MessageExtension;
import org.jspecify.annotations.Nullable;

/**
 * The request of {@code openim_msg_ext_http_svc/group_set_key_values}: set, delete or
 * clear up to 20 extension pairs of a group message sent with extensions supported.
 *
 * @param groupId the group ({@code GroupId})
 * @param msgSeq the message's sequence number ({@code MsgSeq})
 * @param operateType 1 set, 2 delete, 3 clear all ({@code OperateType})
 * @param extensionList the pairs, each with the version the caller last saw (the service
 * does not check it when the app admin calls) ({@code ExtensionList})
 * @author chat-admin
 * @since 0.1.0
 */
public record GroupSetExtensionsRequest(@JsonProperty("GroupId") String groupId, @JsonProperty("MsgSeq") long msgSeq,
		@JsonProperty("OperateType") int operateType,
		@JsonProperty("ExtensionList") @Nullable List<MessageExtension> extensionList) {

	/**
	 * Return a request that sets pairs.
	 * @param groupId the group
	 * @param msgSeq the message's sequence number
	 * @param extensions the pairs, 1 to 20
	 * @return the request
	 */
	public static GroupSetExtensionsRequest set(String groupId, long msgSeq, List<MessageExtension> extensions) {
		return new GroupSetExtensionsRequest(groupId, msgSeq, 1, List.copyOf(extensions));
	}

	/**
	 * Return a request that deletes pairs.
	 * @param groupId the group
	 * @param msgSeq the message's sequence number
	 * @param extensions the pairs, 1 to 20
	 * @return the request
	 */
	public static GroupSetExtensionsRequest delete(String groupId, long msgSeq, List<MessageExtension> extensions) {
		return new GroupSetExtensionsRequest(groupId, msgSeq, 2, List.copyOf(extensions));
	}

	/**
	 * Return a request that clears every pair.
	 * @param groupId the group
	 * @param msgSeq the message's sequence number
	 * @return the request
	 */
	public static GroupSetExtensionsRequest clear(String groupId, long msgSeq) {
		return new GroupSetExtensionsRequest(groupId, msgSeq, 3, null);
	}

}
