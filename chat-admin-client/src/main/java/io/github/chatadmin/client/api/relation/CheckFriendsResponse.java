package io.github.chatadmin.client.api.relation;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The answer of {@code sns/friend_check}: the relation with each user.
 *
 * @param infoItem the result of each user ({@code InfoItem})
 * @param failAccount the users that failed, only when some did ({@code Fail_Account})
 * @param extra fields this model does not name
 * @author chat-admin
 */
public record CheckFriendsResponse(@JsonProperty("InfoItem") @Nullable List<Check> infoItem,
		@JsonProperty("Fail_Account") @Nullable List<String> failAccount,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

	/**
	 * Return the results, never {@code null}.
	 * @return the results
	 */
	public List<Check> results() {
		return (this.infoItem != null) ? this.infoItem : List.of();
	}

	/**
	 * Return the results that are not successes.
	 * @return the failed users
	 */
	public List<Check> failures() {
		return results().stream().filter((check) -> check.resultCode() != 0).toList();
	}

	/**
	 * The relation with one user.
	 *
	 * @param toAccount the user ({@code To_Account})
	 * @param relation the vendor's relation, not to be trusted when {@code resultCode} is
	 * not 0 ({@code Relation})
	 * @param resultCode {@code 0}, or the vendor's code ({@code ResultCode})
	 * @param resultInfo the vendor's description of the error ({@code ResultInfo})
	 */
	public record Check(@JsonProperty("To_Account") String toAccount,
			@JsonProperty("Relation") @Nullable String relation, @JsonProperty("ResultCode") int resultCode,
			@JsonProperty("ResultInfo") @Nullable String resultInfo) {

		/**
		 * Return the relation as a constant.
		 * @return the relation, {@link FriendRelation#UNRECOGNIZED} for a value this
		 * library does not know or none
		 */
		public FriendRelation relationType() {
			return (this.relation != null) ? FriendRelation.of(this.relation) : FriendRelation.UNRECOGNIZED;
		}

		/**
		 * Return the result code as a constant.
		 * @return the code
		 */
		public FriendResultCode code() {
			return FriendResultCode.of(this.resultCode);
		}

	}

}
