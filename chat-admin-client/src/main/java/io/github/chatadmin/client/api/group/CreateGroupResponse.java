package io.github.chatadmin.client.api.group;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The answer of {@code create_group} and {@code import_group}.
 *
 * @param groupId the group's ID ({@code GroupId})
 * @param type the type, returned for communities ({@code Type})
 * @param hugeGroupFlag returned for communities ({@code HugeGroupFlag})
 * @param extra fields this model does not name
 * @author chat-admin
 */
public record CreateGroupResponse(@JsonProperty("GroupId") String groupId,
		@JsonProperty("Type") @Nullable GroupType type, @JsonProperty("HugeGroupFlag") @Nullable Integer hugeGroupFlag,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

}
