/**
 * Typed operations and models for user profiles ({@code profile/portrait_set} and
 * {@code profile/portrait_get}).
 */
@NullMarked
package io.github.chatadmin.client.api.profile;

import org.jspecify.annotations.NullMarked;
