package io.github.chatadmin.client.api.group;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The request of {@code group_open_http_svc/get_group_member_info}: one page of a group's
 * members. Ordinary groups page with {@code Limit} (at most 200) and {@code Offset};
 * communities with {@code Limit} (at most 100) and the string cursor {@code Next}.
 * Audio-video groups are not supported.
 *
 * @param groupId the group ({@code GroupId})
 * @param limit the page size; every member when absent ({@code Limit})
 * @param offset where the page starts in an ordinary group ({@code Offset})
 * @param next where the page starts in a community: {@code ""} for the first page, then
 * the {@code Next} of the previous answer ({@code Next})
 * @param memberInfoFilter the member fields to return, such as {@code Role}
 * ({@code MemberInfoFilter})
 * @param memberRoleFilter the roles to return ({@code MemberRoleFilter})
 * @param appDefinedDataFilterGroupMember the custom fields to return
 * ({@code AppDefinedDataFilter_GroupMember})
 * @author chat-admin
 */
public record GroupMembersRequest(@JsonProperty("GroupId") String groupId,
		@JsonProperty("Limit") @Nullable Integer limit, @JsonProperty("Offset") @Nullable Long offset,
		@JsonProperty("Next") @Nullable String next,
		@JsonProperty("MemberInfoFilter") @Nullable List<String> memberInfoFilter,
		@JsonProperty("MemberRoleFilter") @Nullable List<MemberRole> memberRoleFilter,
		@JsonProperty("AppDefinedDataFilter_GroupMember") @Nullable List<String> appDefinedDataFilterGroupMember) {

	/**
	 * The vendor's maximum of {@code Limit} with {@code Offset} (its text says 200, its
	 * field table 6,000).
	 */
	public static final int MAX_PAGE_SIZE = 200;

	/**
	 * The vendor's maximum of {@code Limit} with {@code Next} (communities).
	 */
	public static final int MAX_COMMUNITY_PAGE_SIZE = 100;

	/**
	 * Return the request of the first page: with {@code Next} for a community (an ID
	 * starting with {@code @TGS#_}), with {@code Offset} otherwise.
	 * @param groupId the group
	 * @param limit the page size
	 * @return the request
	 */
	public static GroupMembersRequest first(String groupId, int limit) {
		Builder builder = builder(groupId).limit(limit);
		return (isCommunity(groupId) ? builder.next("") : builder.offset(0)).build();
	}

	static boolean isCommunity(@Nullable String groupId) {
		return groupId != null && groupId.startsWith(io.github.chatadmin.client.api.RequestChecks.COMMUNITY_ID_PREFIX);
	}

	/**
	 * Return the request of the page that follows a page.
	 * @param page the page just read with this request
	 * @return the request of the next page, or {@code null} when the page was the last
	 * @throws IllegalStateException if the community cursor did not move
	 */
	public @Nullable GroupMembersRequest next(GroupMembersResponse page) {
		if (this.next != null) {
			String following = page.next();
			if (following == null || following.isEmpty()) {
				return null;
			}
			if (following.equals(this.next)) {
				throw new IllegalStateException("The member cursor of group " + this.groupId + " did not move: 'Next' "
						+ following + " was returned for 'Next' " + this.next);
			}
			return new GroupMembersRequest(this.groupId, this.limit, null, following, this.memberInfoFilter,
					this.memberRoleFilter, this.appDefinedDataFilterGroupMember);
		}
		long start = (this.offset != null) ? this.offset : 0;
		int count = page.members().size();
		if (this.limit == null || count == 0 || start + count >= page.memberNum()) {
			return null;
		}
		return new GroupMembersRequest(this.groupId, this.limit, start + count, null, this.memberInfoFilter,
				this.memberRoleFilter, this.appDefinedDataFilterGroupMember);
	}

	/**
	 * Return a builder of the request.
	 * @param groupId the group
	 * @return the builder
	 */
	public static Builder builder(String groupId) {
		return new Builder(groupId);
	}

	/**
	 * Builds a {@link GroupMembersRequest}.
	 */
	public static final class Builder {

		private String groupId;

		private @Nullable Integer limit;

		private @Nullable Long offset;

		private @Nullable String next;

		private @Nullable List<String> memberInfoFilter;

		private @Nullable List<MemberRole> memberRoleFilter;

		private @Nullable List<String> appDefinedDataFilterGroupMember;

		private Builder(String groupId) {
			this.groupId = groupId;
		}

		/**
		 * Set the page size; every member when absent ({@code Limit}).
		 * @param limit the value
		 * @return this builder
		 */
		public Builder limit(int limit) {
			this.limit = limit;
			return this;
		}

		/**
		 * Set where the page starts in an ordinary group ({@code Offset}).
		 * @param offset the value
		 * @return this builder
		 */
		public Builder offset(long offset) {
			this.offset = offset;
			return this;
		}

		/**
		 * Set where the page starts in a community: {@code ""} for the first page, then
		 * the {@code Next} of the previous answer ({@code Next}).
		 * @param next the value
		 * @return this builder
		 */
		public Builder next(@Nullable String next) {
			this.next = next;
			return this;
		}

		/**
		 * Set the member fields to return, such as {@code Role}
		 * ({@code MemberInfoFilter}).
		 * @param memberInfoFilter the value
		 * @return this builder
		 */
		public Builder memberInfoFilter(@Nullable List<String> memberInfoFilter) {
			this.memberInfoFilter = memberInfoFilter;
			return this;
		}

		/**
		 * Set the roles to return ({@code MemberRoleFilter}).
		 * @param memberRoleFilter the value
		 * @return this builder
		 */
		public Builder memberRoleFilter(@Nullable List<MemberRole> memberRoleFilter) {
			this.memberRoleFilter = memberRoleFilter;
			return this;
		}

		/**
		 * Set the custom fields to return ({@code AppDefinedDataFilter_GroupMember}).
		 * @param appDefinedDataFilterGroupMember the value
		 * @return this builder
		 */
		public Builder appDefinedDataFilterGroupMember(@Nullable List<String> appDefinedDataFilterGroupMember) {
			this.appDefinedDataFilterGroupMember = appDefinedDataFilterGroupMember;
			return this;
		}

		/**
		 * Return the request.
		 * @return the request
		 */
		public GroupMembersRequest build() {
			return new GroupMembersRequest(this.groupId, this.limit, this.offset, this.next, this.memberInfoFilter,
					this.memberRoleFilter, this.appDefinedDataFilterGroupMember);
		}

	}

}
