package io.github.chatadmin.client.api.officialaccount;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The request of {@code official_account_open_http_svc/create_official_account}. Build it
 * with {@link #builder(String, String)}.
 *
 * @param officialAccountUserId the account's ID, starting with {@code @TOA#_}, or
 * {@code null} to have one generated ({@code OfficialAccountUserID})
 * @param ownerAccount the owner, an imported account ({@code Owner_Account})
 * @param name the name, at most 150 bytes ({@code Name})
 * @param introduction the introduction, at most 400 bytes ({@code Introduction})
 * @param faceUrl the avatar URL, at most 500 bytes ({@code FaceUrl})
 * @param maxSubscriberNum the subscriber cap, 100,000 by default
 * ({@code MaxSubscriberNum})
 * @param organization the organization, at most 500 bytes ({@code Organization})
 * @param customString custom data, at most 3,000 bytes ({@code CustomString})
 * @author chat-admin
 */
public record CreateOfficialAccountRequest(
		@JsonProperty("OfficialAccountUserID") @Nullable String officialAccountUserId,
		@JsonProperty("Owner_Account") String ownerAccount, @JsonProperty("Name") String name,
		@JsonProperty("Introduction") @Nullable String introduction, @JsonProperty("FaceUrl") @Nullable String faceUrl,
		@JsonProperty("MaxSubscriberNum") @Nullable Long maxSubscriberNum,
		@JsonProperty("Organization") @Nullable String organization,
		@JsonProperty("CustomString") @Nullable String customString) {

	/**
	 * Create a builder.
	 * @param owner the owner
	 * @param name the name
	 * @return a new builder
	 */
	public static Builder builder(String owner, String name) {
		return new Builder(owner, name);
	}

	/**
	 * Builder of a {@link CreateOfficialAccountRequest}.
	 */
	public static final class Builder {

		private final String owner;

		private final String name;

		private @Nullable String id;

		private OfficialAccountProfile profile = OfficialAccountProfile.EMPTY;

		private Builder(String owner, String name) {
			this.owner = owner;
			this.name = name;
		}

		/**
		 * Set the account's ID.
		 * @param id an ID starting with {@code @TOA#_}
		 * @return this builder
		 */
		public Builder id(String id) {
			this.id = id;
			return this;
		}

		/**
		 * Set the profile fields.
		 * @param profile the fields
		 * @return this builder
		 */
		public Builder profile(OfficialAccountProfile profile) {
			this.profile = profile;
			return this;
		}

		/**
		 * Build the request.
		 * @return the request
		 */
		public CreateOfficialAccountRequest build() {
			OfficialAccountProfile p = this.profile;
			return new CreateOfficialAccountRequest(this.id, this.owner, this.name, p.introduction(), p.faceUrl(),
					p.maxSubscriberNum(), p.organization(), p.customString());
		}

	}

}
