package io.github.chatadmin.client.api.group;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The request of {@code group_open_http_svc/update_group_counter}: up to 20 counters.
 *
 * @param groupId the group ({@code GroupId})
 * @param groupCounter the counters ({@code GroupCounter})
 * @param mode how to change them ({@code Mode})
 * @author chat-admin
 */
public record UpdateCountersRequest(@JsonProperty("GroupId") String groupId,
		@JsonProperty("GroupCounter") List<GroupCounter> groupCounter,
		@JsonProperty("Mode") @Nullable CounterMode mode) {

}
