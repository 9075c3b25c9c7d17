package io.github.chatadmin.client.api.group;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The request of {@code group_open_http_svc/get_appid_group_list}: one page of every
 * group of the app (1 call per second).
 *
 * @param limit the page size, at most 10,000 (the default) ({@code Limit})
 * @param next where the page starts: {@code 0} for the first page, then the {@code Next}
 * of the previous answer, a 64-bit number ({@code Next})
 * @param groupType only groups of this type ({@code GroupType})
 * @author chat-admin
 */
public record AppGroupsRequest(@JsonProperty("Limit") @Nullable Integer limit,
		@JsonProperty("Next") @Nullable Long next, @JsonProperty("GroupType") @Nullable GroupType groupType) {

	/**
	 * The vendor's maximum of {@code Limit}.
	 */
	public static final int MAX_PAGE_SIZE = 10000;

	/**
	 * Return the request of the first page.
	 * @param limit the page size, at most 10,000
	 * @param groupType only groups of this type, or {@code null} for all
	 * @return the request
	 */
	public static AppGroupsRequest first(int limit, @Nullable GroupType groupType) {
		return new AppGroupsRequest(limit, 0L, groupType);
	}

	/**
	 * Return the request of the page that follows a page.
	 * @param page the page just read with this request
	 * @return the request of the next page, or {@code null} when the page was the last
	 * ({@code Next} 0)
	 * @throws IllegalStateException if the cursor did not move
	 */
	public @Nullable AppGroupsRequest next(AppGroupsResponse page) {
		long following = page.next();
		if (following == 0) {
			return null;
		}
		if (this.next != null && following == this.next) {
			throw new IllegalStateException("The group list cursor did not move: 'Next' " + following
					+ " was returned for 'Next' " + this.next);
		}
		return new AppGroupsRequest(this.limit, following, this.groupType);
	}

}
