package io.github.chatadmin.client.api.push;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The answer of a write on users' attributes or tags: the users it failed for, when the
 * call succeeded for the others.
 *
 * @param errorList the users it failed for ({@code ErrorList})
 * @param extra fields this model does not name
 * @author chat-admin
 */
public record PushUsersResponse(@JsonProperty("ErrorList") @Nullable List<PushUserError> errorList,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

	/**
	 * Return the failures, never {@code null}.
	 * @return the users it failed for
	 */
	public List<PushUserError> failures() {
		return (this.errorList != null) ? this.errorList : List.of();
	}

}
