/**
 * A local, stateful, in-memory emulator of the Tencent Cloud Chat REST admin API.
 */
@NullMarked
package io.github.chatadmin.emulator;

import org.jspecify.annotations.NullMarked;
