package io.github.chatadmin.client.api.conversation;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The answer of {@code recentcontact/del_contact_group}.
 *
 * @param groupItem the deleted groups ({@code GroupItem})
 * @param extra fields this model does not name
 * @author chat-admin
 * @see <a href="https://trtc.io/document/53441">del_contact_group</a>
 */
public record DeleteContactGroupResponse(@JsonProperty("GroupItem") @Nullable List<ContactGroup> groupItem,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

	/**
	 * Return the deleted groups, never {@code null}.
	 * @return the groups
	 */
	public List<ContactGroup> groups() {
		return (this.groupItem != null) ? this.groupItem : List.of();
	}

}
