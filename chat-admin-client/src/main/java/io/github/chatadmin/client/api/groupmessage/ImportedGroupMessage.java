package io.github.chatadmin.client.api.groupmessage;

import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.chatadmin.client.api.message.MessageElement;
import io.github.chatadmin.client.api.message.MessageRandom;
import org.jspecify.annotations.Nullable;

/**
 * One message of an {@code import_group_msg} request ({@code MsgList[]}).
 *
 * @param fromAccount the sender ({@code From_Account})
 * @param sendTime when the message was sent, in Unix seconds: earlier than now, later
 * than the group's creation and its latest message, and not earlier than the message
 * before it in the request ({@code SendTime})
 * @param random the message's random number, unsigned 32-bit, or {@code null}
 * ({@code Random})
 * @param msgBody the message's elements; the page lists text, face, location and custom
 * elements ({@code MsgBody})
 * @author chat-admin
 * @since 0.1.0
 */
public record ImportedGroupMessage(@JsonProperty("From_Account") String fromAccount,
		@JsonProperty("SendTime") long sendTime, @JsonProperty("Random") @Nullable Long random,
		@JsonProperty("MsgBody") List<MessageElement> msgBody) {

	/**
	 * Return a message to import, with a fresh {@code Random}.
	 * @param fromAccount the sender
	 * @param sendTime when it was sent, in Unix seconds
	 * @param body the elements
	 * @return the message
	 */
	public static ImportedGroupMessage of(String fromAccount, long sendTime, MessageElement... body) {
		return new ImportedGroupMessage(fromAccount, sendTime, MessageRandom.next(), List.copyOf(Arrays.asList(body)));
	}

	/**
	 * Return a text message to import, with a fresh {@code Random}.
	 * @param fromAccount the sender
	 * @param sendTime when it was sent, in Unix seconds
	 * @param text the text
	 * @return the message
	 */
	public static ImportedGroupMessage text(String fromAccount, long sendTime, String text) {
		return of(fromAccount, sendTime, MessageElement.text(text));
	}

}
