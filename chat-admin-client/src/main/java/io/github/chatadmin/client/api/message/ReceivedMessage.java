package io.github.chatadmin.client.api.message;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A message as the service returns it from a history, inside a merged-forward element, or
 * in a callback: one-to-one and group messages share this type, and a field that does not
 * apply to one kind is {@code null}. Fields this model does not name are kept in
 * {@link #extra()}.
 *
 * @param fromAccount the sender's UserID ({@code From_Account})
 * @param toAccount the receiver's UserID, for one-to-one messages ({@code To_Account})
 * @param groupId the group, for group messages in merged-forward elements
 * ({@code GroupId})
 * @param msgSeq the message's sequence number ({@code MsgSeq}); for group messages it
 * orders the group's history
 * @param msgRandom the random number the sender gave the message ({@code MsgRandom})
 * @param msgTimeStamp when the message was sent, in Unix seconds ({@code MsgTimeStamp})
 * @param msgKey the key that identifies a one-to-one message, for recalls and edits
 * ({@code MsgKey})
 * @param msgFlagBits the message's flags, such as recalled ({@code MsgFlagBits})
 * @param msgPriority the priority of a group message, 1 (high) to 4 (lowest)
 * ({@code MsgPriority})
 * @param isPlaceMsg {@code 1} when a group message was deleted or recalled and only its
 * place is kept ({@code IsPlaceMsg})
 * @param isPeerRead {@code 1} when the peer read a one-to-one message
 * ({@code IsPeerRead})
 * @param msgBody the message's elements ({@code MsgBody})
 * @param cloudCustomData the message's custom data ({@code CloudCustomData})
 * @param extra fields this model does not name
 * @author chat-admin
 */
public record ReceivedMessage(@JsonProperty("From_Account") @Nullable String fromAccount,
		@JsonProperty("To_Account") @Nullable String toAccount, @JsonProperty("GroupId") @Nullable String groupId,
		@JsonProperty("MsgSeq") @Nullable Long msgSeq, @JsonProperty("MsgRandom") @Nullable Long msgRandom,
		@JsonProperty("MsgTimeStamp") @Nullable Long msgTimeStamp, @JsonProperty("MsgKey") @Nullable String msgKey,
		@JsonProperty("MsgFlagBits") @Nullable Long msgFlagBits,
		@JsonProperty("MsgPriority") @Nullable Integer msgPriority,
		@JsonProperty("IsPlaceMsg") @Nullable Integer isPlaceMsg,
		@JsonProperty("IsPeerRead") @Nullable Integer isPeerRead,
		@JsonProperty("MsgBody") @Nullable List<MessageElement> msgBody,
		@JsonProperty("CloudCustomData") @Nullable String cloudCustomData,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

	/**
	 * Return the message's elements, never {@code null}.
	 * @return the elements
	 */
	public List<MessageElement> body() {
		return (this.msgBody != null) ? this.msgBody : List.of();
	}

	/**
	 * Return the text of the message's text elements, joined, for logs and simple
	 * displays.
	 * @return the text, empty when the message has no text element
	 */
	public String text() {
		StringBuilder text = new StringBuilder();
		for (MessageElement element : body()) {
			if (element instanceof MessageElement.Text textElement) {
				text.append(textElement.text());
			}
		}
		return text.toString();
	}

}
