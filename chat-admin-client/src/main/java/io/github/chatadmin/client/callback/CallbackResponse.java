package io.github.chatadmin.client.callback;

import org.jspecify.annotations.Nullable;

/**
 * What a {@link CallbackDispatcher} answers: an HTTP status and a JSON body.
 *
 * @param status the HTTP status: 200 with the vendor's envelope, or 4xx when the request
 * was refused
 * @param body the JSON body
 * @param rejection why the request was refused, {@code null} when it was dispatched
 * @author chat-admin
 * @since 0.1.0
 */
public record CallbackResponse(int status, String body, @Nullable CallbackRejection rejection) {

}
