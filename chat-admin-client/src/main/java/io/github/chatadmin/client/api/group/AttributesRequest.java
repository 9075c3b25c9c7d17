package io.github.chatadmin.client.api.group;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The request of {@code modify_group_attr}, {@code set_group_attr} (up to 16 attributes,
 * 16,000 bytes of values) and {@code delete_group_attr} (keys only).
 *
 * @param groupId the group ({@code GroupId})
 * @param groupAttr the attributes ({@code GroupAttr})
 * @author chat-admin
 */
public record AttributesRequest(@JsonProperty("GroupId") String groupId,
		@JsonProperty("GroupAttr") List<GroupAttribute> groupAttr) {

}
