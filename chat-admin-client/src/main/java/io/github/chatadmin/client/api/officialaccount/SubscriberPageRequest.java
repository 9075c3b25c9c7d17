package io.github.chatadmin.client.api.officialaccount;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The request of {@code official_account_open_http_svc/get_subscriber_info}: one page of
 * up to 200 subscribers after a cursor.
 *
 * @param officialAccount the account ({@code Official_Account})
 * @param limit the page size, at most 200 ({@code Limit})
 * @param next the cursor, {@code ""} for the first page ({@code Next})
 * @author chat-admin
 */
public record SubscriberPageRequest(@JsonProperty("Official_Account") String officialAccount,
		@JsonProperty("Limit") @Nullable Long limit, @JsonProperty("Next") String next) {

	/**
	 * The vendor's limit of the page size.
	 */
	public static final long MAX_PAGE_SIZE = 200;

	/**
	 * Return the first page's request.
	 * @param officialAccount the account
	 * @param limit the page size
	 * @return the request
	 */
	public static SubscriberPageRequest first(String officialAccount, long limit) {
		return new SubscriberPageRequest(officialAccount, limit, "");
	}

	/**
	 * Return the request of the page after a page, or {@code null} when its {@code Next}
	 * is empty.
	 * @param page the page this request read
	 * @return the next request, or {@code null}
	 */
	public @Nullable SubscriberPageRequest next(SubscriberPage page) {
		String cursor = page.next();
		return (cursor == null || cursor.isEmpty()) ? null
				: new SubscriberPageRequest(this.officialAccount, this.limit, cursor);
	}

}
