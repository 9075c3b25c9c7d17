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
 * The answer of {@code sns/friend_get_list}: the fields of each friend asked for.
 *
 * @param infoItem the result of each friend ({@code InfoItem})
 * @param failAccount the users that failed, only when some did ({@code Fail_Account})
 * @param extra fields this model does not name
 * @author chat-admin
 */
public record GetFriendInfoResponse(@JsonProperty("InfoItem") @Nullable List<Info> infoItem,
		@JsonProperty("Fail_Account") @Nullable List<String> failAccount,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

	/**
	 * Return the results, never {@code null}.
	 * @return the results
	 */
	public List<Info> results() {
		return (this.infoItem != null) ? this.infoItem : List.of();
	}

	/**
	 * Return the results that are not successes.
	 * @return the failed users (30001: not a friend)
	 */
	public List<Info> failures() {
		return results().stream().filter((info) -> info.resultCode() != 0).toList();
	}

	/**
	 * The fields of one friend.
	 *
	 * @param toAccount the friend ({@code To_Account})
	 * @param snsProfileItem the fields returned; unset ones are left out
	 * ({@code SnsProfileItem})
	 * @param resultCode {@code 0}, or the vendor's code (30001: not a friend); the
	 * {@code ErrorCode} of a split call that failed as a whole, or -1 when it had no
	 * answer ({@code ResultCode})
	 * @param resultInfo the vendor's description of the error ({@code ResultInfo})
	 */
	public record Info(@JsonProperty("To_Account") String toAccount,
			@JsonProperty("SnsProfileItem") @Nullable List<TagValue> snsProfileItem,
			@JsonProperty("ResultCode") int resultCode, @JsonProperty("ResultInfo") @Nullable String resultInfo) {

		/**
		 * Return the fields, typed (friend fields, and profile fields through
		 * {@link FriendFields#profile()}).
		 * @return the fields
		 */
		public FriendFields fields() {
			return new FriendFields((this.snsProfileItem != null) ? this.snsProfileItem : List.of());
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
