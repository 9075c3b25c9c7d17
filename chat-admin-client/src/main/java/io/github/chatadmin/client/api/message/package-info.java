/**
 * The message model shared by every area that sends or returns messages: message
 * elements, offline push settings and received messages.
 */
@NullMarked
package io.github.chatadmin.client.api.message;

import org.jspecify.annotations.NullMarked;
