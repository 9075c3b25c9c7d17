package io.github.chatadmin.client.api.message;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
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
 * ({@code MsgPriority}); {@link #priority()} reads it
 * @param isPlaceMsg for a group message in a history, {@code 1} when it was deleted, has
 * expired or failed to be stored, {@code 2} when it was recalled, {@code 0} otherwise;
 * only its place is kept when it is not {@code 0} ({@code IsPlaceMsg})
 * @param isPeerRead {@code 1} when the peer read a one-to-one message
 * ({@code IsPeerRead})
 * @param msgBody the message's elements ({@code MsgBody})
 * @param cloudCustomData the message's custom data ({@code CloudCustomData})
 * @param isSystemMsg {@code 1} when a group message in a history is a system message
 * ({@code IsSystemMsg})
 * @param extra fields this model does not name
 * @author chat-admin
 * @since 0.1.0
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
		@JsonProperty("IsSystemMsg") @Nullable Integer isSystemMsg,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

	/**
	 * Create a message without the group history's system flag, as before that flag was
	 * modelled.
	 * @param fromAccount the sender's UserID
	 * @param toAccount the receiver's UserID
	 * @param groupId the group
	 * @param msgSeq the sequence number
	 * @param msgRandom the random number
	 * @param msgTimeStamp the time, in Unix seconds
	 * @param msgKey the key of a one-to-one message
	 * @param msgFlagBits the flags
	 * @param msgPriority the priority of a group message
	 * @param isPlaceMsg the place-holder flag of a group message
	 * @param isPeerRead the read flag of a one-to-one message
	 * @param msgBody the elements
	 * @param cloudCustomData the custom data
	 * @param extra fields this model does not name
	 */
	public ReceivedMessage(@Nullable String fromAccount, @Nullable String toAccount, @Nullable String groupId,
			@Nullable Long msgSeq, @Nullable Long msgRandom, @Nullable Long msgTimeStamp, @Nullable String msgKey,
			@Nullable Long msgFlagBits, @Nullable Integer msgPriority, @Nullable Integer isPlaceMsg,
			@Nullable Integer isPeerRead, @Nullable List<MessageElement> msgBody, @Nullable String cloudCustomData,
			Map<String, JsonNode> extra) {
		this(fromAccount, toAccount, groupId, msgSeq, msgRandom, msgTimeStamp, msgKey, msgFlagBits, msgPriority,
				isPlaceMsg, isPeerRead, msgBody, cloudCustomData, null, extra);
	}

	/**
	 * Return the priority of a group message.
	 * @return the priority, {@link MessagePriority#UNKNOWN} for a number this library
	 * does not know, or {@code null} when the message has none
	 */
	public @Nullable MessagePriority priority() {
		return MessagePriority.ofCode(this.msgPriority);
	}

	/**
	 * Return whether a group message in a history is a system message.
	 * @return whether {@code IsSystemMsg} is {@code 1}
	 */
	@JsonIgnore
	public boolean isSystemMessage() {
		return this.isSystemMsg != null && this.isSystemMsg == 1;
	}

	/**
	 * Return whether a group message in a history only holds the place of a message that
	 * was deleted, expired, failed to be stored or was recalled: its body is empty.
	 * @return whether {@code IsPlaceMsg} is set and not {@code 0}
	 */
	@JsonIgnore
	public boolean isPlaceholder() {
		return this.isPlaceMsg != null && this.isPlaceMsg != 0;
	}

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
