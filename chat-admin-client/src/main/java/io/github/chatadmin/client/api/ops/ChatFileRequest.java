package io.github.chatadmin.client.api.ops;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The request of {@code im_cos_msg/forbid_illegal_object} and
 * {@code im_cos_msg/allow_banned_object}: a file an SDK uploaded in a rich-media message.
 *
 * @param rawUrl the file's URL as the message carries it ({@code RawURL})
 * @author chat-admin
 */
public record ChatFileRequest(@JsonProperty("RawURL") String rawUrl) {

}
