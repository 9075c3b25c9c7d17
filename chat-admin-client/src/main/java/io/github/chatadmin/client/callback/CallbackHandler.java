package io.github.chatadmin.client.callback;

import reactor.core.publisher.Mono;

/**
 * Handles the callbacks of one event type. In a Spring application, declare a bean per
 * event type, such as a {@code CallbackHandler<CallbackEvent.C2CBeforeSendMsg>}; the
 * endpoint picks the handlers by their generic type (a
 * {@code CallbackHandler<CallbackEvent>} receives every event). Several handlers of one
 * type run in their {@code @Order}: the first reply that is not
 * {@link CallbackReply#ok()} is the answer, and the later handlers do not run. A handler
 * may block: it is called on a worker thread, never on the server's event loop.
 *
 * @param <E> the event type
 * @author chat-admin
 * @since 0.1.0
 */
@FunctionalInterface
public interface CallbackHandler<E extends CallbackEvent> {

	/**
	 * Handle an event.
	 * @param event the event
	 * @return the reply; an empty {@code Mono} means {@link CallbackReply#ok()}
	 */
	Mono<CallbackReply> handle(E event);

}
