package io.github.chatadmin.client.api.relation;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.chatadmin.client.api.TagValue;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The answer of {@code sns/friend_get}: one page of friends with every standard and
 * custom friend field.
 *
 * @param userDataItem the friends of the page ({@code UserDataItem})
 * @param standardSequence the sequence of the standard fields ({@code StandardSequence})
 * @param customSequence the sequence of the custom fields ({@code CustomSequence})
 * @param friendNum the user's number of friends ({@code FriendNum})
 * @param completeFlag not {@code 0} when every friend was read ({@code CompleteFlag})
 * @param nextStartIndex where the next page starts ({@code NextStartIndex})
 * @param extra fields this model does not name
 * @author chat-admin
 */
public record GetFriendsResponse(@JsonProperty("UserDataItem") @Nullable List<Friend> userDataItem,
		@JsonProperty("StandardSequence") @Nullable Long standardSequence,
		@JsonProperty("CustomSequence") @Nullable Long customSequence,
		@JsonProperty("FriendNum") @Nullable Long friendNum,
		@JsonProperty("CompleteFlag") @Nullable Integer completeFlag,
		@JsonProperty("NextStartIndex") @Nullable Long nextStartIndex,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

	/**
	 * Return the friends of the page, never {@code null}.
	 * @return the friends
	 */
	public List<Friend> friends() {
		return (this.userDataItem != null) ? this.userDataItem : List.of();
	}

	/**
	 * One friend and its fields.
	 *
	 * @param toAccount the friend ({@code To_Account})
	 * @param valueItem the friend fields ({@code ValueItem})
	 */
	public record Friend(@JsonProperty("To_Account") String toAccount,
			@JsonProperty("ValueItem") @Nullable List<TagValue> valueItem) {

		/**
		 * Return the fields, typed.
		 * @return the fields
		 */
		public FriendFields fields() {
			return new FriendFields((this.valueItem != null) ? this.valueItem : List.of());
		}

	}

}
