package io.github.chatadmin.client.api.push;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The request of {@code add_tag} and {@code remove_tag} (and their legacy equivalents):
 * tags of up to 100 users.
 *
 * @param userTags the tags of each user ({@code UserTags})
 * @author chat-admin
 */
public record UserTagsRequest(@JsonProperty("UserTags") List<UserTags> userTags) {

}
