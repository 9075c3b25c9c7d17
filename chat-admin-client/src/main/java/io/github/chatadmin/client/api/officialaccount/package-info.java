/**
 * Official accounts: create, modify and destroy accounts, their subscribers, broadcasts
 * to subscribers, history and recalls. Messages reuse the shared message model
 * ({@link io.github.chatadmin.client.api.message}).
 */
@NullMarked
package io.github.chatadmin.client.api.officialaccount;

import org.jspecify.annotations.NullMarked;
