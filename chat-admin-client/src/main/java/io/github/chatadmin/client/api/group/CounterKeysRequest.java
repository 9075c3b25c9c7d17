package io.github.chatadmin.client.api.group;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The request of {@code get_group_counter} and {@code delete_group_counter}: without
 * keys, every counter is read, or deleted.
 *
 * @param groupId the group ({@code GroupId})
 * @param groupCounterKeys the keys; every counter when absent ({@code GroupCounterKeys})
 * @author chat-admin
 */
public record CounterKeysRequest(@JsonProperty("GroupId") String groupId,
		@JsonProperty("GroupCounterKeys") @Nullable List<String> groupCounterKeys) {

}
