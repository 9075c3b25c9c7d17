package io.github.chatadmin.client.api.group;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * An initial member of a group to create ({@code MemberList} of {@code create_group}).
 *
 * @param memberAccount the member's UserID ({@code Member_Account})
 * @param role {@code Admin}, or {@code null} for an ordinary member ({@code Role})
 * @param appMemberDefinedData the member's custom fields ({@code AppMemberDefinedData})
 * @author chat-admin
 */
public record NewMember(@JsonProperty("Member_Account") String memberAccount,
		@JsonProperty("Role") @Nullable MemberRole role,
		@JsonProperty("AppMemberDefinedData") @Nullable List<AppDefinedData> appMemberDefinedData) {

	/**
	 * Return an ordinary initial member.
	 * @param userId the member's UserID
	 * @return the member
	 */
	public static NewMember of(String userId) {
		return new NewMember(userId, null, null);
	}

	/**
	 * Return an initial admin.
	 * @param userId the admin's UserID
	 * @return the member
	 */
	public static NewMember admin(String userId) {
		return new NewMember(userId, MemberRole.ADMIN, null);
	}

}
