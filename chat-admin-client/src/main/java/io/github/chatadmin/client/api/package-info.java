/**
 * Support shared by the typed operations of every area.
 */
@NullMarked
package io.github.chatadmin.client.api;

import org.jspecify.annotations.NullMarked;
