/**
 * App operations: daily statistics, message history files, server IP lists and the
 * moderation of uploaded chat files.
 */
@NullMarked
package io.github.chatadmin.client.api.ops;

import org.jspecify.annotations.NullMarked;
