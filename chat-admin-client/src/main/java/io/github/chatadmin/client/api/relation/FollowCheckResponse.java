package io.github.chatadmin.client.api.relation;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The answer of {@code follow/follow_check}: the follow relation with each user.
 *
 * @param resultItem the result of each user ({@code ResultItem})
 * @param extra fields this model does not name
 * @author chat-admin
 */
public record FollowCheckResponse(@JsonProperty("ResultItem") @Nullable List<Check> resultItem,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

	/**
	 * Return the results, never {@code null}.
	 * @return the results
	 */
	public List<Check> results() {
		return (this.resultItem != null) ? this.resultItem : List.of();
	}

	/**
	 * Return the results that are not successes.
	 * @return the failed users
	 */
	public List<Check> failures() {
		return results().stream().filter((check) -> check.resultCode() != 0).toList();
	}

	/**
	 * The follow relation with one user.
	 *
	 * @param toAccount the user ({@code To_Account})
	 * @param resultCode {@code 0}, or the vendor's code; the {@code ErrorCode} of a split
	 * call that failed as a whole, or -1 when it had no answer ({@code ResultCode})
	 * @param resultInfo the vendor's description of the error ({@code ResultInfo})
	 * @param followType the vendor's relation number ({@code FollowType})
	 */
	public record Check(@JsonProperty("To_Account") String toAccount, @JsonProperty("ResultCode") int resultCode,
			@JsonProperty("ResultInfo") @Nullable String resultInfo,
			@JsonProperty("FollowType") @Nullable Integer followType) {

		/**
		 * Return the relation as a constant.
		 * @return the relation, {@link FollowRelation#UNRECOGNIZED} for a value this
		 * library does not know or none
		 */
		public FollowRelation relation() {
			return (this.followType != null) ? FollowRelation.of(this.followType) : FollowRelation.UNRECOGNIZED;
		}

	}

}
