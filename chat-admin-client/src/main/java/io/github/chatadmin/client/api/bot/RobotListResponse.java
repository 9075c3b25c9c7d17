package io.github.chatadmin.client.api.bot;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The answer of {@code openim_robot_http_svc/get_all_robots}: every bot, unpaged.
 *
 * @param robotAccount the bots' UserIDs ({@code Robot_Account})
 * @param extra fields this model does not name
 * @author chat-admin
 */
public record RobotListResponse(@JsonProperty("Robot_Account") @Nullable List<String> robotAccount,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

	/**
	 * Return the bots, never {@code null}.
	 * @return the UserIDs
	 */
	public List<String> robots() {
		return (this.robotAccount != null) ? this.robotAccount : List.of();
	}

}
