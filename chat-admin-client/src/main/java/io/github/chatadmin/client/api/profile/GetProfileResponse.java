package io.github.chatadmin.client.api.profile;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.chatadmin.client.api.TagValue;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The answer of {@code profile/portrait_get}: a result per user. The call can succeed
 * while single users fail.
 *
 * @param userProfileItem the result of each user ({@code UserProfileItem})
 * @param failAccount the users that failed, only when some did ({@code Fail_Account})
 * @param extra fields this model does not name
 * @author chat-admin
 */
public record GetProfileResponse(@JsonProperty("UserProfileItem") @Nullable List<UserProfile> userProfileItem,
		@JsonProperty("Fail_Account") @Nullable List<String> failAccount,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

	/**
	 * Return the result of each user, never {@code null}.
	 * @return the results
	 */
	public List<UserProfile> profiles() {
		return (this.userProfileItem != null) ? this.userProfileItem : List.of();
	}

	/**
	 * Return the results that are not successes.
	 * @return the failed users
	 */
	public List<UserProfile> failures() {
		return profiles().stream().filter((profile) -> profile.resultCode() != 0).toList();
	}

	/**
	 * The result of one user.
	 *
	 * @param toAccount the user ({@code To_Account})
	 * @param profileItem the fields returned, absent when the user failed
	 * ({@code ProfileItem})
	 * @param resultCode {@code 0}, or the vendor's code (40006: reading the data failed);
	 * the {@code ErrorCode} of a split call that failed as a whole, or -1 when it had no
	 * answer ({@code ResultCode})
	 * @param resultInfo the vendor's description of the error ({@code ResultInfo})
	 */
	public record UserProfile(@JsonProperty("To_Account") String toAccount,
			@JsonProperty("ProfileItem") @Nullable List<TagValue> profileItem,
			@JsonProperty("ResultCode") int resultCode, @JsonProperty("ResultInfo") @Nullable String resultInfo) {

		/**
		 * Return the profile, with its fields typed.
		 * @return the profile, empty when the user failed
		 */
		public Profile profile() {
			return new Profile((this.profileItem != null) ? this.profileItem : List.of());
		}

	}

}
