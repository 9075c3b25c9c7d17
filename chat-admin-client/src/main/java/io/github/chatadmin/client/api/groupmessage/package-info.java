/**
 * Group messages: send, system notifications, import, history, recall, edits, read
 * receipts, message extensions and broadcasts to every audio-video group. The message
 * model is shared with one-to-one messages
 * ({@link io.github.chatadmin.client.api.message}).
 */
@NullMarked
package io.github.chatadmin.client.api.groupmessage;

import org.jspecify.annotations.NullMarked;
