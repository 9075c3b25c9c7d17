/**
 * HTTP transport: the dedicated connection pool, the request envelope, the UserSig
 * injection and the rate limiter.
 * <p>
 * <strong>Internal:</strong> these types are public only so that the starter's
 * auto-configuration can use them; they are not part of the supported API and may change
 * in any release. Applications use {@link io.github.chatadmin.client.ChatAdminTemplate}
 * and its builder ({@code httpSettings}, {@code rateLimiter}, {@code httpClient}),
 * {@link io.github.chatadmin.client.ChatAdminTemplate#getRateLimiter()} to read rates
 * being the exception.
 */
@NullMarked
package io.github.chatadmin.client.transport;

import org.jspecify.annotations.NullMarked;
