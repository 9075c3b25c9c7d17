/**
 * Push: all-user, tag, attribute and user-targeted pushes of the Push service
 * ({@code timpush}), revokes, scheduled pushes, user attributes and tags, and the legacy
 * all-member push family ({@code all_member_push}). Payloads reuse the shared message
 * model ({@link io.github.chatadmin.client.api.message}).
 */
@NullMarked
package io.github.chatadmin.client.api.push;

import org.jspecify.annotations.NullMarked;
