package io.github.chatadmin.client.api.profile;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.chatadmin.client.api.TagValue;

/**
 * The request of {@code profile/portrait_set}: the fields to set on one user's profile.
 *
 * @param fromAccount the user whose profile is set ({@code From_Account})
 * @param profileItem the fields to set ({@code ProfileItem})
 * @author chat-admin
 * @see <a href="https://trtc.io/document/34916">portrait_set</a>
 */
public record SetProfileRequest(@JsonProperty("From_Account") String fromAccount,
		@JsonProperty("ProfileItem") List<TagValue> profileItem) {

	/**
	 * Start a request for a user.
	 * @param userId the user whose profile is set
	 * @return the builder
	 */
	public static Builder builder(String userId) {
		return new Builder(userId);
	}

	/**
	 * Builds a {@link SetProfileRequest}; fields are written in the order they are set.
	 */
	public static final class Builder {

		private final String fromAccount;

		private final List<TagValue> items = new ArrayList<>();

		private Builder(String fromAccount) {
			this.fromAccount = fromAccount;
		}

		/**
		 * Set the nickname (at most 500 bytes).
		 * @param nick the nickname
		 * @return this builder
		 */
		public Builder nick(String nick) {
			return item(TagValue.of(ProfileTag.NICK, nick));
		}

		/**
		 * Set the gender.
		 * @param gender the gender
		 * @return this builder
		 */
		public Builder gender(Gender gender) {
			return item(TagValue.of(ProfileTag.GENDER, gender.vendorName()));
		}

		/**
		 * Set the birthday, an unsigned 32-bit number (recommended: {@code 20190419}).
		 * @param birthday the birthday
		 * @return this builder
		 */
		public Builder birthday(long birthday) {
			return item(TagValue.of(ProfileTag.BIRTHDAY, birthday));
		}

		/**
		 * Set the location (at most 16 bytes).
		 * @param location the location
		 * @return this builder
		 */
		public Builder location(String location) {
			return item(TagValue.of(ProfileTag.LOCATION, location));
		}

		/**
		 * Set the signature (at most 500 bytes).
		 * @param signature the signature
		 * @return this builder
		 */
		public Builder selfSignature(String signature) {
			return item(TagValue.of(ProfileTag.SELF_SIGNATURE, signature));
		}

		/**
		 * Set how friend requests are accepted.
		 * @param allowType the allow type
		 * @return this builder
		 */
		public Builder allowType(AllowType allowType) {
			return item(TagValue.of(ProfileTag.ALLOW_TYPE, allowType.vendorName()));
		}

		/**
		 * Set the language, an unsigned 32-bit number of the app's own mapping.
		 * @param language the language
		 * @return this builder
		 */
		public Builder language(long language) {
			return item(TagValue.of(ProfileTag.LANGUAGE, language));
		}

		/**
		 * Set the avatar URL (at most 500 bytes).
		 * @param url the URL
		 * @return this builder
		 */
		public Builder image(String url) {
			return item(TagValue.of(ProfileTag.IMAGE, url));
		}

		/**
		 * Set the message settings, an unsigned 32-bit number (bit 0: 1 blocks messages).
		 * @param settings the flags
		 * @return this builder
		 */
		public Builder msgSettings(long settings) {
			return item(TagValue.of(ProfileTag.MSG_SETTINGS, settings));
		}

		/**
		 * Set whether the user may send friend requests.
		 * @param forbidType the forbid type
		 * @return this builder
		 */
		public Builder adminForbidType(AdminForbidType forbidType) {
			return item(TagValue.of(ProfileTag.ADMIN_FORBID_TYPE, forbidType.vendorName()));
		}

		/**
		 * Set the level, an unsigned 32-bit number.
		 * @param level the level
		 * @return this builder
		 */
		public Builder level(long level) {
			return item(TagValue.of(ProfileTag.LEVEL, level));
		}

		/**
		 * Set the role, an unsigned 32-bit number.
		 * @param role the role
		 * @return this builder
		 */
		public Builder role(long role) {
			return item(TagValue.of(ProfileTag.ROLE, role));
		}

		/**
		 * Set a custom field ({@code Tag_Profile_Custom_<keyword>}), created beforehand
		 * in the console; custom fields hold strings only.
		 * @param keyword the keyword, letters only, at most 8 bytes
		 * @param value the value, at most 500 bytes
		 * @return this builder
		 */
		public Builder custom(String keyword, String value) {
			return item(TagValue.of(ProfileTag.custom(keyword), value));
		}

		/**
		 * Set any field.
		 * @param item the field and its value
		 * @return this builder
		 */
		public Builder item(TagValue item) {
			this.items.add(item);
			return this;
		}

		/**
		 * Build the request.
		 * @return the request
		 */
		public SetProfileRequest build() {
			return new SetProfileRequest(this.fromAccount, List.copyOf(this.items));
		}

	}

}
