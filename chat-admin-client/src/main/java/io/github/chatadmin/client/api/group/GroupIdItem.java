package io.github.chatadmin.client.api.group;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A group ID in a list ({@code GroupIdList} items of {@code get_appid_group_list}).
 *
 * @param groupId the group ({@code GroupId})
 * @author chat-admin
 */
public record GroupIdItem(@JsonProperty("GroupId") String groupId) {

}
