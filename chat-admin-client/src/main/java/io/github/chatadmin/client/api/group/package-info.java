/**
 * Groups: creation, profiles, members and their paging, roles, muting, imports, bans,
 * counters, custom attributes and the audio-video group commands.
 */
@NullMarked
package io.github.chatadmin.client.api.group;

import org.jspecify.annotations.NullMarked;
