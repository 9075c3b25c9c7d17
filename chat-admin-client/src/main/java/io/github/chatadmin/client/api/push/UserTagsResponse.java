package io.github.chatadmin.client.api.push;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The answer of {@code timpush/get_tag} and {@code all_member_push/im_get_tag}.
 *
 * @param userTags the tags of each user ({@code UserTags})
 * @param errorList the users that could not be read ({@code ErrorList})
 * @param extra fields this model does not name
 * @author chat-admin
 */
public record UserTagsResponse(@JsonProperty("UserTags") @Nullable List<UserTags> userTags,
		@JsonProperty("ErrorList") @Nullable List<PushUserError> errorList,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

	/**
	 * Return the users' tags, never {@code null}.
	 * @return the tags of each user
	 */
	public List<UserTags> users() {
		return (this.userTags != null) ? this.userTags : List.of();
	}

	/**
	 * Return the failures, never {@code null}.
	 * @return the users that could not be read
	 */
	public List<PushUserError> failures() {
		return (this.errorList != null) ? this.errorList : List.of();
	}

}
