/**
 * Spring Boot auto-configuration of the chat admin client, bound from
 * {@code tencent.chat.*}.
 */
@NullMarked
package io.github.chatadmin.autoconfigure;

import org.jspecify.annotations.NullMarked;
