package io.github.chatadmin.client.api.push;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The answer of {@code timpush/get_attr_name} and
 * {@code all_member_push/im_get_attr_name}.
 *
 * @param attrNames attribute names by key ({@code AttrNames})
 * @param attrTypes account types by key, Push service only ({@code AttrTypes})
 * @param extra fields this model does not name
 * @author chat-admin
 */
public record AttributeNamesResponse(@JsonProperty("AttrNames") @Nullable Map<String, String> attrNames,
		@JsonProperty("AttrTypes") @Nullable Map<String, Integer> attrTypes,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

	/**
	 * Return the names, never {@code null}.
	 * @return names by key
	 */
	public Map<String, String> names() {
		return (this.attrNames != null) ? this.attrNames : Map.of();
	}

}
