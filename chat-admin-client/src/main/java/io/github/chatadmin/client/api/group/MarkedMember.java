package io.github.chatadmin.client.api.group;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A member and its marks ({@code MemberList} item of {@code modify_user_info}).
 *
 * @param memberAccount the member ({@code Member_Account})
 * @param marks the marks: 1,000 or more, or the special 500 (always online) and 600
 * (hidden) ({@code Marks})
 * @author chat-admin
 */
public record MarkedMember(@JsonProperty("Member_Account") String memberAccount,
		@JsonProperty("Marks") List<Long> marks) {

}
