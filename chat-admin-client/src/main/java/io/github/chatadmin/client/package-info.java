/**
 * Reactive client for the Tencent Cloud Chat server-side REST admin API.
 */
@NullMarked
package io.github.chatadmin.client;

import org.jspecify.annotations.NullMarked;
