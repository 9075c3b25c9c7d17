package io.github.chatadmin.client.api.relation;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The answer of {@code follow/follow_get_info}: follower and following counts of each
 * user.
 *
 * @param followInfo the counts of each user ({@code FollowInfo})
 * @param extra fields this model does not name
 * @author chat-admin
 */
public record FollowInfoResponse(@JsonProperty("FollowInfo") @Nullable List<Counts> followInfo,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

	/**
	 * Return the results, never {@code null}.
	 * @return the results
	 */
	public List<Counts> results() {
		return (this.followInfo != null) ? this.followInfo : List.of();
	}

	/**
	 * Return the results that are not successes.
	 * @return the failed users
	 */
	public List<Counts> failures() {
		return results().stream().filter((counts) -> counts.resultCode() != 0).toList();
	}

	/**
	 * The counts of one user.
	 *
	 * @param toAccount the user ({@code To_Account})
	 * @param resultCode {@code 0}, or the vendor's code; the {@code ErrorCode} of a split
	 * call that failed as a whole, or -1 when it had no answer ({@code ResultCode})
	 * @param resultInfo the vendor's description of the error ({@code ResultInfo})
	 * @param followerCount how many follow the user ({@code FollowerCount})
	 * @param followingCount how many the user follows ({@code FollowingCount})
	 * @param mutualFollowingCount how many follow each other with the user
	 * ({@code MutualFollowingCount})
	 */
	public record Counts(@JsonProperty("To_Account") String toAccount, @JsonProperty("ResultCode") int resultCode,
			@JsonProperty("ResultInfo") @Nullable String resultInfo, @JsonProperty("FollowerCount") long followerCount,
			@JsonProperty("FollowingCount") long followingCount,
			@JsonProperty("MutualFollowingCount") long mutualFollowingCount) {

	}

}
