package io.github.chatadmin.client.api.officialaccount;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The request of
 * {@code official_account_open_http_svc/modify_official_account_base_info}: the fields to
 * change; absent ones stay.
 *
 * @param officialAccount the account ({@code Official_Account})
 * @param name the new name ({@code Name})
 * @param introduction the new introduction ({@code Introduction})
 * @param faceUrl the new avatar URL ({@code FaceUrl})
 * @param maxSubscriberNum the new subscriber cap ({@code MaxSubscriberNum})
 * @param organization the new organization ({@code Organization})
 * @param customString the new custom data ({@code CustomString})
 * @author chat-admin
 */
public record ModifyOfficialAccountRequest(@JsonProperty("Official_Account") String officialAccount,
		@JsonProperty("Name") @Nullable String name, @JsonProperty("Introduction") @Nullable String introduction,
		@JsonProperty("FaceUrl") @Nullable String faceUrl,
		@JsonProperty("MaxSubscriberNum") @Nullable Long maxSubscriberNum,
		@JsonProperty("Organization") @Nullable String organization,
		@JsonProperty("CustomString") @Nullable String customString) {

	/**
	 * Return a modification.
	 * @param officialAccount the account
	 * @param name the new name, or {@code null} to keep it
	 * @param profile the other fields to change
	 * @return the request
	 */
	public static ModifyOfficialAccountRequest of(String officialAccount, @Nullable String name,
			OfficialAccountProfile profile) {
		return new ModifyOfficialAccountRequest(officialAccount, name, profile.introduction(), profile.faceUrl(),
				profile.maxSubscriberNum(), profile.organization(), profile.customString());
	}

}
