package io.github.chatadmin.client.api.message;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The request of {@code stream_msg/send_group_stream_msg}: start or continue a streaming
 * group message, whose body is one {@link MessageElement.Stream}.
 *
 * @param groupId the group ({@code GroupId})
 * @param fromAccount the sender, or {@code null} for the app admin ({@code From_Account})
 * @param msgRandom the message's random number ({@code MsgRandom})
 * @param msgKey the key returned by the first call, to continue the message
 * ({@code MsgKey})
 * @param msgBody the streaming element ({@code MsgBody})
 * @param cloudCustomData the message's custom data ({@code CloudCustomData})
 * @author chat-admin
 * @since 0.1.0
 */
public record GroupStreamMessageRequest(@JsonProperty("GroupId") String groupId,
		@JsonProperty("From_Account") @Nullable String fromAccount, @JsonProperty("MsgRandom") long msgRandom,
		@JsonProperty("MsgKey") @Nullable String msgKey, @JsonProperty("MsgBody") List<MessageElement> msgBody,
		@JsonProperty("CloudCustomData") @Nullable String cloudCustomData) {

}
