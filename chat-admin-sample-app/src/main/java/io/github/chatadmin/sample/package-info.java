/**
 * Sample WebFlux application that uses the chat admin starter.
 */
@NullMarked
package io.github.chatadmin.sample;

import org.jspecify.annotations.NullMarked;
