/**
 * Admin UserSig providers: signing and caching the credential the REST API requires.
 */
@NullMarked
package io.github.chatadmin.client.auth;

import org.jspecify.annotations.NullMarked;
