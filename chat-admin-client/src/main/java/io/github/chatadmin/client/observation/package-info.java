/**
 * Micrometer observation types for the calls the client makes.
 */
@NullMarked
package io.github.chatadmin.client.observation;

import org.jspecify.annotations.NullMarked;
