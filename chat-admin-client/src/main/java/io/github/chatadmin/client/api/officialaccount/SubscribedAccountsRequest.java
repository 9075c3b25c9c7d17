package io.github.chatadmin.client.api.officialaccount;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The request of
 * {@code official_account_open_http_svc/get_subscribed_official_account_list}: one page
 * of up to 200 accounts a user subscribed to, by offset.
 *
 * @param subscriberAccount the user ({@code Subscriber_Account})
 * @param limit the page size, at most 200 ({@code Limit})
 * @param offset the first account's position ({@code Offset})
 * @param responseFilter the fields to return ({@code ResponseFilter})
 * @author chat-admin
 */
public record SubscribedAccountsRequest(@JsonProperty("Subscriber_Account") String subscriberAccount,
		@JsonProperty("Limit") @Nullable Long limit, @JsonProperty("Offset") @Nullable Long offset,
		@JsonProperty("ResponseFilter") @Nullable ResponseFilter responseFilter) {

	/**
	 * Return the request of the page after a page, or {@code null} at the end
	 * ({@code CompleteFlag} 1, an empty page, or {@code TotalCount} reached).
	 * @param page the page this request read
	 * @return the next request, or {@code null}
	 */
	public @Nullable SubscribedAccountsRequest next(SubscribedAccountsPage page) {
		long following = ((this.offset != null) ? this.offset : 0) + page.accounts().size();
		if (page.accounts().isEmpty() || Integer.valueOf(1).equals(page.completeFlag())
				|| (page.totalCount() != null && following >= page.totalCount())) {
			return null;
		}
		return new SubscribedAccountsRequest(this.subscriberAccount, this.limit, following, this.responseFilter);
	}

}
