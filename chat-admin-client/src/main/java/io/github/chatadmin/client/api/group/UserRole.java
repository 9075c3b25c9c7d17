package io.github.chatadmin.client.api.group;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The role of one user ({@code UserIdList} item of {@code get_role_in_group}).
 *
 * @param memberAccount the user ({@code Member_Account})
 * @param role {@code Owner}, {@code Admin}, {@code Member} or {@code NotMember}
 * ({@code Role})
 * @author chat-admin
 */
public record UserRole(@JsonProperty("Member_Account") String memberAccount, @JsonProperty("Role") MemberRole role) {

}
