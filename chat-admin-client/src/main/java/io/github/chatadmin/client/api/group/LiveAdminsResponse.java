package io.github.chatadmin.client.api.group;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The answer of {@code get_admin_list}.
 *
 * @param adminList the admins ({@code Admin_List})
 * @param extra fields this model does not name
 * @author chat-admin
 */
public record LiveAdminsResponse(@JsonProperty("Admin_List") @Nullable List<LiveAdmin> adminList,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

	/**
	 * Return the admins, never {@code null}.
	 * @return the admins
	 */
	public List<LiveAdmin> admins() {
		return (this.adminList != null) ? this.adminList : List.of();
	}

}
