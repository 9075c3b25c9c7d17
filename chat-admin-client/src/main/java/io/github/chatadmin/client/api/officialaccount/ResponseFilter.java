package io.github.chatadmin.client.api.officialaccount;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * Which fields an official-account read returns ({@code ResponseFilter}).
 *
 * @param officialAccountBaseInfoFilter the account fields, for example {@code Name}
 * ({@code OfficialAccountBaseInfoFilter})
 * @param selfInfoFilter the subscriber's own fields, for example {@code SubscribeTime}
 * ({@code SelfInfoFilter})
 * @author chat-admin
 */
public record ResponseFilter(
		@JsonProperty("OfficialAccountBaseInfoFilter") @Nullable List<String> officialAccountBaseInfoFilter,
		@JsonProperty("SelfInfoFilter") @Nullable List<String> selfInfoFilter) {

	/**
	 * Every account field the page lists.
	 */
	public static final List<String> ALL_BASE_INFO = List.of("CreateTime", "Name", "Owner_Account", "LastMsgTime",
			"SubscriberNum", "Introduction", "FaceUrl", "Organization", "CustomString");

}
