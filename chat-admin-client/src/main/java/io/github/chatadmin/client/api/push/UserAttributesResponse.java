package io.github.chatadmin.client.api.push;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The answer of {@code timpush/get_attr} and {@code all_member_push/im_get_attr}.
 *
 * @param userAttrs the attributes of each user found ({@code UserAttrs})
 * @param errorList the users that could not be read, for example 70107 no such account
 * ({@code ErrorList})
 * @param extra fields this model does not name
 * @author chat-admin
 */
public record UserAttributesResponse(@JsonProperty("UserAttrs") @Nullable List<UserAttributes> userAttrs,
		@JsonProperty("ErrorList") @Nullable List<PushUserError> errorList,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

	/**
	 * Return the users' attributes, never {@code null}.
	 * @return the attributes of each user
	 */
	public List<UserAttributes> users() {
		return (this.userAttrs != null) ? this.userAttrs : List.of();
	}

	/**
	 * Return the failures, never {@code null}.
	 * @return the users that could not be read
	 */
	public List<PushUserError> failures() {
		return (this.errorList != null) ? this.errorList : List.of();
	}

}
