package io.github.chatadmin.client.api.group;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The request of {@code group_open_http_svc/get_joined_group_list}: the groups a user
 * joined, paged with {@code Limit} (at most 5,000) and {@code Offset}.
 *
 * @param memberAccount the user ({@code Member_Account})
 * @param withHugeGroups {@code 1} to include audio-video groups ({@code WithHugeGroups})
 * @param withNoActiveGroups {@code 1} to include work groups without messages
 * ({@code WithNoActiveGroups})
 * @param limit the page size, at most 5,000; every group when absent ({@code Limit})
 * @param offset where the page starts ({@code Offset})
 * @param groupType only groups of this type ({@code GroupType})
 * @param responseFilter the fields to return ({@code ResponseFilter})
 * @param supportTopic {@code 1} for communities with topics only (then {@code GroupType}
 * must be {@code Community}) ({@code SupportTopic})
 * @author chat-admin
 */
public record JoinedGroupsRequest(@JsonProperty("Member_Account") String memberAccount,
		@JsonProperty("WithHugeGroups") @Nullable Integer withHugeGroups,
		@JsonProperty("WithNoActiveGroups") @Nullable Integer withNoActiveGroups,
		@JsonProperty("Limit") @Nullable Integer limit, @JsonProperty("Offset") @Nullable Long offset,
		@JsonProperty("GroupType") @Nullable GroupType groupType,
		@JsonProperty("ResponseFilter") @Nullable JoinedGroupFilter responseFilter,
		@JsonProperty("SupportTopic") @Nullable Integer supportTopic) {

	/**
	 * The vendor's maximum of {@code Limit}.
	 */
	public static final int MAX_PAGE_SIZE = 5000;

	/**
	 * Return the request of the page that follows a page.
	 * @param page the page just read with this request
	 * @return the request of the next page, or {@code null} when the page was the last
	 */
	public @Nullable JoinedGroupsRequest next(JoinedGroupsResponse page) {
		long start = (this.offset != null) ? this.offset : 0;
		int count = page.groups().size();
		if (this.limit == null || count == 0 || start + count >= page.totalCount()) {
			return null;
		}
		return new JoinedGroupsRequest(this.memberAccount, this.withHugeGroups, this.withNoActiveGroups, this.limit,
				start + count, this.groupType, this.responseFilter, this.supportTopic);
	}

	/**
	 * Return a builder of the request.
	 * @param memberAccount the user
	 * @return the builder
	 */
	public static Builder builder(String memberAccount) {
		return new Builder(memberAccount);
	}

	/**
	 * Builds a {@link JoinedGroupsRequest}.
	 */
	public static final class Builder {

		private String memberAccount;

		private @Nullable Integer withHugeGroups;

		private @Nullable Integer withNoActiveGroups;

		private @Nullable Integer limit;

		private @Nullable Long offset;

		private @Nullable GroupType groupType;

		private @Nullable JoinedGroupFilter responseFilter;

		private @Nullable Integer supportTopic;

		private Builder(String memberAccount) {
			this.memberAccount = memberAccount;
		}

		/**
		 * Set {@code 1} to include audio-video groups ({@code WithHugeGroups}).
		 * @param withHugeGroups the value
		 * @return this builder
		 */
		public Builder withHugeGroups(int withHugeGroups) {
			this.withHugeGroups = withHugeGroups;
			return this;
		}

		/**
		 * Set {@code 1} to include work groups without messages
		 * ({@code WithNoActiveGroups}).
		 * @param withNoActiveGroups the value
		 * @return this builder
		 */
		public Builder withNoActiveGroups(int withNoActiveGroups) {
			this.withNoActiveGroups = withNoActiveGroups;
			return this;
		}

		/**
		 * Set the page size, at most 5,000; every group when absent ({@code Limit}).
		 * @param limit the value
		 * @return this builder
		 */
		public Builder limit(int limit) {
			this.limit = limit;
			return this;
		}

		/**
		 * Set where the page starts ({@code Offset}).
		 * @param offset the value
		 * @return this builder
		 */
		public Builder offset(long offset) {
			this.offset = offset;
			return this;
		}

		/**
		 * Set only groups of this type ({@code GroupType}).
		 * @param groupType the value
		 * @return this builder
		 */
		public Builder groupType(@Nullable GroupType groupType) {
			this.groupType = groupType;
			return this;
		}

		/**
		 * Set the fields to return ({@code ResponseFilter}).
		 * @param responseFilter the value
		 * @return this builder
		 */
		public Builder responseFilter(@Nullable JoinedGroupFilter responseFilter) {
			this.responseFilter = responseFilter;
			return this;
		}

		/**
		 * Set {@code 1} for communities with topics only (then {@code GroupType} must be
		 * {@code Community}) ({@code SupportTopic}).
		 * @param supportTopic the value
		 * @return this builder
		 */
		public Builder supportTopic(int supportTopic) {
			this.supportTopic = supportTopic;
			return this;
		}

		/**
		 * Return the request.
		 * @return the request
		 */
		public JoinedGroupsRequest build() {
			return new JoinedGroupsRequest(this.memberAccount, this.withHugeGroups, this.withNoActiveGroups, this.limit,
					this.offset, this.groupType, this.responseFilter, this.supportTopic);
		}

	}

}
