package io.github.chatadmin.client.api.group;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The answer of {@code get_group_counter} and {@code update_group_counter}: the counters'
 * current values.
 *
 * @param groupCounter the counters ({@code GroupCounter})
 * @param extra fields this model does not name
 * @author chat-admin
 */
public record CountersResponse(@JsonProperty("GroupCounter") @Nullable List<GroupCounter> groupCounter,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

	/**
	 * Return the counters, never {@code null}.
	 * @return the counters
	 */
	public List<GroupCounter> counters() {
		return (this.groupCounter != null) ? this.groupCounter : List.of();
	}

}
