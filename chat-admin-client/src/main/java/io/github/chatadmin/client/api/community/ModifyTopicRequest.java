package io.github.chatadmin.client.api.community;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.chatadmin.client.api.group.MuteAllMember;
import org.jspecify.annotations.Nullable;

/**
 * The request of {@code million_group_open_http_svc/modify_topic}: fields left
 * {@code null} stay unchanged.
 *
 * @param groupId the community ({@code GroupId})
 * @param topicId the topic ({@code TopicId})
 * @param topicName the name, at most 30 bytes ({@code TopicName})
 * @param fromAccount the member acting, shown as the operator ({@code From_Account})
 * @param customString custom data, at most 3,000 bytes ({@code CustomString})
 * @param faceUrl the avatar URL, at most 100 bytes ({@code FaceUrl})
 * @param notification the notice, at most 300 bytes ({@code Notification})
 * @param introduction the introduction, at most 240 bytes ({@code Introduction})
 * @param muteAllMember whether everyone is muted ({@code MuteAllMember})
 * @author chat-admin
 */
public record ModifyTopicRequest(@JsonProperty("GroupId") String groupId, @JsonProperty("TopicId") String topicId,
		@JsonProperty("TopicName") @Nullable String topicName,
		@JsonProperty("From_Account") @Nullable String fromAccount,
		@JsonProperty("CustomString") @Nullable String customString, @JsonProperty("FaceUrl") @Nullable String faceUrl,
		@JsonProperty("Notification") @Nullable String notification,
		@JsonProperty("Introduction") @Nullable String introduction,
		@JsonProperty("MuteAllMember") @Nullable MuteAllMember muteAllMember) {

	/**
	 * Return a builder of the request.
	 * @param groupId the community
	 * @param topicId the topic
	 * @return the builder
	 */
	public static Builder builder(String groupId, String topicId) {
		return new Builder(groupId, topicId);
	}

	/**
	 * Builds a {@link ModifyTopicRequest}.
	 */
	public static final class Builder {

		private String groupId;

		private String topicId;

		private @Nullable String topicName;

		private @Nullable String fromAccount;

		private @Nullable String customString;

		private @Nullable String faceUrl;

		private @Nullable String notification;

		private @Nullable String introduction;

		private @Nullable MuteAllMember muteAllMember;

		private Builder(String groupId, String topicId) {
			this.groupId = groupId;
			this.topicId = topicId;
		}

		/**
		 * Set the name, at most 30 bytes ({@code TopicName}).
		 * @param topicName the value
		 * @return this builder
		 */
		public Builder topicName(@Nullable String topicName) {
			this.topicName = topicName;
			return this;
		}

		/**
		 * Set the member acting, shown as the operator ({@code From_Account}).
		 * @param fromAccount the value
		 * @return this builder
		 */
		public Builder fromAccount(@Nullable String fromAccount) {
			this.fromAccount = fromAccount;
			return this;
		}

		/**
		 * Set custom data, at most 3,000 bytes ({@code CustomString}).
		 * @param customString the value
		 * @return this builder
		 */
		public Builder customString(@Nullable String customString) {
			this.customString = customString;
			return this;
		}

		/**
		 * Set the avatar URL, at most 100 bytes ({@code FaceUrl}).
		 * @param faceUrl the value
		 * @return this builder
		 */
		public Builder faceUrl(@Nullable String faceUrl) {
			this.faceUrl = faceUrl;
			return this;
		}

		/**
		 * Set the notice, at most 300 bytes ({@code Notification}).
		 * @param notification the value
		 * @return this builder
		 */
		public Builder notification(@Nullable String notification) {
			this.notification = notification;
			return this;
		}

		/**
		 * Set the introduction, at most 240 bytes ({@code Introduction}).
		 * @param introduction the value
		 * @return this builder
		 */
		public Builder introduction(@Nullable String introduction) {
			this.introduction = introduction;
			return this;
		}

		/**
		 * Set whether everyone is muted ({@code MuteAllMember}).
		 * @param muteAllMember the value
		 * @return this builder
		 */
		public Builder muteAllMember(@Nullable MuteAllMember muteAllMember) {
			this.muteAllMember = muteAllMember;
			return this;
		}

		/**
		 * Return the request.
		 * @return the request
		 */
		public ModifyTopicRequest build() {
			return new ModifyTopicRequest(this.groupId, this.topicId, this.topicName, this.fromAccount,
					this.customString, this.faceUrl, this.notification, this.introduction, this.muteAllMember);
		}

	}

}
