package io.github.chatadmin.client.api.group;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The fields {@code get_joined_group_list} returns ({@code ResponseFilter}); only the IDs
 * when absent.
 *
 * @param groupBaseInfoFilter the group fields, such as {@code Type}
 * ({@code GroupBaseInfoFilter})
 * @param selfInfoFilter the user's own member fields, such as {@code Role}
 * ({@code SelfInfoFilter})
 * @author chat-admin
 */
public record JoinedGroupFilter(@JsonProperty("GroupBaseInfoFilter") @Nullable List<String> groupBaseInfoFilter,
		@JsonProperty("SelfInfoFilter") @Nullable List<String> selfInfoFilter) {

}
