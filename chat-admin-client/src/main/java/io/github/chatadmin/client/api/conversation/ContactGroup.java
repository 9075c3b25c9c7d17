package io.github.chatadmin.client.api.conversation;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A conversation group of a user ({@code GroupItem}).
 *
 * @param groupName the group's name ({@code GroupName})
 * @param groupId the ID the vendor gave the group ({@code GroupId})
 * @author chat-admin
 */
public record ContactGroup(@JsonProperty("GroupName") String groupName, @JsonProperty("GroupId") long groupId) {

}
