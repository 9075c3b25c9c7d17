package io.github.chatadmin.client.api.ops;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The answer of {@code ConfigSvc/GetIPList}: addresses and CIDR ranges.
 *
 * @param ipList the addresses ({@code IPList})
 * @param extra fields this model does not name
 * @author chat-admin
 */
public record IpListResponse(@JsonProperty("IPList") @Nullable List<String> ipList,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

	/**
	 * Return the addresses, never {@code null}.
	 * @return the addresses
	 */
	public List<String> addresses() {
		return (this.ipList != null) ? this.ipList : List.of();
	}

}
