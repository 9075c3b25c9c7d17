package io.github.chatadmin.client.api.ops;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The answer of {@code openconfigsvr/getappinfo}: one entry per day of the last 30 days.
 *
 * @param result the days ({@code Result})
 * @param extra fields this model does not name
 * @author chat-admin
 */
public record AppInfoResponse(@JsonProperty("Result") @Nullable List<AppDailyStats> result,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

	/**
	 * Return the days, never {@code null}.
	 * @return the days
	 */
	public List<AppDailyStats> days() {
		return (this.result != null) ? this.result : List.of();
	}

}
