package io.github.chatadmin.client.api.relation;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The result of one user of a relation write ({@code ResultItem}).
 *
 * @param toAccount the user ({@code To_Account})
 * @param resultCode {@code 0}, or the vendor's code (see {@link FriendResultCode}); the
 * {@code ErrorCode} of a split call that failed as a whole, or -1 when it had no answer
 * ({@code ResultCode})
 * @param resultInfo the vendor's description of the error ({@code ResultInfo})
 * @author chat-admin
 */
public record RelationResult(@JsonProperty("To_Account") String toAccount, @JsonProperty("ResultCode") int resultCode,
		@JsonProperty("ResultInfo") @Nullable String resultInfo) {

	/**
	 * Return the result code as a constant.
	 * @return the code, {@link FriendResultCode#UNRECOGNIZED} for one this library does
	 * not know (the raw value stays in {@link #resultCode()})
	 */
	public FriendResultCode code() {
		return FriendResultCode.of(this.resultCode);
	}

	/**
	 * Return whether the item succeeded.
	 * @return whether the code is 0
	 */
	public boolean isSuccess() {
		return this.resultCode == 0;
	}

}
