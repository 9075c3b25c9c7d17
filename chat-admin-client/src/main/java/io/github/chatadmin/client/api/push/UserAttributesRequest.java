package io.github.chatadmin.client.api.push;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The request of {@code timpush/set_attr} and {@code all_member_push/im_set_attr}: set
 * attribute values of up to 100 users.
 *
 * @param userAttrs the values of each user ({@code UserAttrs})
 * @author chat-admin
 */
public record UserAttributesRequest(@JsonProperty("UserAttrs") List<UserAttributes> userAttrs) {

}
