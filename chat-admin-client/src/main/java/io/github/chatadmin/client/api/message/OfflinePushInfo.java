package io.github.chatadmin.client.api.message;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * How a message is shown in the offline push notification of a receiver who is not online
 * ({@code OfflinePushInfo}). Build it with {@link #builder()}.
 *
 * @param pushFlag {@code 0} to push (the default), {@code 1} not to push
 * @param title the notification's title
 * @param desc the notification's text, in place of the text derived from the message
 * @param ext data passed through to the app when the notification is opened
 * @param androidInfo settings for Android vendor channels
 * @param apnsInfo settings for Apple's APNs
 * @param extra fields this model does not name, such as settings of newer channels
 * @author chat-admin
 * @since 0.1.0
 * @see <a href="https://trtc.io/document/34634">Message formats</a>
 */
public record OfflinePushInfo(@JsonProperty("PushFlag") @Nullable Integer pushFlag,
		@JsonProperty("Title") @Nullable String title, @JsonProperty("Desc") @Nullable String desc,
		@JsonProperty("Ext") @Nullable String ext, @JsonProperty("AndroidInfo") @Nullable AndroidInfo androidInfo,
		@JsonProperty("ApnsInfo") @Nullable ApnsInfo apnsInfo,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

	/**
	 * Create a builder.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Android settings of an offline push. Vendor-specific keys this model does not name
	 * go in {@code extra}.
	 *
	 * @param sound the sound file
	 * @param oppoChannelId the OPPO notification channel ({@code OPPOChannelID})
	 * @param vivoClassification the vivo message classification, 0 operational or 1
	 * system ({@code VIVOClassification})
	 * @param extra fields this model does not name
	 */
	public record AndroidInfo(@JsonProperty("Sound") @Nullable String sound,
			@JsonProperty("OPPOChannelID") @Nullable String oppoChannelId,
			@JsonProperty("VIVOClassification") @Nullable Integer vivoClassification,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

	}

	/**
	 * APNs settings of an offline push.
	 *
	 * @param sound the sound file
	 * @param badgeMode {@code 0} to count the badge up (the default), {@code 1} to leave
	 * it
	 * @param title the title, in place of the push's
	 * @param subTitle the subtitle
	 * @param image the URL of an image
	 * @param mutableContent {@code 1} to let a notification service extension change the
	 * notification
	 * @param extra fields this model does not name
	 */
	public record ApnsInfo(@JsonProperty("Sound") @Nullable String sound,
			@JsonProperty("BadgeMode") @Nullable Integer badgeMode, @JsonProperty("Title") @Nullable String title,
			@JsonProperty("SubTitle") @Nullable String subTitle, @JsonProperty("Image") @Nullable String image,
			@JsonProperty("MutableContent") @Nullable Integer mutableContent,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

	}

	/**
	 * Builder of an {@link OfflinePushInfo}.
	 */
	public static final class Builder {

		private @Nullable Integer pushFlag;

		private @Nullable String title;

		private @Nullable String desc;

		private @Nullable String ext;

		private @Nullable AndroidInfo androidInfo;

		private @Nullable ApnsInfo apnsInfo;

		private Builder() {
		}

		/**
		 * Set the push flag: {@code 0} to push, {@code 1} not to.
		 * @param pushFlag the flag
		 * @return this builder
		 */
		public Builder pushFlag(int pushFlag) {
			this.pushFlag = pushFlag;
			return this;
		}

		/**
		 * Turn the offline push off for this message.
		 * @return this builder
		 */
		public Builder noPush() {
			this.pushFlag = 1;
			return this;
		}

		/**
		 * Set the notification's title.
		 * @param title the title
		 * @return this builder
		 */
		public Builder title(String title) {
			this.title = title;
			return this;
		}

		/**
		 * Set the notification's text.
		 * @param desc the text
		 * @return this builder
		 */
		public Builder desc(String desc) {
			this.desc = desc;
			return this;
		}

		/**
		 * Set the data passed through to the app.
		 * @param ext the data
		 * @return this builder
		 */
		public Builder ext(String ext) {
			this.ext = ext;
			return this;
		}

		/**
		 * Set the Android settings.
		 * @param androidInfo the settings
		 * @return this builder
		 */
		public Builder androidInfo(AndroidInfo androidInfo) {
			this.androidInfo = androidInfo;
			return this;
		}

		/**
		 * Set the APNs settings.
		 * @param apnsInfo the settings
		 * @return this builder
		 */
		public Builder apnsInfo(ApnsInfo apnsInfo) {
			this.apnsInfo = apnsInfo;
			return this;
		}

		/**
		 * Build the settings.
		 * @return the settings
		 */
		public OfflinePushInfo build() {
			return new OfflinePushInfo(this.pushFlag, this.title, this.desc, this.ext, this.androidInfo, this.apnsInfo,
					Map.of());
		}

	}

}
