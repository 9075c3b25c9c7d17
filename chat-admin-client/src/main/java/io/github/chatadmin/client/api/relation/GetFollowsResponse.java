package io.github.chatadmin.client.api.relation;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.chatadmin.client.api.TagValue;
import io.github.chatadmin.client.api.profile.Profile;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The answer of {@code follow/follow_get}: one page of a follow list.
 *
 * @param followItem the users of the page ({@code FollowItem})
 * @param nextCursor the cursor of the next page, empty at the end ({@code NextCursor})
 * @param extra fields this model does not name
 * @author chat-admin
 */
public record GetFollowsResponse(@JsonProperty("FollowItem") @Nullable List<FollowedUser> followItem,
		@JsonProperty("NextCursor") @Nullable String nextCursor,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

	/**
	 * Return the users of the page, never {@code null}.
	 * @return the users
	 */
	public List<FollowedUser> users() {
		return (this.followItem != null) ? this.followItem : List.of();
	}

	/**
	 * One user of a follow list.
	 *
	 * @param toAccount the user ({@code To_Account})
	 * @param followTime when the follow began, Unix seconds ({@code FollowTime})
	 * @param profileItem profile fields of the user ({@code ProfileItem})
	 * @param profileSequence the profile's sequence, {@code ProfileSequence} in the
	 * vendor's SDK and {@code profile_sequence} in the page's example
	 */
	public record FollowedUser(@JsonProperty("To_Account") String toAccount,
			@JsonProperty("FollowTime") @Nullable Long followTime,
			@JsonProperty("ProfileItem") @Nullable List<TagValue> profileItem,
			@JsonProperty("ProfileSequence") @JsonAlias("profile_sequence") @Nullable Long profileSequence) {

		/**
		 * Return the profile, with its fields typed.
		 * @return the profile
		 */
		public Profile profile() {
			return new Profile((this.profileItem != null) ? this.profileItem : List.of());
		}

	}

}
