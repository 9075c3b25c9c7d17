package io.github.chatadmin.client.api.group;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The fields {@code get_group_info} returns ({@code ResponseFilter}); every field when
 * absent.
 *
 * @param groupBaseInfoFilter the group fields, such as {@code Type} or {@code MemberNum}
 * ({@code GroupBaseInfoFilter})
 * @param memberInfoFilter the member fields, such as {@code Role}
 * ({@code MemberInfoFilter})
 * @param appDefinedDataFilterGroup the group's custom fields
 * ({@code AppDefinedDataFilter_Group})
 * @param appDefinedDataFilterGroupMember the members' custom fields
 * ({@code AppDefinedDataFilter_GroupMember})
 * @author chat-admin
 */
public record GroupInfoFilter(@JsonProperty("GroupBaseInfoFilter") @Nullable List<String> groupBaseInfoFilter,
		@JsonProperty("MemberInfoFilter") @Nullable List<String> memberInfoFilter,
		@JsonProperty("AppDefinedDataFilter_Group") @Nullable List<String> appDefinedDataFilterGroup,
		@JsonProperty("AppDefinedDataFilter_GroupMember") @Nullable List<String> appDefinedDataFilterGroupMember) {

}
