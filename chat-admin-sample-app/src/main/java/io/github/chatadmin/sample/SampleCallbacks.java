package io.github.chatadmin.sample;

import java.util.List;
import java.util.Locale;

import io.github.chatadmin.client.api.message.MessageElement;
import io.github.chatadmin.client.callback.CallbackEvent;
import io.github.chatadmin.client.callback.CallbackHandler;
import io.github.chatadmin.client.callback.CallbackReply;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The sample's callback handlers: before a one-to-one or group message is sent, refuse it
 * when its text contains the banned word ({@code sample.banned-word}); after it is sent,
 * keep it in {@link RecentEvents}, which {@code GET /events} shows.
 *
 * @author chat-admin
 */
@Configuration(proxyBeanMethods = false)
public class SampleCallbacks {

	/**
	 * The {@code ErrorCode} the sample's before-send handlers answer to refuse a message;
	 * the sender gets the vendor's error (20006 for one-to-one, 10016 for group
	 * messages).
	 */
	public static final int REFUSED = 1;

	private final String bannedWord;

	/**
	 * Create the handlers.
	 * @param bannedWord the word that makes a message refused, case-insensitive
	 */
	public SampleCallbacks(@Value("${sample.banned-word:forbidden}") String bannedWord) {
		this.bannedWord = bannedWord.toLowerCase(Locale.ROOT);
	}

	/**
	 * Refuse one-to-one messages with the banned word.
	 * @return the handler
	 */
	@Bean
	CallbackHandler<CallbackEvent.C2CBeforeSendMsg> bannedWordInOneToOneMessages() {
		return (event) -> Mono.just(moderate(event.msgBody()));
	}

	/**
	 * Refuse group messages with the banned word.
	 * @return the handler
	 */
	@Bean
	CallbackHandler<CallbackEvent.GroupBeforeSendMsg> bannedWordInGroupMessages() {
		return (event) -> Mono.just(moderate(event.msgBody()));
	}

	/**
	 * Keep the one-to-one messages sent.
	 * @param events where to keep them
	 * @return the handler
	 */
	@Bean
	CallbackHandler<CallbackEvent.C2CAfterSendMsg> keepOneToOneMessages(RecentEvents events) {
		return (event) -> {
			events.add(new RecentEvents.Event(event.command(), event.fromAccount(), event.toAccount(),
					text(event.msgBody()), event.eventTime()));
			return Mono.just(CallbackReply.ok());
		};
	}

	/**
	 * Keep the group messages sent.
	 * @param events where to keep them
	 * @return the handler
	 */
	@Bean
	CallbackHandler<CallbackEvent.GroupAfterSendMsg> keepGroupMessages(RecentEvents events) {
		return (event) -> {
			events.add(new RecentEvents.Event(event.command(), event.fromAccount(), event.groupId(),
					text(event.msgBody()), event.eventTime()));
			return Mono.just(CallbackReply.ok());
		};
	}

	private CallbackReply moderate(@Nullable List<MessageElement> body) {
		String text = text(body);
		if (!this.bannedWord.isEmpty() && text.toLowerCase(Locale.ROOT).contains(this.bannedWord)) {
			return CallbackReply.deny(REFUSED, "the message contains a banned word");
		}
		return CallbackReply.ok();
	}

	private static String text(@Nullable List<MessageElement> body) {
		StringBuilder text = new StringBuilder();
		if (body != null) {
			for (MessageElement element : body) {
				if (element instanceof MessageElement.Text part) {
					text.append(part.text());
				}
			}
		}
		return text.toString();
	}

}
