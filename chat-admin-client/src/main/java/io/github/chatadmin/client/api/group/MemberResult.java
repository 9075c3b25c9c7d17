package io.github.chatadmin.client.api.group;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The result of one member of {@code add_group_member}, {@code import_group_member} or a
 * permission-group member command.
 *
 * @param memberAccount the member's UserID ({@code Member_Account})
 * @param result add and import: 0 failed, 1 added, 2 already a member, 3 waiting for
 * approval; permission groups: 0 added, 10013 already in it ({@code Result})
 * @param errorCode never sent by the vendor: the {@code ErrorCode} of a split call that
 * failed as a whole, or -1 when it had no answer; {@code null} otherwise
 * ({@code ErrorCode})
 * @author chat-admin
 */
public record MemberResult(@JsonProperty("Member_Account") String memberAccount, @JsonProperty("Result") int result,
		@JsonProperty("ErrorCode") @Nullable Integer errorCode) {

	/**
	 * Return the result that stands for a member of a split call that failed as a whole.
	 * @param memberAccount the member
	 * @param errorCode the call's code
	 * @return the result, with {@code Result} 0
	 */
	public static MemberResult failed(String memberAccount, int errorCode) {
		return new MemberResult(memberAccount, 0, errorCode);
	}

}
