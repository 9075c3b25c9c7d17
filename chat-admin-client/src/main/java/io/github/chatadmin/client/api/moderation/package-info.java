/**
 * Moderation: content moderation (verdicts on text, images, audio and video, and the
 * app's sensitive-word lists) and global mute.
 */
@NullMarked
package io.github.chatadmin.client.api.moderation;

import org.jspecify.annotations.NullMarked;
