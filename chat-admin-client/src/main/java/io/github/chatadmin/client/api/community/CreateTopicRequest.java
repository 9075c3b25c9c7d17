package io.github.chatadmin.client.api.community;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The request of {@code million_group_open_http_svc/create_topic}: a topic in a
 * topic-enabled community (Ultimate edition; up to 200 topics).
 *
 * @param groupId the community ({@code GroupId})
 * @param topicId a custom ID: the community ID, {@code @TOPIC#_} and a custom part; at
 * most 96 bytes ({@code TopicId})
 * @param topicName the name, at most 30 bytes ({@code TopicName})
 * @param fromAccount the member acting, shown as the operator ({@code From_Account})
 * @param customString custom data, at most 3,000 bytes ({@code CustomString})
 * @param faceUrl the avatar URL, at most 100 bytes ({@code FaceUrl})
 * @param notification the notice, at most 300 bytes ({@code Notification})
 * @param introduction the introduction, at most 240 bytes ({@code Introduction})
 * @author chat-admin
 */
public record CreateTopicRequest(@JsonProperty("GroupId") String groupId,
		@JsonProperty("TopicId") @Nullable String topicId, @JsonProperty("TopicName") String topicName,
		@JsonProperty("From_Account") @Nullable String fromAccount,
		@JsonProperty("CustomString") @Nullable String customString, @JsonProperty("FaceUrl") @Nullable String faceUrl,
		@JsonProperty("Notification") @Nullable String notification,
		@JsonProperty("Introduction") @Nullable String introduction) {

	/**
	 * Return a builder of the request.
	 * @param groupId the community
	 * @param topicName the name, at most 30 bytes
	 * @return the builder
	 */
	public static Builder builder(String groupId, String topicName) {
		return new Builder(groupId, topicName);
	}

	/**
	 * Builds a {@link CreateTopicRequest}.
	 */
	public static final class Builder {

		private String groupId;

		private @Nullable String topicId;

		private String topicName;

		private @Nullable String fromAccount;

		private @Nullable String customString;

		private @Nullable String faceUrl;

		private @Nullable String notification;

		private @Nullable String introduction;

		private Builder(String groupId, String topicName) {
			this.groupId = groupId;
			this.topicName = topicName;
		}

		/**
		 * Set a custom ID: the community ID, {@code @TOPIC#_} and a custom part; at most
		 * 96 bytes ({@code TopicId}).
		 * @param topicId the value
		 * @return this builder
		 */
		public Builder topicId(@Nullable String topicId) {
			this.topicId = topicId;
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
		 * Return the request.
		 * @return the request
		 */
		public CreateTopicRequest build() {
			return new CreateTopicRequest(this.groupId, this.topicId, this.topicName, this.fromAccount,
					this.customString, this.faceUrl, this.notification, this.introduction);
		}

	}

}
