package io.github.chatadmin.client.api.push;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The request of {@code timpush/remove_attr} and {@code all_member_push/im_remove_attr}:
 * remove attributes of up to 100 users.
 *
 * @param userAttrs the attributes of each user ({@code UserAttrs})
 * @author chat-admin
 */
public record RemoveAttributesRequest(@JsonProperty("UserAttrs") List<UserAttributeNames> userAttrs) {

}
