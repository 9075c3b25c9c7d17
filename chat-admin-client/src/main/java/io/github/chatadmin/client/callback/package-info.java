/**
 * Framework-neutral support for the service's callbacks (webhooks): a verifier of the
 * query parameters, typed events and the reply envelope.
 */
@NullMarked
package io.github.chatadmin.client.callback;

import org.jspecify.annotations.NullMarked;
