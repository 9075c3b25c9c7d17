package io.github.chatadmin.client.callback;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.chatadmin.client.api.message.MessageElement;
import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * The answer to a callback, in the vendor's envelope
 * {@code {"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":""}}. "Before" callbacks may deny
 * the action with a non-zero code, or allow a message with a rewritten body; "after"
 * callbacks only acknowledge.
 *
 * @param actionStatus {@code OK}, or {@code FAIL} when the action is denied
 * ({@code ActionStatus})
 * @param errorCode {@code 0} to allow, another number to deny ({@code ErrorCode})
 * @param errorInfo the reason for a denial, shown to the sender ({@code ErrorInfo})
 * @param msgBody the rewritten message body of a "before send" callback, or {@code null}
 * to keep it ({@code MsgBody})
 * @param cloudCustomData the rewritten custom data of a "before send" callback, or
 * {@code null} to keep it ({@code CloudCustomData})
 * @author chat-admin
 * @since 0.1.0
 */
@JsonPropertyOrder({ "ActionStatus", "ErrorCode", "ErrorInfo", "MsgBody", "CloudCustomData" })
public record CallbackReply(@JsonProperty("ActionStatus") String actionStatus, @JsonProperty("ErrorCode") int errorCode,
		@JsonProperty("ErrorInfo") String errorInfo,
		@JsonProperty("MsgBody") @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable List<MessageElement> msgBody,
		@JsonProperty("CloudCustomData") @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String cloudCustomData) {

	private static final CallbackReply OK = new CallbackReply("OK", 0, "", null, null);

	/**
	 * Create a reply, checking its fields.
	 * @param actionStatus {@code OK} or {@code FAIL}
	 * @param errorCode {@code 0} to allow
	 * @param errorInfo the reason
	 * @param msgBody the rewritten body, or {@code null}
	 * @param cloudCustomData the rewritten custom data, or {@code null}
	 */
	public CallbackReply {
		Assert.hasText(actionStatus, "'actionStatus' must not be empty");
		Assert.notNull(errorInfo, "'errorInfo' must not be null");
		msgBody = (msgBody != null) ? List.copyOf(msgBody) : null;
	}

	/**
	 * Return the reply that allows the action or acknowledges the event.
	 * @return the reply {@code {"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":""}}
	 */
	public static CallbackReply ok() {
		return OK;
	}

	/**
	 * Return a reply that denies the action of a "before" callback.
	 * @param code the error code, not {@code 0}; the vendor passes codes in
	 * {@code [120001, 130000]} on to the sender
	 * @param message the reason
	 * @return the reply
	 */
	public static CallbackReply deny(int code, String message) {
		Assert.isTrue(code != 0, "'code' must not be 0");
		Assert.notNull(message, "'message' must not be null");
		return new CallbackReply("OK", code, message, null, null);
	}

	/**
	 * Return a reply that allows a message of a "before send" callback with a rewritten
	 * body.
	 * @param msgBody the body to send instead
	 * @param cloudCustomData the custom data to send instead, or {@code null} to keep it
	 * @return the reply
	 */
	public static CallbackReply allowWithBody(List<MessageElement> msgBody, @Nullable String cloudCustomData) {
		Assert.notEmpty(msgBody, "'msgBody' must not be empty");
		return new CallbackReply("OK", 0, "", msgBody, cloudCustomData);
	}

	/**
	 * Return whether this reply allows the action.
	 * @return whether {@code ErrorCode} is {@code 0}
	 */
	@JsonIgnore
	public boolean isAllowed() {
		return this.errorCode == 0;
	}

}
