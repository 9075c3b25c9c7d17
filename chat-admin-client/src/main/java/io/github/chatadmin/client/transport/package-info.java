/**
 * HTTP transport: the dedicated connection pool, the request envelope and the UserSig
 * injection.
 */
@NullMarked
package io.github.chatadmin.client.transport;

import org.jspecify.annotations.NullMarked;
