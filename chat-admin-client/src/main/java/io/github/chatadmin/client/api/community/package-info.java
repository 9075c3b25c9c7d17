/**
 * Communities: topics and permission groups. The group commands that also serve
 * communities (creation, members, muting) are in
 * {@link io.github.chatadmin.client.api.group}.
 */
@NullMarked
package io.github.chatadmin.client.api.community;

import org.jspecify.annotations.NullMarked;
