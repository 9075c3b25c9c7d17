package io.github.chatadmin.client.api.community;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import tools.jackson.databind.JsonNode;

/**
 * A member of a permission group (the page does not show the fields beyond
 * {@code Member_Account}: they stay in {@link #extra()}).
 *
 * @param memberAccount the member ({@code Member_Account})
 * @param extra fields this model does not name
 * @author chat-admin
 */
public record PermissionGroupMember(@JsonProperty("Member_Account") String memberAccount,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

}
