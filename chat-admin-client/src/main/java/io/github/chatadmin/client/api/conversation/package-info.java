/**
 * Typed conversation operations: the recent conversations of a user, conversation groups
 * and conversation marks.
 */
@NullMarked
package io.github.chatadmin.client.api.conversation;

import org.jspecify.annotations.NullMarked;
