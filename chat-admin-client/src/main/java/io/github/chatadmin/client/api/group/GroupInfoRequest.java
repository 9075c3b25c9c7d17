package io.github.chatadmin.client.api.group;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The request of {@code group_open_http_svc/get_group_info}: the profiles of up to 50
 * groups.
 *
 * @param groupIdList the groups ({@code GroupIdList})
 * @param responseFilter the fields to return ({@code ResponseFilter})
 * @author chat-admin
 */
public record GroupInfoRequest(@JsonProperty("GroupIdList") List<String> groupIdList,
		@JsonProperty("ResponseFilter") @Nullable GroupInfoFilter responseFilter) {

	/**
	 * Return the request for the full profiles of groups.
	 * @param groupIds the groups, at most 50
	 * @return the request
	 */
	public static GroupInfoRequest of(List<String> groupIds) {
		return new GroupInfoRequest(groupIds, null);
	}

	GroupInfoRequest withGroups(List<String> groupIds) {
		return new GroupInfoRequest(groupIds, this.responseFilter);
	}

}
