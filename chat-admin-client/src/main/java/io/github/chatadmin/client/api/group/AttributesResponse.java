package io.github.chatadmin.client.api.group;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The answer of {@code get_group_attr}.
 *
 * @param groupAttrAry the attributes ({@code GroupAttrAry})
 * @param extra fields this model does not name
 * @author chat-admin
 */
public record AttributesResponse(@JsonProperty("GroupAttrAry") @Nullable List<GroupAttribute> groupAttrAry,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

	/**
	 * Return the attributes, never {@code null}.
	 * @return the attributes
	 */
	public List<GroupAttribute> attributes() {
		return (this.groupAttrAry != null) ? this.groupAttrAry : List.of();
	}

	/**
	 * Return the attributes as a map, in the vendor's order.
	 * @return the values by key
	 */
	public Map<String, @Nullable String> asMap() {
		Map<String, @Nullable String> map = new java.util.LinkedHashMap<>();
		attributes().forEach((attribute) -> map.put(attribute.key(), attribute.value()));
		return map;
	}

}
