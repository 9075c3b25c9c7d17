/**
 * Typed operations and models for account management (im_open_login_svc and openim online
 * status).
 */
@NullMarked
package io.github.chatadmin.client.api.account;

import org.jspecify.annotations.NullMarked;
