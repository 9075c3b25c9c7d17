package io.github.chatadmin.client.api.groupmessage;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The answer of {@code group_open_http_svc/send_group_msg}.
 *
 * @param msgTime when the message was sent, in Unix seconds, by the service's clock
 * ({@code MsgTime})
 * @param msgSeq the message's sequence number, unique in its group; recalls, edits,
 * receipts and extensions name the message by it ({@code MsgSeq})
 * @param msgDropReason why the message was dropped although the call succeeded, such as
 * {@code MsgFreqCtrl} (the group's message frequency limit); empty or {@code null} when
 * it was delivered ({@code MsgDropReason})
 * @param extra fields this model does not name
 * @author chat-admin
 * @since 0.1.0
 */
public record SendGroupMessageResponse(@JsonProperty("MsgTime") long msgTime, @JsonProperty("MsgSeq") long msgSeq,
		@JsonProperty("MsgDropReason") @Nullable String msgDropReason,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

	/**
	 * Return whether the service dropped the message although the call succeeded.
	 * @return whether {@code MsgDropReason} is set
	 */
	@JsonIgnore
	public boolean isDropped() {
		return this.msgDropReason != null && !this.msgDropReason.isEmpty();
	}

}
